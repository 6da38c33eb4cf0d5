package org.clashmap.geo.archfixture;

import org.clashmap.store.Database;

import java.nio.file.Path;

/** Test-only: geo opening a database itself (as ControlSources once did), which must be reported. */
public final class OpensDatabase {
    public Database open(Path file) {
        return Database.open(file);
    }
}
