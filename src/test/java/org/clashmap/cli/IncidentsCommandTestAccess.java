package org.clashmap.cli;

import java.nio.file.Path;

/** The two-outlet report folder of {@link IncidentsCommandTest}, for tests in other packages. */
public final class IncidentsCommandTestAccess {
    private IncidentsCommandTestAccess() {}

    public static Path folder(Path dir, String published) throws Exception {
        return IncidentsCommandTest.folder(dir, published);
    }
}
