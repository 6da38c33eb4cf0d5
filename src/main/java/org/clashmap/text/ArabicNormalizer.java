package org.clashmap.text;

/**
 * The one Arabic normaliser shared by the gazetteer and the event parser.
 *
 * <p>Rules (each a per-character table entry, so normalising is a single pass):
 * <ul>
 *   <li>removed: harakat and tanwin (U+064B..U+065F), superscript alef (U+0670), Quranic marks
 *       (U+06D6..U+06ED), tatweel (U+0640), bidi and zero-width marks (LRM, RLM, ALM, LRE..RLO,
 *       LRI..PDI, ZWSP, ZWNJ, ZWJ, BOM);</li>
 *   <li>alef forms أ إ آ ٱ ٲ ٳ → ا; ى → ي; ة → ه (ta marbuta only ever ends a word, so the rule is
 *       applied everywhere); ؤ → و; ئ → ي;</li>
 *   <li>Persian/Urdu letters: ک → ك, ی ې ۍ → ي, ہ ۃ ە ھ → ه, ۀ → ه;</li>
 *   <li>Arabic-Indic and Persian digits → ASCII digits;</li>
 *   <li>punctuation: ، → , ؛ → ; ؟ → ? ٪ → % ; typographic quotes and guillemets → " ; ‘ ’ → ' ;
 *       dashes → - ; NBSP, tab and other spaces → a plain space;</li>
 *   <li>ASCII letters to lower case (so "T3" and "t3" match).</li>
 * </ul>
 * Deletions never merge words: only marks inside a word are removed, so token boundaries survive.
 */
public final class ArabicNormalizer {
    private static final char DELETE = '\uFFFF';
    private static final char[] TABLE = buildTable();

    private ArabicNormalizer() {}

    /** The normalised form of {@code s}. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) return "";
        // Most strings asked are normal already (a token's text, a peeled form, a lexicon key): they are returned as
        // they are, after one look at each char, instead of being copied into a new array and a new string.
        int len = s.length();
        int i = 0;
        while (i < len && keeps(s.charAt(i))) i++;
        if (i == len) return s;
        char[] out = new char[len];
        return new String(out, 0, normalizeInto(s, out));
    }

    /** The normaliser leaves {@code c} as it is (U+FFFF, the table's mark for a dropped char, is itself dropped). */
    private static boolean keeps(char c) {
        return c != DELETE && TABLE[c] == c;
    }

    /** Writes the normalised form of {@code s} into {@code out} (at least {@code s.length()} long); returns its length. */
    public static int normalizeInto(String s, char[] out) {
        // The chars are copied out first and mapped in place (n never passes i): one bulk copy instead of a
        // bounds-checked charAt per char, which is what this cost at the quick JIT tier (decision 038).
        int len = s.length();
        s.getChars(0, len, out, 0);
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = TABLE[out[i]];
            if (c != DELETE) out[n++] = c;
        }
        return n;
    }

    /** The normalised form of {@code s} with a map from every normalised char back to the original. */
    public static NormalizedText normalizeWithOffsets(String s) {
        if (s == null) s = "";
        int len = s.length();
        char[] out = new char[len];
        s.getChars(0, len, out, 0); // mapped in place below, as in normalizeInto
        int[] map = new int[len + 1];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = TABLE[out[i]];
            if (c != DELETE) {
                out[n] = c;
                map[n++] = i;
            }
        }
        map[n] = len;
        return new NormalizedText(s, new String(out, 0, n), out, map, n);
    }

    /** Normalises one character; returns {@code '\uFFFF'} when the character is dropped. */
    public static char normalizeChar(char c) {
        return TABLE[c];
    }

    private static char[] buildTable() {
        char[] t = new char[65536];
        for (int i = 0; i < t.length; i++) t[i] = (char) i;
        range(t, 0x064B, 0x065F, DELETE);      // harakat, tanwin, shadda, sukun, hamza/madda marks
        t[0x0670] = DELETE;                      // superscript (dagger) alef
        range(t, 0x06D6, 0x06ED, DELETE);      // Quranic annotation signs
        t[0x0640] = DELETE;                      // tatweel
        for (char c : new char[]{0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF}) t[c] = DELETE;
        range(t, 0x202A, 0x202E, DELETE);      // LRE, RLE, PDF, LRO, RLO
        range(t, 0x2066, 0x2069, DELETE);      // LRI, RLI, FSI, PDI
        for (char c : new char[]{0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673}) t[c] = 'ا';
        t[0x0649] = 'ي';
        t[0x0629] = 'ه';
        t[0x0624] = 'و';
        t[0x0626] = 'ي';
        t[0x06A9] = 'ك';
        t[0x06AA] = 'ك';
        for (char c : new char[]{0x06CC, 0x06D0, 0x06CD, 0x06CE}) t[c] = 'ي';
        for (char c : new char[]{0x06C1, 0x06C2, 0x06C3, 0x06D5, 0x06BE, 0x06C0}) t[c] = 'ه';
        for (int d = 0; d < 10; d++) {
            t[0x0660 + d] = (char) ('0' + d);
            t[0x06F0 + d] = (char) ('0' + d);
        }
        t[0x060C] = ',';
        t[0x066C] = ',';
        t[0x061B] = ';';
        t[0x061F] = '?';
        t[0x066A] = '%';
        t[0x066B] = '.';
        t[0x06D4] = '.';
        for (char c : new char[]{0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036}) t[c] = '"';
        for (char c : new char[]{0x2018, 0x2019, 0x201A, 0x201B, 0x2032}) t[c] = '\'';
        for (char c : new char[]{0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212}) t[c] = '-';
        for (char c : new char[]{0x00A0, 0x2007, 0x202F, 0x3000, '\t'}) t[c] = ' ';
        range(t, 0x2000, 0x200A, ' ');
        for (char c = 'A'; c <= 'Z'; c++) t[c] = (char) (c + 32);
        return t;
    }

    private static void range(char[] t, int from, int to, char v) {
        for (int i = from; i <= to; i++) t[i] = v;
    }
}
