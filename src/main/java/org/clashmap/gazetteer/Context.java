package org.clashmap.gazetteer;

import java.util.List;

/**
 * What is known around a mention when a name is looked up: the surrounding text (sentence or
 * report) and places already resolved nearby. Either may be empty.
 */
public record Context(String text, List<Place> resolvedNearby) {
    public static final Context NONE = new Context("", List.of());

    public Context {
        text = text == null ? "" : text;
        resolvedNearby = List.copyOf(resolvedNearby);
    }

    public static Context of(String text) {
        return new Context(text, List.of());
    }
}
