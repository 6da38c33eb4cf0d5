package org.clashmap.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clashmap.fuzz.Bounds;
import org.clashmap.fuzz.FuzzText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** normalize and normalizeWithOffsets agree, and the offset map is monotonic and inside the original. */
class ArabicNormalizerFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void offsets(byte[] data) {
        String s = FuzzText.of(data);
        Bounds.timed("ArabicNormalizer", () -> check(s));
    }

    static void check(String s) {
        String plain = ArabicNormalizer.normalize(s);
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets(s);
        assertEquals(plain, n.text());
        assertEquals(n.text().length(), n.length());
        assertTrue(n.length() <= s.length());
        assertEquals(s.length(), n.originalIndex(n.length()));
        int prev = -1;
        for (int i = 0; i <= n.length(); i++) {
            int o = n.originalIndex(i);
            assertTrue(o > prev && o <= s.length(), "offset " + i + " -> " + o + " after " + prev);
            prev = o;
        }
        for (int end = 0; end <= n.length(); end++) {
            int oe = n.originalEnd(end);
            assertTrue(oe >= 0 && oe <= s.length(), "originalEnd out of range");
            if (end > 0) assertTrue(oe > n.originalStart(end - 1), "empty span back in the original");
        }
    }
}
