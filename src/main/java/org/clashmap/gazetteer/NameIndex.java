package org.clashmap.gazetteer;

import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A character trie over every normalised gazetteer name, walked once per word start of a text:
 * an own automaton rather than the ahocorasick library (see docs/decisions). Keys are stored
 * without spaces or hyphens and the walk skips them in the text, so بصر الحرير and بصرالحرير meet.
 * At each word start the walk also tries the word with proclitics peeled (و ف ب ل ك, لل = ل + ال);
 * the longest match wins and, on a tie, the least peeled, so a real first letter is never eaten.
 * Names are also indexed with the article removed or added ("derived" keys, flagged).
 */
final class NameIndex {
    /** One name match in normalised text. */
    record Hit(int normStart, int normEnd, int[] entries) {}

    private static final int ROOT = 0;
    /**
     * The transitions other than the root's, open addressing: slot {@code i} holds its key (state << 16 | char, -1 when
     * empty) at {@code 2i} and the next state at {@code 2i + 1}, so a hit reads one cache line, where keys and states
     * in two arrays cost two misses in a table of a few MB.
     */
    private long[] table = emptyTable(1 << 16);
    private int mask = (1 << 16) - 1;
    private int size;
    private int states = 1;
    private int[][] terminals = new int[1024][];
    /** Children of the root by char: the first step of every walk, the hottest lookup. */
    private final int[] rootChild = new int[65536];
    /**
     * The children of the states with at least {@link #DENSE_FANOUT} children (the shallow ones every walk passes) as
     * rows of {@link #DENSE_SPAN} next states, one per Arabic letter from {@link #DENSE_LO}, -1 where none. {@link
     * #compact} numbers those states 1 to {@link #denseStates} once every name is in, so that state {@code s}'s row
     * starts at {@code (s - 1) * DENSE_SPAN} and telling a dense state from another reads no memory. The hash table
     * keeps every transition as well, and answers for the other states and chars. A probe of the hash table (a multiply
     * and a load from a 1 MB table) was the costliest step of the walk; about 1,300 rows of 42 ints stay in the cache.
     */
    private int[] denseNext = new int[0];
    private int denseStates;
    /**
     * Every state's transitions once {@link #compact} has run, flat: state {@code s}'s are {@code edgeChar[e]} to
     * {@code edgeNext[e]} for {@code e} from {@code edgeStart[s]} to {@code edgeStart[s + 1]}, for states 1 to {@link
     * #flatStates} (0 before {@code compact} and after any later {@link #add}, when the hash table answers alone). Most
     * states past the dense ones have one child, and a name's states are numbered in a row as it was added, so a walk
     * down a name reads these arrays in order, where each step's hash probe landed anywhere in a table of a megabyte:
     * the probe was the walk's costliest step.
     */
    private int[] edgeStart = new int[0];
    private char[] edgeChar = new char[0];
    private int[] edgeNext = new int[0];
    private int flatStates;
    private static final char DENSE_LO = '\u0621';
    /** ء to ي, the normalised Arabic letters names are written in (tatweel, between them, is normalised away). */
    private static final int DENSE_SPAN = '\u064A' - DENSE_LO + 1;
    private static final int DENSE_FANOUT = 3;

    /** The key a name is stored under: normalised, spaces, hyphens and underscores removed. */
    static String key(String name) {
        String n = ArabicNormalizer.normalize(name);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!leftOutOfKeys(c)) sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@link #key} of {@code normalised[from, to)}, text already normalised: normalising is idempotent, so only the
     * gaps are dropped, with no string cut and normalised again (a mention's key is made for every name found).
     */
    static String keyOfNormalised(char[] normalised, int from, int to) {
        char[] out = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = normalised[i];
            if (!leftOutOfKeys(c)) out[n++] = c;
        }
        return new String(out, 0, n);
    }

    private static boolean leftOutOfKeys(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '"' || c == '\'' || c == '.';
    }

    /** Normalised particles that never end a name after a space crossed in the text (particles.tsv). */
    private final Set<String> particles;
    /** The longest particle: a word after a space any longer is no particle and need not be looked up. */
    private final int particleMax;

    NameIndex() {
        this(Set.of());
    }

    /** @param particles normalised words that never end a name read across a space ("حلب إن" is no حلبان) */
    NameIndex(Set<String> particles) {
        Arrays.fill(rootChild, -1);
        this.particles = Set.copyOf(particles);
        this.particleMax = particles.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Indexes one name of place {@code placeIndex}, with its article variants. */
    void add(String name, int placeIndex) {
        String k = key(name);
        if (k.length() < 2) return;
        put(k, placeIndex << 1);
        // سلمية in a text finds السلمية; the reverse (السلمية finding سلمية) is done by the scan,
        // which also tries every word with its article peeled.
        if (k.startsWith("ال") && k.length() >= 5) put(k.substring(2), placeIndex << 1 | 1);
    }

    private void put(String k, int entry) {
        denseStates = 0; // a new name may add children: the rows and the flat transitions are made again by compact()
        flatStates = 0;
        int s = ROOT;
        for (int i = 0; i < k.length(); i++) {
            int next = child(s, k.charAt(i));
            if (next < 0) {
                next = states++;
                setChild(s, k.charAt(i), next);
            }
            s = next;
        }
        if (s >= terminals.length) terminals = Arrays.copyOf(terminals, Math.max(s + 1, terminals.length * 2));
        int[] t = terminals[s];
        if (t == null) terminals[s] = new int[]{entry};
        else {
            for (int e : t) if (e >> 1 == entry >> 1) return;
            int[] n = Arrays.copyOf(t, t.length + 1);
            n[t.length] = entry;
            terminals[s] = n;
        }
    }

    /**
     * Numbers the states with many children first and makes their rows ({@link #denseNext}); the walk is right without
     * them, and any {@link #add} after this leaves them unused until the next call. Only the numbers of states change:
     * every name leads to the same entries.
     */
    void compact() {
        int[] fanout = new int[states];
        for (int j = 0; j < table.length; j += 2) if (table[j] != -1L) fanout[(int) (table[j] >>> 16)]++;
        int[] renumbered = new int[states];
        int dense = 0;
        for (int s = 1; s < states; s++) if (fanout[s] >= DENSE_FANOUT) renumbered[s] = ++dense;
        int other = dense;
        for (int s = 1; s < states; s++) if (fanout[s] < DENSE_FANOUT) renumbered[s] = ++other;
        long[] old = table;
        table = emptyTable(old.length / 2);
        int[] next = new int[dense * DENSE_SPAN];
        Arrays.fill(next, -1);
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] == -1L) continue;
            int s = renumbered[(int) (old[j] >>> 16)], to = renumbered[(int) old[j + 1]];
            char c = (char) (old[j] & 0xFFFF);
            insert(((long) s << 16) | c, to);
            if (s <= dense && c >= DENSE_LO && c - DENSE_LO < DENSE_SPAN) next[(s - 1) * DENSE_SPAN + c - DENSE_LO] = to;
        }
        for (int c = 0; c < rootChild.length; c++) if (rootChild[c] > 0) rootChild[c] = renumbered[rootChild[c]];
        int[][] moved = new int[Math.max(states, terminals.length)][];
        for (int s = 1; s < Math.min(states, terminals.length); s++) if (terminals[s] != null) moved[renumbered[s]] = terminals[s];
        terminals = moved;
        denseNext = next;
        denseStates = dense;
        flatten();
    }

    /** Copies the hash table's transitions into {@link #edgeStart}, {@link #edgeChar} and {@link #edgeNext}. */
    private void flatten() {
        int[] start = new int[states + 1];
        for (int j = 0; j < table.length; j += 2) if (table[j] != -1L) start[(int) (table[j] >>> 16) + 1]++;
        for (int s = 0; s < states; s++) start[s + 1] += start[s];
        char[] chars = new char[start[states]];
        int[] next = new int[start[states]];
        int[] fill = Arrays.copyOf(start, states);
        for (int j = 0; j < table.length; j += 2) {
            if (table[j] == -1L) continue;
            int e = fill[(int) (table[j] >>> 16)]++;
            chars[e] = (char) (table[j] & 0xFFFF);
            next[e] = (int) table[j + 1];
        }
        edgeStart = start;
        edgeChar = chars;
        edgeNext = next;
        flatStates = states - 1;
    }

    /** The state after {@code c} from {@code state}, or -1. Small enough for the quick JIT tier to inline. */
    private int child(int state, char c) {
        if (state == ROOT) return rootChild[c];
        return nonRootChild(state, c);
    }

    private int nonRootChild(int state, char c) {
        int i = c - DENSE_LO;
        if (state <= denseStates && i >= 0 && i < DENSE_SPAN) return denseNext[(state - 1) * DENSE_SPAN + i];
        if (state > flatStates) return probe(((long) state << 16) | c);
        for (int e = edgeStart[state], end = edgeStart[state + 1]; e < end; e++) if (edgeChar[e] == c) return edgeNext[e];
        return -1;
    }

    private int probe(long k) {
        long[] t = table;
        int i = mix(k) & mask;
        while (true) {
            long have = t[2 * i];
            if (have == k) return (int) t[2 * i + 1];
            if (have == -1L) return -1;
            i = (i + 1) & mask;
        }
    }

    private static long[] emptyTable(int slots) {
        long[] t = new long[2 * slots];
        Arrays.fill(t, -1L);
        return t;
    }

    private void setChild(int state, char c, int next) {
        if (state == ROOT) {
            rootChild[c] = next;
            return;
        }
        if ((size + 1) * 2 > mask + 1) grow();
        insert(((long) state << 16) | c, next);
        size++;
    }

    private void insert(long k, int next) {
        int i = mix(k) & mask;
        while (table[2 * i] != -1L) i = (i + 1) & mask;
        table[2 * i] = k;
        table[2 * i + 1] = next;
    }

    private void grow() {
        long[] old = table;
        table = emptyTable(old.length); // twice the slots: a slot is two longs
        mask = old.length - 1;
        for (int j = 0; j < old.length; j += 2) if (old[j] != -1L) insert(old[j], (int) old[j + 1]);
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Entries (placeIndex << 1 | derived) stored under exactly this name, trying its peelings; empty if none. */
    int[] exact(String name) {
        for (String form : Tokenizer.peelings(name)) {
            String k = key(form);
            int s = ROOT;
            for (int i = 0; i < k.length() && s >= 0; i++) s = child(s, k.charAt(i));
            if (s > 0 && s < terminals.length && terminals[s] != null) return terminals[s];
        }
        return new int[0];
    }

    /** Every name in a normalised text: leftmost, longest, whole words. */
    List<Hit> scan(String text) {
        // walked as an array: String.charAt's bounds and coder checks were a fifth of the walk
        return scan(text.toCharArray());
    }

    /** {@link #scan(String)} of the normalised text {@code s}, the whole array. */
    List<Hit> scan(char[] s) {
        List<Hit> out = new ArrayList<>();
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (!Tokenizer.isWordChar(c) || i > 0 && Tokenizer.isWordChar(s[i - 1])) {
                i++;
                continue;
            }
            Hit best = withArticlePeeled(s, i, null);
            char c1 = i + 1 < n ? s[i + 1] : 0;
            char c2 = i + 2 < n ? s[i + 2] : 0;
            if (Tokenizer.isConjunction(c)) {
                best = withArticlePeeled(s, i + 1, best);
                if (Tokenizer.isPreposition(c1)) best = withArticlePeeled(s, i + 2, best);
                if (c1 == 'ل' && c2 == 'ل') best = better(best, walk(s, i + 3, i + 2, articleState()));
            } else if (Tokenizer.isPreposition(c)) {
                best = withArticlePeeled(s, i + 1, best);
                if (c == 'ل' && c1 == 'ل') best = better(best, walk(s, i + 2, i + 1, articleState()));
            }
            if (best != null) {
                out.add(best);
                i = best.normEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The word from {@code at} as it is, and without its article (الحميمة finds حميمة). */
    private Hit withArticlePeeled(char[] s, int at, Hit best) {
        best = better(best, walk(s, at, at, ROOT));
        if (at + 3 < s.length && s[at] == 'ا' && s[at + 1] == 'ل') best = better(best, walk(s, at + 2, at, ROOT));
        return best;
    }

    private int articleState() {
        int s = child(ROOT, 'ا');
        return s < 0 ? -1 : child(s, 'ل');
    }

    private static Hit better(Hit a, Hit b) {
        if (b == null) return a;
        if (a == null) return b;
        return b.normEnd > a.normEnd ? b : a;
    }

    /** Walks from {@code from} in state {@code s}; the hit is reported from {@code spanStart}. */
    private Hit walk(char[] text, int from, int spanStart, int s) {
        if (s < 0) return null;
        int n = text.length;
        int bestEnd = -1, bestState = -1;
        int i = from;
        int wordStart = -1; // the start of the word after the last space crossed, -1 before any
        while (i < n) {
            char c = text[i];
            if (c == ' ' || c == '-' || c == '"') {
                // Names are stored without spaces: step over one gap between words of a name,
                // quotes included (حوض "اليرموك").
                if (s == ROOT) break;
                int j = i;
                while (j < n && j - i < 3 && (text[j] == ' ' || text[j] == '-' || text[j] == '"')) j++;
                if (j >= n || !Tokenizer.isWordChar(text[j])) break;
                i = j;
                wordStart = j;
                continue;
            }
            s = child(s, c);
            if (s < 0) break;
            i++;
            // the word's end first: the text is at hand, a state's terminals a load from anywhere in a large array
            if ((i >= n || !Tokenizer.isWordChar(text[i])) && s < terminals.length && terminals[s] != null
                    && !endsOnParticle(text, wordStart, i)) {
                bestEnd = i;
                bestState = s;
            }
        }
        if (bestEnd < 0 || bestEnd - from < 2) return null;
        return new Hit(spanStart, bestEnd, terminals[bestState]);
    }

    /** The word [wordStart, end) after a crossed space is a particle: "حلب إن" read as one name would be حلبان. */
    private boolean endsOnParticle(char[] text, int wordStart, int end) {
        return wordStart >= 0 && end - wordStart <= particleMax && particles.contains(new String(text, wordStart, end - wordStart));
    }

    int stateCount() {
        return states;
    }
}
