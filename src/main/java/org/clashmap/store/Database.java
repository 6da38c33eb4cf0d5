package org.clashmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One ClashMap database: a SQLite file (the default) or a PostgreSQL database (decision 027). Opening
 * a file checks, before anything is written, that it is SQLite, not newer than this app and writable;
 * only then it switches on WAL and foreign keys and applies the missing migrations. A PostgreSQL
 * database is checked the same way (ClashMap's or empty, not newer) and migrated under an advisory
 * lock. One connection, used under this object's lock.
 */
public final class Database implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final DatabaseAddress address;
    private final Path file;
    private final Dialect dialect;
    private final Connection connection;

    private Database(DatabaseAddress address, Dialect dialect, Connection connection) {
        this.address = address;
        this.file = address.file();
        this.dialect = dialect;
        this.connection = dialect.wrap(connection);
        this.token = address.isPostgresql() ? java.util.UUID.randomUUID().toString() : null;
    }

    /** Opens the database at {@code address}: a SQLite file or a PostgreSQL database. */
    public static Database open(DatabaseAddress address) {
        if (!address.isPostgresql()) return open(address.file());
        return Postgres.open(address);
    }

    /** Called by {@link Postgres} with a connection it checked and migrated. */
    static Database opened(DatabaseAddress address, Connection c) {
        return new Database(address, Dialect.POSTGRESQL, c);
    }

    /** The per-user default: {@code $XDG_DATA_HOME/clashmap/clashmap.db}, else {@code ~/.local/share/clashmap/clashmap.db}. */
    public static Path defaultPath() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("clashmap").resolve("clashmap.db");
    }

    public static Database open(Path file) {
        boolean creating = isNew(file);
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(file);
            } catch (StoreException e) {
                // Two programs opening a new database at once: SQLite may find the other's rollback journal
                // gone by the time it deletes it (SQLITE_IOERR_DELETE_NOENT), or the other's migration may hold the
                // write lock past the busy timeout on a loaded machine (SQLITE_BUSY; only while creating: a database
                // in use by another program is said so at once). Nothing was changed by the failed attempt
                // (migrations are transactions, checked by version), so opening again is safe.
                if (attempt >= 5 || !retryable(e, creating)) throw e;
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean retryable(StoreException e, boolean creating) {
        String m = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        // ... or, checked before opening, the file the other program is creating this instant may answer as not writable
        // (seen once in a clean-clone CI run: "race-6.db: is read-only"); a file that stays so is refused on the last try
        return m.contains("SQLITE_IOERR_DELETE_NOENT") || creating && (m.contains("SQLITE_BUSY") || m.contains("is read-only"));
    }

    /** No file yet, or an empty one (a new database). */
    private static boolean isNew(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Database openOnce(Path file) {
        Path f = file.toAbsolutePath().normalize();
        checkBeforeOpening(f);
        Connection c = null;
        try {
            c = connect(f);
            int version = readVersion(f, c);
            // A newer ClashMap may have reshaped its tables: its version number is all we can go by.
            if (version > Migrations.latestVersion()) {
                throw new StoreException(f, "was written by a newer ClashMap (schema version " + version
                        + ", this version knows up to " + Migrations.latestVersion() + "); it was not opened or changed");
            }
            refuseForeign(f, c, version);
            Database db = new Database(DatabaseAddress.sqlite(f), Dialect.SQLITE, c);
            // An existing database about to be migrated is checked first: a migration must not write into damage.
            if (version > 0 && version < Migrations.latestVersion()) db.checkBeforeWriting();
            configure(c);
            if (version < Migrations.latestVersion()) Migrations.migrate(c);
            DatabaseFiles.opened(f);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(f, explain(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void checkBeforeOpening(Path f) {
        if (Files.isDirectory(f)) throw new StoreException(f, "is a directory, not a database file");
        Path dir = f.getParent();
        try {
            if (Files.exists(f)) {
                if (Files.size(f) > 0 && !hasSqliteHeader(f)) {
                    throw new StoreException(f, "is not a SQLite database (it was not opened or changed)");
                }
                if (!Files.isWritable(f)) throw new StoreException(f, "is read-only; ClashMap needs to write to its database");
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StoreException(f, "cannot be created or read: " + e.getMessage(), e);
        }
        // WAL keeps two side files next to the database, so the folder must be writable too.
        if (!Files.isWritable(dir)) throw new StoreException(f, "is in a read-only folder (" + dir + "); choose another with --db");
    }

    /**
     * Every write transaction starts with BEGIN IMMEDIATE: it takes the write lock at once (waiting up to the
     * busy timeout for another writer to finish) instead of reading first and failing with SQLITE_BUSY when it
     * later tries to upgrade while another process wrote in between.
     */
    private static Connection connect(Path f) throws SQLException {
        org.sqlite.SQLiteConfig config = sqliteConfig();
        config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + f);
    }

    /**
     * Starts the SQLite driver: its classes, its date formats (the locale data behind them) and its native library, by
     * opening and closing a database in memory. A short command calls it on a thread of its own while its main thread
     * parses the command line; when that opens its database it finds all this done (issue 24). Failures are left to
     * the command's own open to report.
     */
    public static void prepareDriver() {
        try (Connection c = sqliteConfig().createConnection("jdbc:sqlite::memory:")) {
            // opened and closed: loading and linking is the work wanted
        } catch (SQLException | RuntimeException | LinkageError e) {
            // the command's own open reports any real problem
        }
    }

    /**
     * What every connection to a SQLite file shares. Multi-thread mode (NOMUTEX): sqlite-jdbc already lets one thread
     * at a time into a connection (its native methods are synchronized on it), so the lock SQLite's default serialized
     * mode takes around every call as well was a lock and an unlock per value bound or read for nothing, about 4 % of the
     * CPU of a million-point render (issue 24). SQLite still locks what connections share.
     */
    private static org.sqlite.SQLiteConfig sqliteConfig() {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setOpenMode(org.sqlite.SQLiteOpenMode.NOMUTEX);
        return config;
    }

    /** How long a writer waits for another one to commit before giving up. */
    static final int BUSY_TIMEOUT_MS = 5000;

    /**
     * A SQLite file with tables of its own that is not a ClashMap database (no {@code articles} table, or
     * tables but no schema version) is someone else's: refused before anything is written, so it stays
     * byte-identical. An empty SQLite file is a new database.
     */
    private static void refuseForeign(Path f, Connection c, int version) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        if (tables.isEmpty() && version == 0) return;
        // Tables but version 0: another program may have migrated the new file between our two reads
        // (a migration commits its tables and its version together): read the version again.
        if (version == 0) version = Migrations.currentVersion(c);
        if (version > 0 && tables.contains("articles")) return;
        String some = String.join(", ", tables.subList(0, Math.min(5, tables.size()))) + (tables.size() > 5 ? ", ..." : "");
        throw new StoreException(f, "is a SQLite database but not a ClashMap one (" + (tables.isEmpty() ? "no tables" : "tables " + some)
                + ", schema version " + version + "); it was not opened or changed — choose another file with --db");
    }

    private volatile boolean checkedForWriting;

    /** The engine's differences (package-private: only the store speaks SQL). */
    Dialect dialect() {
        return dialect;
    }

    /**
     * Tells this object's own change notices from other programs' (ChangeNotices): PostgreSQL only. Not made for a
     * SQLite file: a random UUID initialises the JDK's security providers and SecureRandom, about 8 ms of every
     * import's start (issue 24, decision 056).
     */
    private final String token;

    /**
     * Calls {@code onChange} with who changed the database and when, for every write another program (or
     * another connection) commits: a shared PostgreSQL database's LISTEN/NOTIFY; on a SQLite file, a poll of
     * its data version once a second ({@link FileChanges}: who is not known there, only when). Close the
     * handle to stop.
     */
    public AutoCloseable watchOthers(java.util.function.Consumer<String> onChange) {
        if (!address.isPostgresql()) return FileChanges.watch(this, onChange);
        return ChangeNotices.listen(address, token, onChange);
    }

    /** Where this database is, as it can be typed after --db (never with a password). */
    public DatabaseAddress address() {
        return address;
    }

    /** "SQLite" or "PostgreSQL". */
    public String engine() {
        return dialect.name();
    }

    /**
     * A cheap look for damage before the first write through this object ({@code PRAGMA quick_check}: every
     * page once, without cross-checking indexes; well under a second for a large database). Writing into a
     * damaged file would bury new work in it; doctor says what is wrong. Done once per open database.
     */
    void checkBeforeWriting() {
        if (checkedForWriting || file == null) return; // PostgreSQL looks after its own pages
        synchronized (this) {
            if (checkedForWriting) return;
            List<String> problems = new ArrayList<>();
            try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA quick_check(3)")) {
                while (rs.next()) problems.add(rs.getString(1));
            } catch (SQLException e) {
                throw new StoreException(address, explain(e) + "; nothing was written (run clashmap doctor --db " + file + ")", e);
            }
            if (!problems.equals(List.of("ok"))) {
                throw new StoreException(file, "is damaged (" + problems.get(0) + "); nothing was written — run clashmap doctor --db "
                        + file + " and restore a backup");
            }
            checkedForWriting = true;
        }
    }

    private static boolean hasSqliteHeader(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        }
    }

    private static int readVersion(Path f, Connection c) {
        try {
            return Migrations.currentVersion(c);
        } catch (SQLException e) {
            throw new StoreException(f, explain(e), e);
        }
    }

    /**
     * WAL lets the window read while an ingest writes; synchronous=FULL makes every committed
     * transaction survive a power cut as well as a killed process (edits are an analyst's work,
     * worth an fsync per commit). The busy timeout rides out a second ClashMap briefly holding the lock.
     *
     * <p>What each setting buys against a crash (CrashSafetyTest SIGKILLs ingests to check it):
     * a killed process loses nothing committed in WAL mode even with synchronous=NORMAL, because the
     * WAL file is already in the OS page cache; NORMAL's risk is a power cut or kernel panic, which
     * can drop the last commits (never corrupt the file). FULL closes that gap for one fsync of the
     * WAL per commit, which batching keeps cheap: folder ingest commits a batch of reports per
     * transaction, so an fsync is spent per batch, not per row. A dataset import, which a rerun completes, commits
     * its batches of 5,000 rows without waiting and waits once at its end ({@code DatasetStore.importing}). A
     * transaction interrupted at any point is rolled back on the next open, so a report is stored
     * with all its events or not at all. journal_mode=OFF or synchronous=OFF would trade exactly
     * that guarantee for speed, and are not used.
     */
    private static void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            // Switching a new file to WAL needs it to itself and does not wait for a busy handler: when another
            // program is setting up the same new database at that moment, try again for up to half a second.
            for (int attempt = 1; ; attempt++) {
                try {
                    s.execute("PRAGMA journal_mode = WAL");
                    break;
                } catch (SQLException e) {
                    if (attempt >= 20 || !String.valueOf(e.getMessage()).contains("SQLITE_BUSY")) throw e;
                    try {
                        Thread.sleep(25);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return "the disk is full (or the database reached its size limit); the transaction was rolled back, nothing more was written";
        }
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) return "is locked by another program (is ClashMap already running on it?)";
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) return "is damaged (" + m + ")";
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) return "is not a SQLite database";
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) return "is read-only";
        if (m.contains("SQLITE_CANTOPEN")) return "cannot be opened";
        return "database error: " + m;
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one worth reporting
        }
    }

    /**
     * Waits until every commit so far is on disk, after commits that did not wait ({@code DatasetStore.importing}).
     * SQLite: a checkpoint, which syncs the WAL and then the file; a passive one, which waits for no reader (the window
     * may be drawing while it imports), and when a reader holds part of the WAL back, the WAL file is synced instead.
     * PostgreSQL: one commit that waits, which flushes its log up to there.
     */
    void waitForDisk() {
        withConnection(c -> {
            try (Statement s = c.createStatement()) {
                if (dialect == Dialect.POSTGRESQL) {
                    s.execute("SELECT pg_catalog.txid_current()"); // takes a transaction id: its commit is written and waited for
                    return null;
                }
                boolean whole;
                try (var rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    whole = rs.next() && rs.getInt(1) == 0 && rs.getInt(2) == rs.getInt(3);
                }
                if (!whole) forceToDisk(Path.of(file + "-wal"));
            }
            return null;
        });
    }

    /**
     * Syncs a file SQLite writes, by a descriptor of our own. Only for the WAL, never for the database file: closing any
     * descriptor of a file drops every POSIX lock this process holds on it, SQLite's too, and another program could
     * then take the database for unused and delete its WAL under this one (seen: SQLITE_IOERR_SHORT_READ in the crash
     * test's ingest, decision 073). SQLite takes no lock on the WAL file.
     */
    private static void forceToDisk(Path f) {
        try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (java.nio.file.NoSuchFileException gone) {
            // no WAL left: the checkpoint that could not finish was not needed
        } catch (IOException e) {
            throw new StoreException(f, "could not be written to disk (" + e.getMessage() + ")", e);
        }
    }

    /** The SQLite file, or null for a PostgreSQL database ({@link #address()} names both). */
    public Path file() {
        return file;
    }

    public int schemaVersion() {
        synchronized (this) {
            try {
                return Migrations.currentVersion(connection, dialect);
            } catch (SQLException e) {
                throw new StoreException(address, explain(e), e);
            }
        }
    }

    /** Runs work on the connection under the lock; used by the store's repositories. */
    <T> T withConnection(SqlWork<T> work) {
        synchronized (this) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(address, dialect == Dialect.SQLITE ? explain(e) : Postgres.explain(e), e);
            }
        }
    }

    /** Read-only connections {@link #withReadConnection} keeps for the next read (closed with the database). */
    private final java.util.ArrayDeque<Connection> readers = new java.util.ArrayDeque<>();
    private static final int KEPT_READERS = 4;
    private boolean closed;

    /**
     * Runs read-only work on a second connection, so a read can proceed in parallel with work on the
     * main connection (WAL lets readers run side by side): a large load split in two, or the ingest's
     * extraction threads asking whether a report is stored while a batch is being written (decision 034).
     * The connection is opened read-only, so this path can never write, and sees what is committed; it is
     * kept for the next read (a few at most) rather than opened each time.
     */
    <T> T withReadConnection(SqlWork<T> work) {
        Connection c;
        synchronized (readers) {
            c = readers.pollFirst();
        }
        boolean reusable = false;
        try {
            if (c == null) c = openReader();
            T result = work.run(c);
            reusable = true;
            return result;
        } catch (SQLException e) {
            throw address.isPostgresql() ? new StoreException(address, Postgres.explain(e), e) : new StoreException(file, explain(e), e);
        } finally {
            if (c != null) {
                boolean kept = false;
                synchronized (readers) {
                    if (reusable && !closed && readers.size() < KEPT_READERS) kept = readers.offerFirst(c);
                }
                if (!kept) closeQuietly(c);
            }
        }
    }

    private Connection openReader() throws SQLException {
        if (address.isPostgresql()) {
            Connection c = Postgres.connect(address);
            c.setReadOnly(true);
            return dialect.wrap(c);
        }
        org.sqlite.SQLiteConfig config = sqliteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Runs work in one write transaction (BEGIN IMMEDIATE): all of it is stored, or none. The first one
     * through this object checks the file for damage first. When SQLite has already rolled back by itself
     * (disk full, I/O error), the failure that caused it is the one reported, not the rollback's "no
     * transaction is active".
     */
    <T> T inTransaction(SqlWork<T> work) {
        checkBeforeWriting();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(work);
            } catch (StoreException e) {
                // PostgreSQL lets writers run side by side: one that lost a race (a report another program
                // stored a moment before, a deadlock, a serialization failure) is rolled back and runs again,
                // now seeing the other's commit (ingest then finds the report stored).
                if (attempt >= 3 || !(e.getCause() instanceof SQLException q) || !dialect.isRetryable(q)) throw e;
            }
        }
    }

    private <T> T transaction(SqlWork<T> work) {
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                if (address.isPostgresql()) ChangeNotices.announce(c, token, address.user());
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the transaction is already gone; the failure above is the one to report
                }
            }
        });
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public void close() {
        synchronized (readers) {
            closed = true;
            for (Connection r : readers) closeQuietly(r);
            readers.clear();
        }
        synchronized (this) {
            if (file != null) DatabaseFiles.closed(file);
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException(address, explain(e), e);
            }
        }
    }
}
