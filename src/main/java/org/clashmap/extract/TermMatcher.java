package org.clashmap.extract;

import org.clashmap.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds lexicon phrases in running Arabic text in one pass over the words. A phrase matches at the
 * start of a word, optionally after clitic prefixes (و ف ب ل ال ...), and may run on into the word
 * ("سيطر" matches "سيطرت") unless it was added with a trailing {@code $}. A phrase added with a leading {@code ^}
 * takes no clitic prefix: the month "آب" must not be read inside "باب" (door, gate) as ب + آب. Spaces in a phrase match any
 * run of spaces and quotation marks. Phrases and text are compared through the shared
 * {@link ArabicNormalizer} one character at a time (marks and tatweel dropped, أ/إ/آ → ا, ة → ه, ى → ي),
 * so offsets stay those of the original text.
 * Overlapping matches are resolved leftmost-longest, so longer phrases override the words they contain.
 *
 * <p>This is a matcher for closed word lists; place names are the gazetteer's business.
 */
final class TermMatcher<T> {
    /** A resolved match: [start, end) in the text, with every payload registered for that phrase. */
    record Match<T>(int start, int end, List<T> payloads) {}

    private static final Node[] NO_NODES = new Node[0];

    /** The payloads of one list that end at a node. */
    private static final class Ending {
        final List<Object> payloads = new ArrayList<>();
        final List<Boolean> wholeWord = new ArrayList<>();    // parallel: payload requires the word to end here
        final List<Boolean> bare = new ArrayList<>();         // parallel: payload takes no clitic prefix
        /**
         * The payloads that fit, per (word ends here, no clitic before) as {@link #fitting}'s index, made on first
         * use: a walk passes many payload nodes and used to build a list at each. Filled racily by the extraction
         * threads, each with an equal immutable list.
         */
        @SuppressWarnings("unchecked")
        private final List<Object>[] fits = new List[4];

        /** The payloads valid when the word ends here or not, and with or without a clitic before the phrase. */
        List<Object> fitting(boolean atWordEnd, boolean unprefixed) {
            int v = (atWordEnd ? 1 : 0) | (unprefixed ? 2 : 0);
            List<Object> f = fits[v];
            if (f == null) {
                List<Object> ok = new ArrayList<>(payloads.size());
                for (int k = 0; k < payloads.size(); k++) {
                    if ((atWordEnd || !wholeWord.get(k)) && (unprefixed || !bare.get(k))) ok.add(payloads.get(k));
                }
                // List.copyOf, not an unmodifiable view: each walk over a match's payloads then makes one iterator, not two
                fits[v] = f = List.copyOf(ok);
            }
            return f;
        }
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        /** Per list, the phrases ending here (null for a list with none); null when no list has one. */
        Ending[] endings;
        /** In the clitic trie: a clitic ends here. */
        boolean endsClitic;

        /**
         * The children by key as a table from {@link #lo} when the keys other than the space lie within
         * {@link #DENSE_SPAN} chars of each other (Arabic letters do), with the space's child beside it; else empty, and
         * {@link #wide} says the keys must be searched. Rebuilt as children are added (only while the lexicon loads): a
         * lookup is then one index, where a search of the keys was the walk's costliest step at the quick JIT tier. A leaf
         * has the empty table too, so {@link #child} needs no null check and stays small enough for the quick compiler
         * to inline into the walk (35 bytes of bytecode at most), where a call per character was a tenth of the walk.
         */
        private Node[] dense = NO_NODES;
        private char lo;
        private Node space;
        private boolean wide;

        Node child(char c) {
            Node[] d = dense;
            int i = c - lo;
            if (i >= 0 && i < d.length) return d[i];
            return outsideTable(c);
        }

        /** A child whose key is not in {@link #dense}'s span: the space's, or one of a wide node's keys. */
        private Node outsideTable(char c) {
            if (c == ' ') return space;
            if (!wide) return null;
            // Keys are kept sorted, so wide nodes are searched by halves.
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return kids[i];
            int at = -i - 1;
            Node n = new Node();
            char[] nk = new char[keys.length + 1];
            Node[] nn = new Node[kids.length + 1];
            System.arraycopy(keys, 0, nk, 0, at);
            System.arraycopy(kids, 0, nn, 0, at);
            nk[at] = c;
            nn[at] = n;
            System.arraycopy(keys, at, nk, at + 1, keys.length - at);
            System.arraycopy(kids, at, nn, at + 1, kids.length - at);
            keys = nk;
            kids = nn;
            densify();
            return n;
        }

        private static final int DENSE_SPAN = 64;

        private void densify() {
            int min = Character.MAX_VALUE, max = -1;
            Node sp = null;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == ' ') {
                    sp = kids[i];
                    continue;
                }
                min = Math.min(min, keys[i]);
                max = Math.max(max, keys[i]);
            }
            space = sp;
            wide = max - min >= DENSE_SPAN;
            if (wide || max < 0) {
                dense = NO_NODES;
                lo = 0;
                return;
            }
            Node[] d = new Node[max - min + 1];
            for (int i = 0; i < keys.length; i++) if (keys[i] != ' ') d[keys[i] - min] = kids[i];
            // a key below the space would put the space inside the table's span: its child is then looked up there
            if (sp != null && ' ' >= min && ' ' <= max) d[' ' - min] = sp;
            lo = (char) min;
            dense = d;
        }
    }

    private static final byte LETTER = 1, LETTER_OR_DIGIT = 2, SEPARATOR = 4, QUOTE = 8, WHITESPACE = 16;
    /**
     * {@link Character#isLetter}, {@link Character#isLetterOrDigit}, {@link Character#isWhitespace}, {@link #isSeparator}
     * and {@link #isQuote} of every char, looked up instead of asked: the Unicode tables behind them were a tenth of scanning a sentence, and ten
     * comparisons for a quote are more than the quick JIT tier inlines into the walk after a clitic.
     */
    private static final byte[] CLASS = charClasses();

    private static byte[] charClasses() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            t[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isLetterOrDigit(ch) ? LETTER_OR_DIGIT : 0)
                    | (Character.isWhitespace(ch) || quoteMark(ch) || ch == '\u00A0' ? SEPARATOR : 0) | (quoteMark(ch) ? QUOTE : 0) | (Character.isWhitespace(ch) ? WHITESPACE : 0));
        }
        return t;
    }

    private static boolean isLetterOrDigit(char c) {
        return (CLASS[c] & LETTER_OR_DIGIT) != 0;
    }

    private static boolean isLetter(char c) {
        return (CLASS[c] & LETTER) != 0;
    }

    private final Node[] roots = new Node[Character.MAX_VALUE + 1];
    /** Clitic prefixes as a trie. */
    private final Node clitics = new Node();
    /** How many word lists share the trie; each is matched on its own (see {@link #findEach}). */
    private final int lists;

    TermMatcher(List<String> cliticList) {
        this(cliticList, 1);
    }

    /**
     * A matcher of {@code lists} word lists in one trie, so that one walk of a text finds the matches of all of them:
     * each list was a matcher of its own, and a sentence was walked once per list.
     */
    TermMatcher(List<String> cliticList, int lists) {
        this.lists = lists;
        for (String c : cliticList) {
            if (c.isEmpty()) continue;
            Node n = clitics;
            for (int i = 0; i < c.length(); i++) n = n.addChild(c.charAt(i));
            n.endsClitic = true;
        }
    }

    void add(String surface, T payload) {
        add(surface, payload, 0);
    }

    /** Adds a phrase to list {@code list} (0 to {@code lists - 1}). */
    void add(String surface, T payload, int list) {
        addOne(surface, payload, list);
        // After the preposition ل the article's alef drops: ل + التنظيم is written للتنظيم.
        if (surface.startsWith("ال") && surface.length() > 3) addOne("لل" + surface.substring(2), payload, list);
    }

    private void addOne(String surface, T payload, int list) {
        boolean bare = surface.startsWith("^");
        if (bare) surface = surface.substring(1);
        boolean whole = surface.endsWith("$");
        String s = ArabicNormalizer.normalize(whole ? surface.substring(0, surface.length() - 1) : surface);
        StringBuilder key = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isIgnorable(c)) continue;
            if (isSeparator(c)) { space = key.length() > 0; continue; }
            if (space) key.append(' ');
            space = false;
            key.append(c);
        }
        if (key.length() == 0) return;
        char first = key.charAt(0);
        Node n = roots[first];
        if (n == null) n = roots[first] = new Node();
        for (int i = 1; i < key.length(); i++) n = n.addChild(key.charAt(i));
        if (n.endings == null) n.endings = new Ending[lists];
        Ending e = n.endings[list];
        if (e == null) e = n.endings[list] = new Ending();
        e.payloads.add(payload);
        e.wholeWord.add(whole);
        e.bare.add(bare);
    }

    /** Leftmost-longest, non-overlapping matches of the first list within text[from, to). */
    List<Match<T>> find(String text, int from, int to) {
        return find(text.toCharArray(), from, to);
    }

    /** As {@link #find(String, int, int)} over a char array (callers scanning many sentences convert once). */
    List<Match<T>> find(char[] text, int from, int to) {
        return findEach(text, from, to)[0];
    }

    /**
     * Per list, its leftmost-longest, non-overlapping matches within text[from, to), as a matcher of that list alone
     * would find them: a list looks at a word only past the end of its own last match, whatever the other lists matched.
     */
    @SuppressWarnings("unchecked")
    List<Match<T>>[] findEach(char[] text, int from, int to) {
        List<Match<T>>[] out = new List[lists];
        for (int l = 0; l < lists; l++) out[l] = new ArrayList<>();
        int[] next = new int[lists]; // per list, the end of its last match: its next one starts no sooner
        Arrays.fill(next, from);
        Walk w = new Walk(lists);
        int i = from;
        while (i < to) {
            char c = text[i];
            if (!isLetterOrDigit(c)) { i++; continue; }
            int wordStart = i;
            boolean wanted = false;
            for (int l = 0; l < lists; l++) wanted |= next[l] <= wordStart;
            if (wanted) {
                walk(text, wordStart, wordStart, to, w);
                Node cl = clitics;
                for (int p = wordStart; p < to; ) {
                    cl = cl.child(text[p++]);
                    if (cl == null) break;
                    if (!cl.endsClitic) continue;
                    int q = skipJoiners(text, p, to);
                    if (q < to && isLetter(text[q])) walk(text, wordStart, q, to, w);
                }
                for (int l = 0; l < lists; l++) {
                    List<Object> best = w.best[l];
                    if (best == null) continue;
                    w.best[l] = null; // emptied as it is read: the next word starts with none
                    if (next[l] > wordStart) continue;
                    out[l].add(new Match<>(wordStart, w.bestEnd[l], (List<T>) best));
                    next[l] = w.bestEnd[l];
                }
            }
            while (i < to && (isLetterOrDigit(text[i]) || isIgnorable(text[i]))) i++;
        }
        return out;
    }

    /** Per list, the longest match of the walks from one word start (with or without a clitic), kept in {@link #best}. */
    private static final class Walk {
        /** Per list, the payloads of the longest fitting phrase of this walk and where it ends, or null. */
        final List<Object>[] found;
        final int[] foundAt;
        /** Per list, the best of the word's walks so far: its payloads and the end of its match, or null. */
        final List<Object>[] best;
        final int[] bestEnd;

        @SuppressWarnings("unchecked")
        Walk(int lists) {
            found = new List[lists];
            foundAt = new int[lists];
            best = new List[lists];
            bestEnd = new int[lists];
        }
    }

    /**
     * Walks the trie from {@code p} (the word start, or past a clitic); per list, a match longer than the word's best
     * so far replaces it (on a tie the earlier walk, the less peeled, keeps it).
     */
    private void walk(char[] text, int wordStart, int p, int to, Walk w) {
        Node n = roots[fold(text[p])];
        if (n == null) return;
        int i = p + 1;
        boolean unprefixed = p == wordStart;
        List<Object>[] found = w.found; // all null: emptied as read below
        // Per list, the longest fitting phrase so far; its match is made once, after the walk.
        while (true) {
            Ending[] endings = n.endings;
            if (endings != null) {
                boolean atWordEnd = atWordEnd(text, i, to);
                for (int l = 0; l < endings.length; l++) {
                    Ending e = endings[l];
                    if (e == null) continue;
                    List<Object> ok = e.fitting(atWordEnd, unprefixed);
                    if (!ok.isEmpty()) {
                        found[l] = ok;
                        w.foundAt[l] = i;
                    }
                }
            }
            char folded = DROPPED; // each char folded once: it was folded for the test and again for the step
            while (i < to && (folded = fold(text[i])) == DROPPED) i++;
            if (i >= to) break;
            char c = text[i];
            if (isSeparator(c)) {
                Node sp = n.child(' ');
                if (sp == null) break;
                while (i < to && (isSeparator(text[i]) || isIgnorable(text[i]))) i++;
                if (i >= to) break;
                n = sp.child(fold(text[i]));
                if (n == null) break;
                i++;
                continue;
            }
            n = n.child(folded);
            if (n == null) break;
            i++;
        }
        for (int l = 0; l < found.length; l++) {
            List<Object> f = found[l];
            if (f == null) continue;
            found[l] = null;
            int end = wordEndFrom(text, w.foundAt[l], to);
            if (w.best[l] == null || end > w.bestEnd[l]) {
                w.best[l] = f;
                w.bestEnd[l] = end;
            }
        }
    }

    /** Matches cover the whole word they sit in, so the rest of the word is not matched again. */
    private static int wordEndFrom(char[] text, int i, int to) {
        while (i < to && (isLetterOrDigit(text[i]) || isIgnorable(text[i]))) i++;
        return i;
    }

    private static boolean atWordEnd(char[] text, int i, int to) {
        while (i < to && isIgnorable(text[i])) i++;
        return i >= to || !isLetterOrDigit(text[i]);
    }

    private static int skipJoiners(char[] text, int i, int to) {
        while (i < to && (isIgnorable(text[i]) || isQuote(text[i]))) i++;
        return i;
    }

    private static char fold(char c) {
        return ArabicNormalizer.normalizeChar(c);
    }

    /** What {@link #fold} gives for a char the normaliser drops. */
    private static final char DROPPED = '\uFFFF';

    /** Characters the normaliser drops (short vowels, shadda, tatweel, bidi marks). */
    static boolean isIgnorable(char c) {
        return ArabicNormalizer.normalizeChar(c) == DROPPED;
    }

    static boolean isQuote(char c) {
        return (CLASS[c] & QUOTE) != 0;
    }

    /** The quotation marks: straight, curly, guillemets, low and double prime. */
    private static boolean quoteMark(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '″' || c == '‘' || c == '’';
    }

    /** {@link Character#isWhitespace}, looked up: the sentence scan asks it of every char of the report. */
    static boolean isWhitespace(char c) {
        return (CLASS[c] & WHITESPACE) != 0;
    }

    static boolean isSeparator(char c) {
        return (CLASS[c] & SEPARATOR) != 0;
    }
}
