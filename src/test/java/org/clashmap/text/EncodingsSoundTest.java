package org.clashmap.text;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Encodings#isSoundUtf8} answers as the JDK's strict UTF-8 decoder does (plus: no NUL). */
class EncodingsSoundTest {
    private static boolean jdkSound(byte[] b) {
        for (byte x : b) if (x == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void same(byte[] b) {
        assertEquals(jdkSound(b), Encodings.isSoundUtf8(b, 0, b.length), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
    }

    @Test
    void edgesOfEachSequenceLength() {
        int[][] cases = {{0x41}, {0x00}, {0x7F}, {0x80}, {0xC1, 0xBF}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xC2}, {0xE0, 0x9F, 0x80},
                {0xE0, 0xA0, 0x80}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xE1, 0x80}, {0xF0, 0x8F, 0x80, 0x80},
                {0xF0, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF1, 0x80, 0x80},
                {0xFF, 0xFE}, {0xEF, 0xBB, 0xBF}, {0xD8, 0xA7, 0xD9}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) b[i] = (byte) c[i];
            same(b);
        }
        same("قصف الطيران الحربي مدينة حلب 😀".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomBytesAndDamagedArabic() {
        SplittableRandom rng = new SplittableRandom(42);
        byte[] arabic = "قتل ١٢ مدنياً في غارة على ريف إدلب، وأصيب آخرون. 😀 ¿".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 200_000; n++) {
            byte[] b;
            if (n % 2 == 0) {
                b = new byte[1 + rng.nextInt(6)];
                for (int i = 0; i < b.length; i++) b[i] = (byte) (rng.nextBoolean() ? 0x80 + rng.nextInt(0x80) : rng.nextInt(256));
            } else {
                b = java.util.Arrays.copyOf(arabic, 1 + rng.nextInt(arabic.length));
                b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
            }
            same(b);
        }
    }
}
