package org.clashmap.testing;

import java.nio.file.Path;

/**
 * The team's shared folder beside the repository ({@code ../shared}: open source data and the
 * extraction evaluation set). CI checks out the repository alone, so tests that need it skip
 * themselves (JUnit assumptions) when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** {@code ../shared/data}, found next to the repository, or the folder -Dclashmap.shared names. */
    public static Path data() {
        String explicit = System.getProperty("clashmap.shared");
        if (explicit != null) return Path.of(explicit);
        return repo().resolve("../shared/data").normalize();
    }

    /** {@code ../shared/eval}: the dev set of real reports with gold annotations and score.py. */
    public static Path eval() {
        return data().resolveSibling("eval");
    }

    public static Path repo() {
        return Path.of(System.getProperty("clashmap.repo", ".")).toAbsolutePath();
    }
}
