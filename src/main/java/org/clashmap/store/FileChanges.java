package org.clashmap.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A SQLite file's counterpart of {@link ChangeNotices}: a file has no channel to announce commits on, but
 * {@code PRAGMA data_version} on a connection changes exactly when another connection (another program: a
 * CLI ingest, a second window) committed to the file since it was last read, and never for the
 * connection's own commits. A window polls it once a second on the database's connection: one tiny
 * read of the file's header, so a window on a file shared with a CLI ingest reloads as one on PostgreSQL does.
 */
final class FileChanges {
    static final long POLL_MS = 1000;

    private FileChanges() {
    }

    /** Calls {@code onChange} (on a daemon thread) once per poll that finds another program's commit; stops when the handle is closed. */
    static AutoCloseable watch(Database db, Consumer<String> onChange) {
        long[] seen = {dataVersion(db)};
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(POLL_MS);
                    long now = dataVersion(db);
                    if (now != seen[0]) {
                        seen[0] = now;
                        onChange.accept(ChangeNotices.changed("another program", Instant.now()));
                    }
                }
            } catch (InterruptedException e) {
                // closed: stop watching
            } catch (StoreException e) {
                // the database was closed or became unreadable: no more notices; the window still works
            }
        }, "clashmap-file-changes");
        t.setDaemon(true);
        t.start();
        return t::interrupt;
    }

    private static long dataVersion(Database db) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
