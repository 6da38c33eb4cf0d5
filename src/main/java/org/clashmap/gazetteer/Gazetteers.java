package org.clashmap.gazetteer;

/** How the rest of the program gets the gazetteer: one instance, loaded from the classpath on first use. */
public final class Gazetteers {
    /** Where the builder's output travels inside the jar. */
    public static final String RESOURCE = "/gazetteer/places.tsv";

    private Gazetteers() {}

    private static final class Holder {
        static final SyriaGazetteer INSTANCE = SyriaGazetteer.fromResource(RESOURCE);
    }

    /** The cached gazetteer (thread-safe lazy holder). */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /** Every place of the cached gazetteer, in file order. */
    public static java.util.List<Place> places() {
        return Holder.INSTANCE.places();
    }

    /** Number of name matches in a text (normalising and matching only): what throughput benchmarks time. */
    public static int countMatches(Gazetteer g, String text) {
        return ((SyriaGazetteer) g).countMatches(text);
    }

    /** A fresh gazetteer from the classpath, bypassing the cache (benchmarks measure this). */
    public static Gazetteer loadUncached() {
        return SyriaGazetteer.fromResource(RESOURCE);
    }
}
