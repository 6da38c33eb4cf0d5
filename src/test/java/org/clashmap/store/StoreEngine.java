package org.clashmap.store;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two engines the store suite runs on. SQLite needs nothing; PostgreSQL is the server named by
 * {@code CLASHMAP_TEST_PG} (.ci/run starts one and sets it), where each test gets a new empty database
 * dropped afterwards. Without it the PostgreSQL cases are skipped with a message, never passed.
 */
public enum StoreEngine {
    SQLITE, POSTGRESQL;

    static final String ENV = "CLASHMAP_TEST_PG";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile boolean toldSkipped;

    /** A new empty database on this engine; {@link Fresh#close} removes it. */
    public Fresh fresh(Path tmp) {
        if (this == SQLITE) return new Fresh(DatabaseAddress.sqlite(tmp.resolve("store-" + NEXT.incrementAndGet() + ".db")), null);
        String base = System.getenv(ENV);
        if (base == null || base.isBlank()) {
            String why = ENV + " is not set: the PostgreSQL store tests are skipped (.ci/run starts a server;"
                    + " locally: .ci/postgres start /tmp/pg and export " + ENV + "=<the address it prints>)";
            if (!toldSkipped) {
                toldSkipped = true;
                System.err.println("note: " + why);
            }
            Assumptions.abort(why);
        }
        DatabaseAddress server = DatabaseAddress.parse(base);
        String name = "clashmap_t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        admin(server, "CREATE DATABASE " + name);
        String spec = base.replaceFirst("(postgres(ql)?://[^/]*/)[^?]*", "$1" + name);
        return new Fresh(DatabaseAddress.parse(spec), () -> admin(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void admin(DatabaseAddress server, String sql) {
        try (Connection c = Postgres.connect(server); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(server + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A test's database: its address, opened as often as the test likes, removed at the end. */
    public static final class Fresh implements AutoCloseable {
        public final DatabaseAddress address;
        private final Runnable drop;
        private final List<Database> opened = new ArrayList<>();

        Fresh(DatabaseAddress address, Runnable drop) {
            this.address = address;
            this.drop = drop;
        }

        /** Opens the database; closed at the end of the test if the test leaves it open. */
        public Database open() {
            Database db = Database.open(address);
            synchronized (opened) {
                opened.add(db);
            }
            return db;
        }

        @Override
        public void close() {
            synchronized (opened) {
                for (Database db : opened) {
                    try {
                        db.close();
                    } catch (RuntimeException ignored) {
                        // closed by the test already
                    }
                }
            }
            if (drop != null) drop.run();
        }
    }
}
