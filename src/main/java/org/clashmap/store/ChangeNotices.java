package org.clashmap.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Tells the other programs on a shared PostgreSQL database that something changed (LISTEN/NOTIFY,
 * decision 027): every write transaction announces who made it and when, delivered when it commits; a
 * window listens on a connection of its own and reloads. A program never hears its own announcements.
 * A SQLite file has no such channel: {@link FileChanges} polls it instead.
 */
final class ChangeNotices {
    static final String CHANNEL = "clashmap_changes";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ChangeNotices() {
    }

    /** "who changed the database at when", the words a window shows for another program's change. */
    static String changed(String who, Instant when) {
        return who + " changed the database at " + TIME.format(when);
    }

    /** Inside a write transaction: announced to the listeners when it commits (and never if it rolls back). */
    static void announce(Connection c, String token, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            ps.setString(1, token + "\t" + changed(user, Instant.now()));
            ps.executeQuery().close();
        }
    }

    /**
     * Calls {@code onChange} (on a daemon thread) with "who changed the database at when" for each write
     * committed by another program or connection; stops when the returned handle is closed.
     */
    static AutoCloseable listen(DatabaseAddress address, String ownToken, Consumer<String> onChange) {
        Connection c;
        try {
            c = Postgres.connect(address);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            }
        } catch (SQLException e) {
            throw new StoreException(address, Postgres.explain(e), e);
        }
        Thread t = new Thread(() -> {
            try {
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!Thread.currentThread().isInterrupted() && !c.isClosed()) {
                    PGNotification[] got = pg.getNotifications(500);
                    if (got == null) continue;
                    for (PGNotification n : got) {
                        String payload = n.getParameter();
                        int tab = payload.indexOf('\t');
                        if (tab >= 0 && !payload.substring(0, tab).equals(ownToken)) onChange.accept(payload.substring(tab + 1));
                    }
                }
            } catch (SQLException e) {
                // the connection was closed (the handle) or lost: no more notices; the window still works
            }
        }, "clashmap-change-notices");
        t.setDaemon(true);
        t.start();
        return () -> {
            t.interrupt();
            c.close();
        };
    }
}
