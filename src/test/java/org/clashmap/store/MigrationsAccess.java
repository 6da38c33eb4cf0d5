package org.clashmap.store;

/** Lets tests in other packages ask which schema version this build writes. */
public final class MigrationsAccess {
    private MigrationsAccess() {
    }

    public static int latest() {
        return Migrations.latestVersion();
    }
}
