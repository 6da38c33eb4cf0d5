package org.clashmap.store;

import java.nio.file.Path;

/** A database that cannot be used as asked, with a message naming the file and the problem. */
public class StoreException extends RuntimeException {
    public StoreException(Path file, String problem) {
        this(file, problem, null);
    }

    public StoreException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    public StoreException(DatabaseAddress where, String problem) {
        this(where, problem, null);
    }

    public StoreException(DatabaseAddress where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
    }

    /**
     * True when the database itself cannot be used (locked, damaged, not a database, read-only,
     * disk full or failing): going on with the next report would only repeat the failure, so a
     * batch stops here. False for a problem with one piece of data.
     */
    public boolean databaseUnusable() {
        if (getCause() instanceof java.sql.SQLException q && q.getSQLState() != null && !(getCause() instanceof org.sqlite.SQLiteException)) {
            return Postgres.unusable(q.getSQLState());
        }
        if (!(getCause() instanceof org.sqlite.SQLiteException e)) return getCause() == null;
        int primary = e.getResultCode().code & 0xFF;
        return switch (primary) {
            case 5, 6, 8, 10, 11, 13, 14, 26 -> true; // BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB
            default -> false;
        };
    }
}
