package org.clashmap.sources;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The source fixtures in src/test/resources/sources (built by make_fixtures.py around the seed reports). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String rel) {
        try {
            return Path.of(Fixtures.class.getResource("/sources/" + rel).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture sources/" + rel, e);
        }
    }
}
