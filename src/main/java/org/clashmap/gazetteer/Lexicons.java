package org.clashmap.gazetteer;

import org.clashmap.text.ArabicNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the resolver reads, all data files under {@code src/main/resources/gazetteer/},
 * keyed by their normalised form: trigger words, directions, distance units, vicinity words,
 * kind priors and names that need context to count as places.
 */
final class Lexicons {
    record Vicinity(String relation, double extraKm) {}

    /**
     * Words after a place name that tie it to the next place named (anchor_links.tsv): "X قرب Y", "التل المطل على
     * Y". {@code words} are normalised; {@code joinedL}: the phrase ends in the clitic ل written on the anchor.
     */
    record AnchorLink(List<String> words, boolean joinedL, double km) {}

    final Map<String, Set<PlaceKind>> triggers = new HashMap<>();
    /** Plural nouns of places: the kinds of the area they name when one name alone follows (triggers.tsv, third column). */
    final Map<String, Set<PlaceKind>> areaTriggers = new HashMap<>();
    final Map<String, Double> directions = new HashMap<>();
    final Map<String, Double> unitsKm = new HashMap<>();
    final Map<String, Vicinity> vicinity = new HashMap<>();
    final Map<PlaceKind, Double> kindPrior = new EnumMap<>(PlaceKind.class);
    final Set<String> needsContext = new HashSet<>();
    /** Names that are also words of the Arabic dictionary (generated): places only with a sign, a preposition enough. */
    final Set<String> dictionaryWords = new HashSet<>();
    /** The first letters the dictionary writes its words (ordinary_names.txt) with, by key: their hamza as written. */
    final Map<String, Set<Character>> dictionaryFirstLetters = new HashMap<>();
    final Set<String> placePrepositions = new HashSet<>();
    /** The prepositions of place that are a sign for an ordinary word after them (not the "weak" ones). */
    final Set<String> placeSigns = new HashSet<>();
    final Set<String> personTitles = new HashSet<>();
    /** Words of grammar spelt like a village once normalised (عليه → علية): never places (function_words.txt). */
    final Set<String> functionWords = new HashSet<>();
    /** Short particles that never end a name read across a space ("حلب إن" is no حلبان): particles.tsv. */
    final Set<String> particles = new HashSet<>();
    /** Adjectives of the neighbouring countries (nationalities.tsv): a name right before one is a place abroad. */
    final Set<String> nationalities = new HashSet<>();
    /** Countries and cities abroad (foreign_names.tsv): a word that is one of them is no Syrian village. */
    final Set<String> foreignNames = new HashSet<>();
    /** Names of God after عبد in men's names (divine_names.tsv). */
    final Set<String> divineNames = new HashSet<>();
    /** Nouns for a kind of site (site_nouns.tsv): the site itself unless a feature word comes before. */
    final Set<String> siteNouns = new HashSet<>();
    /** Phrases that tie a name to the place after it (anchor_links.tsv), longest first. */
    final List<AnchorLink> anchorLinks = new ArrayList<>();

    /** Bits of {@link #wordFacts}. */
    private static final int FEATURE = 1, DICTIONARY = 2, KNOWN = 4, ORDINARY = 8;
    /** Beyond this many words the answers are computed each time: a long-running watch must not grow without bound. */
    private static final int MAX_REMEMBERED_WORDS = 200_000;
    /**
     * The resolver asks of every name and of the words around it whether it is a feature word, a dictionary word or an ordinary word,
     * and the same words come back in every report: each word is peeled and looked up once.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> wordFacts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A word that says what kind of place follows (مدينة، بلدة، حي، مطار) or where it lies (غرب، محيط), with or
     * without its article: it describes a place and never names one by itself ("من الغرب" is "from the west").
     */
    boolean isFeatureWord(String key) {
        return isFeatureWord(wordFacts(key));
    }

    /** A word of the Arabic dictionary that is also a name (ordinary_names.txt), with or without clitics and article. */
    boolean isDictionaryWord(String key) {
        return isDictionaryWord(wordFacts(key));
    }

    /** Listed in needs_context.txt with or without the article (سياحة as well as السياحة); the key as it is, not peeled. */
    boolean isOrdinaryWord(String key) {
        return isOrdinaryWord(wordFacts(key));
    }

    /**
     * The answers for one key, to be read with the static tests below: a mention asks all three questions of its key,
     * and each look-up hashed and compared the key again (a twentieth of resolving a line at the quick JIT tier).
     */
    int wordFacts(String key) {
        Integer known = wordFacts.get(key);
        if (known != null) return known;
        int facts = KNOWN | (isWordOf(key, triggers.keySet()) || isWordOf(key, directions.keySet()) || isWordOf(key, vicinity.keySet()) ? FEATURE : 0)
                | (isWordOf(key, dictionaryWords) ? DICTIONARY : 0)
                | (needsContext.contains(key) || needsContext.contains("ال" + key) || key.startsWith("ال") && needsContext.contains(key.substring(2)) ? ORDINARY : 0);
        if (wordFacts.size() < MAX_REMEMBERED_WORDS) wordFacts.put(key, facts);
        return facts;
    }

    /** {@link #isFeatureWord(String)} from the key's {@link #wordFacts}. */
    static boolean isFeatureWord(int facts) {
        return (facts & FEATURE) != 0;
    }

    /** {@link #isDictionaryWord(String)} from the key's {@link #wordFacts}. */
    static boolean isDictionaryWord(int facts) {
        return (facts & DICTIONARY) != 0;
    }

    /** {@link #isOrdinaryWord(String)} from the key's {@link #wordFacts}. */
    static boolean isOrdinaryWord(int facts) {
        return (facts & ORDINARY) != 0;
    }

    /** The key is one of these words, with or without the article ("الغرب" is the direction غرب). */
    private static boolean isWordOf(String key, Set<String> words) {
        // the key may carry clitics (والمدينة، بالمدينة): every peeling is tried
        for (String k : org.clashmap.text.Tokenizer.peelings(key)) {
            if (words.contains(k) || words.contains("ال" + k) || k.startsWith("ال") && words.contains(k.substring(2))) return true;
        }
        return false;
    }

    /** The word lists, read once per JVM: the gazetteer and {@link FeatureWords} share them (they are never changed). */
    static Lexicons shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final Lexicons INSTANCE = load();
    }

    static Lexicons load() {
        Lexicons lx = new Lexicons();
        for (String[] f : rows("triggers.tsv")) {
            Set<PlaceKind> kinds = EnumSet.noneOf(PlaceKind.class);
            for (String k : f[1].split(",")) kinds.add(PlaceKind.valueOf(k.strip()));
            lx.triggers.put(ArabicNormalizer.normalize(f[0]), kinds);
            if (f.length > 2) {
                Set<PlaceKind> area = EnumSet.noneOf(PlaceKind.class);
                for (String k : f[2].split(",")) area.add(PlaceKind.valueOf(k.strip()));
                lx.areaTriggers.put(ArabicNormalizer.normalize(f[0]), area);
            }
        }
        for (String[] f : rows("directions.tsv")) lx.directions.put(ArabicNormalizer.normalize(f[0]), Double.parseDouble(f[1]));
        for (String[] f : rows("units.tsv")) lx.unitsKm.put(ArabicNormalizer.normalize(f[0]), Double.parseDouble(f[1]));
        for (String[] f : rows("vicinity.tsv")) {
            lx.vicinity.put(ArabicNormalizer.normalize(f[0]), new Vicinity(f[1], Double.parseDouble(f[2])));
        }
        for (String[] f : rows("kinds.tsv")) lx.kindPrior.put(PlaceKind.valueOf(f[0]), Double.parseDouble(f[1]));
        for (String[] f : rows("needs_context.txt")) lx.needsContext.add(NameIndex.key(f[0]));
        for (String[] f : rows("ordinary_names.txt")) {
            lx.dictionaryWords.add(NameIndex.key(f[0]));
            lx.dictionaryFirstLetters.computeIfAbsent(NameIndex.key(f[0]), k -> new HashSet<>()).add(f[0].charAt(0));
        }
        for (String[] f : rows("place_prepositions.tsv")) {
            lx.placePrepositions.add(ArabicNormalizer.normalize(f[0]));
            if (f.length < 3 || !f[2].strip().equals("weak")) lx.placeSigns.add(ArabicNormalizer.normalize(f[0]));
        }
        for (String[] f : rows("person_titles.tsv")) lx.personTitles.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("function_words.tsv")) lx.functionWords.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("particles.tsv")) lx.particles.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("foreign_names.tsv")) lx.foreignNames.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("nationalities.tsv")) lx.nationalities.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("divine_names.tsv")) lx.divineNames.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("site_nouns.tsv")) lx.siteNouns.add(ArabicNormalizer.normalize(f[0]));
        for (String[] f : rows("anchor_links.tsv")) {
            List<String> words = new ArrayList<>();
            for (String w : f[0].strip().split(" ")) words.add(ArabicNormalizer.normalize(w));
            boolean joinedL = words.get(words.size() - 1).equals("ل");
            if (joinedL) words.remove(words.size() - 1);
            lx.anchorLinks.add(new AnchorLink(List.copyOf(words), joinedL, Double.parseDouble(f[1])));
        }
        lx.anchorLinks.sort(Comparator.comparingInt((AnchorLink a) -> -a.words().size()));
        // The words that announce or place a name are never names by themselves.
        for (String w : lx.triggers.keySet()) lx.needsContext.add(NameIndex.key(w));
        for (String w : lx.directions.keySet()) lx.needsContext.add(NameIndex.key(w));
        for (String w : lx.vicinity.keySet()) lx.needsContext.add(NameIndex.key(w));
        for (String w : lx.unitsKm.keySet()) lx.needsContext.add(NameIndex.key(w));
        return lx;
    }

    private static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream("/gazetteer/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource gazetteer/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip().split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
