package org.clashmap.gazetteer;

import org.clashmap.text.ArabicNormalizer;

import java.util.Set;

/**
 * The feature words that announce a place (مدينة، بلدة، قرية، حي، مخيم ...; {@code triggers.tsv}), for readers
 * outside the resolver: the extractor asks whether a word stands for a place told before ("البلدة الواقعة ...").
 */
public final class FeatureWords {
    private static final Set<String> WORDS = Set.copyOf(Lexicons.shared().triggers.keySet());

    private FeatureWords() {}

    /** "بلدة", "مدينة", "حي": a bare feature word, which announces the name after it ("في بلدة سقبا"). */
    public static boolean announcesAName(String token) {
        return WORDS.contains(ArabicNormalizer.normalize(token));
    }

    /**
     * "البلدة", "والقرية", "المدينة", "القريتين": a feature word with the article (and an optional و), which in news
     * Arabic refers back to a place named before. A bare feature word ("بلدة") announces a name instead: false.
     */
    public static boolean isDefinite(String token) {
        String w = ArabicNormalizer.normalize(token);
        if (w.startsWith("وال")) w = w.substring(1);
        if (!w.startsWith("ال") || w.length() < 4) return false;
        w = w.substring(2);
        if (WORDS.contains(w)) return true;
        // the dual "القريتين" / "البلدتين": the construct form "قريتي" is the listed word
        return w.endsWith("ين") && WORDS.contains(w.substring(0, w.length() - 1));
    }
}
