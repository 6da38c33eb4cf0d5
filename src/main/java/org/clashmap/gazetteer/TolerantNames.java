package org.clashmap.gazetteer;

import org.clashmap.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spelling tolerance for a name that has no exact entry: the misspellings reporters make that the
 * normaliser does not already fold away. {@link org.clashmap.text.ArabicNormalizer} folds أ إ آ ٱ → ا,
 * ى → ي, ة → ه, ؤ → و, ئ → ي, so these are left:
 * <ul>
 *   <li>{@link Edit#FINAL_LETTER}: the last letter و / ه (ة) / ا written for another (فورو for فورة);</li>
 *   <li>{@link Edit#HAMZA}: a bare hamza ء written or left out (الرستن vs الرستءن, مساءيد);</li>
 *   <li>{@link Edit#DROPPED_LETTER}: one letter missing (names of 5+ letters only);</li>
 *   <li>{@link Edit#DOUBLED_LETTER}: one letter written twice (names of 5+ letters only).</li>
 * </ul>
 * Short words are never matched tolerantly: a final-letter or hamza variant needs 4 letters, a
 * dropped or doubled letter 5 on both sides (the article not counted: القوات is not القنوات), and a
 * word that is itself a name gets no variants.
 * Every tolerant candidate carries a weight below 1, so it always ranks below an exact match.
 *
 * <p>Built from the same keys as {@link NameIndex} ({@link NameIndex#key}): an exact map, a map
 * from a "skeleton" (final letter blanked, ء removed) to names, and a map from every one-letter
 * deletion of a 5+-letter name to that name.
 */
final class TolerantNames {
    /** The kind of spelling difference, best first; the weight multiplies the candidate's score. */
    enum Edit {
        HAMZA(0.7), FINAL_LETTER(0.6), DOUBLED_LETTER(0.5), DROPPED_LETTER(0.45);

        final double weight;

        Edit(double weight) {
            this.weight = weight;
        }
    }

    /** One tolerant candidate: a place index (into the gazetteer's list), the name it was matched to, how. */
    record Match(int place, String name, Edit edit) {}

    /** A final-letter or hamza variant needs this many letters. */
    static final int MIN_LETTERS = 4;
    /** A dropped or doubled letter needs this many letters in the word and in the name. */
    static final int MIN_LETTERS_EDIT = 5;

    private record Entry(String key, String name, int place) {}

    private static final char HAMZA = 'ء';
    private static final String FINALS = "وها";

    private final List<Place> places;
    private final Lexicons lex;
    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> skeletons = new HashMap<>();
    private final Map<String, List<Entry>> deletions = new HashMap<>();

    TolerantNames(List<Place> places, Lexicons lex) {
        this.places = places;
        this.lex = lex;
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            add(p.nameAr(), i);
            for (String v : p.variantsAr()) add(v, i);
        }
    }

    private void add(String name, int place) {
        String k = NameIndex.key(name);
        if (k.length() < 2) return;
        put(k, name, place);
        // As NameIndex: السلمية is also found as سلمية.
        if (k.startsWith("ال") && k.length() >= 5) put(k.substring(2), name, place);
    }

    private void put(String k, String name, int place) {
        Entry e = new Entry(k, name, place);
        exact.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
        if (letters(k) >= MIN_LETTERS) skeletons.computeIfAbsent(skeleton(k), x -> new ArrayList<>(1)).add(e);
        if (letters(k) >= MIN_LETTERS_EDIT + 1) {
            for (String d : deletionsOf(k)) deletions.computeIfAbsent(d, x -> new ArrayList<>(1)).add(e);
        }
    }

    /** The key with every ء removed and a final و / ه / ا blanked. */
    static String skeleton(String key) {
        String s = withoutHamza(key);
        if (!s.isEmpty() && FINALS.indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1) + '*';
        return s;
    }

    private static String withoutHamza(String key) {
        return key.indexOf(HAMZA) < 0 ? key : key.replace(String.valueOf(HAMZA), "");
    }

    /** Every distinct string made by removing one letter (never a digit: اللواء 8 is not اللواء 80). */
    private static Set<String> deletionsOf(String k) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < k.length(); i++) {
            if (!Character.isDigit(k.charAt(i))) out.add(k.substring(0, i) + k.substring(i + 1));
        }
        return out;
    }

    /** True when the key (see {@link NameIndex#key}) is itself a name: then no variant is offered. */
    boolean isExactName(String key) {
        return exact.containsKey(key);
    }

    /**
     * Places whose name differs from {@code key} (a normalised key, see {@link NameIndex#key}) by one
     * tolerated edit; empty when the key is a name itself or too short. One match per place, the best
     * edit kept; ordered by edit then place index.
     */
    List<Match> candidates(String key) {
        Map<Integer, Match> best = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>(2);
        forms.add(key);
        if (key.startsWith("ال") && key.length() >= MIN_LETTERS + 2) forms.add(key.substring(2));
        for (String f : forms) if (exact.containsKey(f)) return List.of();
        for (String f : forms) collect(f, best);
        List<Match> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparing(Match::edit).thenComparingInt(Match::place));
        return out;
    }

    /** Letters of a key, its article not counted (القوات has 4: it must not become القنوات). */
    static int letters(String key) {
        return key.startsWith("ال") && key.length() > 4 ? key.length() - 2 : key.length();
    }

    private void collect(String q, Map<Integer, Match> best) {
        if (letters(q) < MIN_LETTERS) return;
        String qNoHamza = withoutHamza(q);
        for (Entry e : skeletons.getOrDefault(skeleton(q), List.of())) {
            if (e.key.equals(q)) continue;
            offer(best, e, withoutHamza(e.key).equals(qNoHamza) ? Edit.HAMZA : Edit.FINAL_LETTER);
        }
        if (letters(q) < MIN_LETTERS_EDIT) return;
        // The word lacks one letter of the name.
        for (Entry e : deletions.getOrDefault(q, List.of())) offer(best, e, Edit.DROPPED_LETTER);
        // The word writes one letter twice.
        for (int i = 1; i < q.length(); i++) {
            if (q.charAt(i) != q.charAt(i - 1) || Character.isDigit(q.charAt(i))) continue;
            String once = q.substring(0, i) + q.substring(i + 1);
            if (letters(once) < MIN_LETTERS_EDIT) continue;
            for (Entry e : exact.getOrDefault(once, List.of())) offer(best, e, Edit.DOUBLED_LETTER);
        }
    }

    private static void offer(Map<Integer, Match> best, Entry e, Edit edit) {
        Match had = best.get(e.place);
        if (had == null || edit.compareTo(had.edit) < 0) best.put(e.place, new Match(e.place, e.name, edit));
    }

    /**
     * For the text scan: tolerant matches of {@code word} right after a feature word such as قرية،
     * بلدة، مدينة (a trigger of triggers.tsv, clitics peeled, not with the article), kept only when
     * the place is of a kind the feature word announces. Empty when {@code featureWord} is not a
     * trigger, or when {@code word} is a name itself or too short.
     */
    List<Match> afterFeatureWord(String featureWord, String word) {
        Set<PlaceKind> kinds = null;
        for (String form : Tokenizer.peelings(featureWord)) {
            if (form.startsWith("ال")) break;
            kinds = lex.triggers.get(form);
            if (kinds != null) break;
        }
        if (kinds == null) return List.of();
        List<Match> out = new ArrayList<>();
        for (String form : Tokenizer.peelings(word)) {
            String k = NameIndex.key(form);
            if (exact.containsKey(k)) return List.of();
            if (!out.isEmpty()) continue;
            for (Match m : candidates(k)) if (kinds.contains(places.get(m.place).kind())) out.add(m);
        }
        return out;
    }

    /**
     * Ranked candidates for a name that has no exact entry, each scored by the resolver as if the
     * matched spelling had been written, times its edit's weight (below 1). A leading feature word
     * (قرية فورو) is set aside. Empty when nothing is close enough.
     */
    List<Candidate> lookup(SyriaGazetteer g, String name, Context ctx) {
        List<String> words = new ArrayList<>();
        for (var t : Tokenizer.tokenize(name)) words.add(t.text());
        if (words.isEmpty()) return List.of();
        if (words.size() > 1 && isTrigger(words.get(0))) words = words.subList(1, words.size());
        List<Match> matches = List.of();
        for (String form : Tokenizer.peelings(String.join(" ", words))) {
            String k = NameIndex.key(form);
            if (exact.containsKey(k)) return List.of();
            if (matches.isEmpty()) matches = candidates(k);
        }
        if (matches.isEmpty()) return List.of();
        Map<String, List<Match>> byName = new LinkedHashMap<>();
        for (Match m : matches) byName.computeIfAbsent(m.name, x -> new ArrayList<>()).add(m);
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, List<Match>> e : byName.entrySet()) {
            Map<Place, Edit> wanted = new HashMap<>();
            for (Match m : e.getValue()) wanted.put(places.get(m.place), m.edit);
            List<Candidate> ranked = new Resolution(g, e.getKey() + " ، " + ctx.text(), ctx.resolvedNearby())
                    .rankedFor(NameIndex.key(e.getKey()));
            if (ranked == null) continue;
            for (Candidate c : ranked) {
                Edit edit = wanted.remove(c.place());
                if (edit != null) out.add(new Candidate(c.place(), c.score() * edit.weight));
            }
            for (Map.Entry<Place, Edit> left : wanted.entrySet()) {
                out.add(new Candidate(left.getKey(), 0.01 * left.getValue().weight));
            }
        }
        Candidate[] arr = out.toArray(new Candidate[0]);
        Arrays.sort(arr, Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(c -> c.place().id()));
        // A place reached under two spellings is listed once, with its better score.
        Set<Place> seen = new HashSet<>();
        List<Candidate> dedup = new ArrayList<>(arr.length);
        for (Candidate c : arr) if (seen.add(c.place())) dedup.add(c);
        return dedup;
    }

    /** True when the name has more than one word and the first is a feature word (قرية، مدينة، حي ...). */
    boolean startsWithFeatureWord(String name) {
        var tokens = Tokenizer.tokenize(name);
        return tokens.size() > 1 && isTrigger(tokens.get(0).text());
    }

    private boolean isTrigger(String word) {
        for (String form : Tokenizer.peelings(word)) {
            if (form.startsWith("ال")) return false;
            if (lex.triggers.containsKey(form)) return true;
        }
        return false;
    }
}
