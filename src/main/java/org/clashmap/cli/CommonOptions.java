package org.clashmap.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Options every command takes: mix in with {@code @Mixin CommonOptions common;}. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "DB", description = "SQLite database file (default: $XDG_DATA_HOME/clashmap/clashmap.db),"
            + " or a PostgreSQL database: postgresql://HOST[:PORT]/DB?user=NAME or postgresql:///DB?host=/SOCKET/DIR&user=NAME"
            + " (password from PGPASSWORD or ~/.pgpass)")
    public String db;

    @Option(names = "--debug", description = "Print stack traces on failure.")
    public void setDebug(boolean d) {
        FailureHandler.debug = d;
    }

    /** The database this command uses: a SQLite file or a PostgreSQL database. */
    public org.clashmap.store.DatabaseAddress database() {
        if (db == null) return org.clashmap.store.DatabaseAddress.sqlite(org.clashmap.store.Database.defaultPath());
        try {
            return org.clashmap.store.DatabaseAddress.parse(db);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The SQLite file this command uses, or null when it uses a PostgreSQL database (no file to clash with). */
    public Path dbFile() {
        return database().file();
    }

    /** Refuses (one line, exit 2) writing {@code out} over the database, its side files or an input of this command. */
    /** {@code --lang} of a figure: ar or en. */
    static org.clashmap.geo.Language figureLanguage(String lang) {
        return switch (lang.toLowerCase(java.util.Locale.ROOT)) {
            case "ar" -> org.clashmap.geo.Language.AR;
            case "en" -> org.clashmap.geo.Language.EN;
            default -> throw new UserError("--lang must be ar or en, not " + lang);
        };
    }

    /** A figure's size in pixels, within what a map image allows. */
    static void checkFigureSize(int width, int height) {
        int min = org.clashmap.export.MapImageRequest.MIN_SIDE, max = org.clashmap.export.MapImageRequest.MAX_SIDE;
        if (width > max || height > max || width < min || height < min)
            throw new UserError("image size must be " + min + ".." + max + " px a side, got " + width + "x" + height);
    }

    static void refuseOverwriting(Path out, Path database, Collection<Path> inputs) {
        org.clashmap.store.DatabaseFiles.clash(out, database, inputs).ifPresent(why -> {
            throw new UserError("refusing to write " + why);
        });
    }

    /** Refuses a database that is one of the command's input files (it would be overwritten with tables). */
    static void refuseDatabaseAmongInputs(Path database, List<Path> inputs) {
        if (database == null) return;
        org.clashmap.store.DatabaseFiles.partAmong(database, inputs).ifPresent(in -> {
            throw new UserError(database + ": --db names the input file " + in + "; choose another database file");
        });
    }
}
