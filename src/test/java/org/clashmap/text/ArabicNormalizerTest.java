package org.clashmap.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            قُتِلَ|قتل|harakat removed
            مُدَّة|مده|shadda removed, final ta marbuta to ha
            قُلْ|قل|sukun removed
            كتابًا|كتابا|tanwin removed
            هٰذا|هذا|superscript alef removed
            الســــخنة|السخنه|tatweel removed
            أحمد|احمد|alef with hamza above
            إدلب|ادلب|alef with hamza below
            آذار|اذار|alef madda
            ٱلله|الله|alef wasla
            بصرى|بصري|alef maqsura to ya
            مؤتة|موته|waw with hamza
            رئيس|رييس|ya with hamza
            کرک|كرك|Persian kaf
            ی|ي|Persian ya
            ہ|ه|Urdu heh goal
            ۃ|ه|Urdu teh marbuta goal
            ٦٠ كم|60 كم|Arabic-Indic digits
            ۱۷|17|Persian digits
            T3|t3|ASCII lower case
            """)
    void normalisesEachRule(String in, String expected, String rule) {
        assertEquals(expected, ArabicNormalizer.normalize(in), rule);
    }

    @Test
    void aNormalStringComesBackAsItIsAndAnyOtherIsNormalised() {
        String normal = "قصف علي بصري الشام 60 t3";
        org.junit.jupiter.api.Assertions.assertSame(normal, ArabicNormalizer.normalize(normal));
        // the first char to change may stand anywhere, U+FFFF (dropped) included
        assertEquals("قصف علي بصري", ArabicNormalizer.normalize("قصف على بصري"));
        assertEquals("قصفعلي", ArabicNormalizer.normalize("قصف\uFFFFعلي"));
        assertEquals("قصف", ArabicNormalizer.normalize("قصف\uFFFF"));
        assertEquals("اقصف", ArabicNormalizer.normalize("أقصفٌ"));
        assertEquals("", ArabicNormalizer.normalize("\u064B\uFFFF"));
    }

    @Test
    void stripsBidiAndZeroWidthMarks() {
        String marked = "\u200Fدرعا\u200E \u202Bحمص\u202C \u2067تدمر\u2069 \u061Cحلب\u200D\u200C\uFEFF";
        assertEquals("درعا حمص تدمر حلب", ArabicNormalizer.normalize(marked));
    }

    @Test
    void unifiesPunctuationAndSpaces() {
        assertEquals("درعا, حمص; لماذا? \"الصوره\" 'x' a-b c d", ArabicNormalizer.normalize("درعا، حمص؛ لماذا؟ «الصورة» ‘x’ a–b c\u00A0d"));
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String original = "قُتِلَ في السُّخْنَة";
        NormalizedText nt = ArabicNormalizer.normalizeWithOffsets(original);
        assertEquals("قتل في السخنه", nt.text());
        int at = nt.text().indexOf("السخنه");
        int start = nt.originalStart(at), end = nt.originalEnd(at + "السخنه".length());
        assertEquals("السُّخْنَة", original.substring(start, end));
        assertEquals(original.length(), nt.originalIndex(nt.length()));
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertEquals("", ArabicNormalizer.normalize(""));
        assertEquals("", ArabicNormalizer.normalize(null));
        assertEquals("", ArabicNormalizer.normalizeWithOffsets(null).text());
    }
}
