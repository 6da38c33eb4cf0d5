package org.clashmap.cli;

import org.clashmap.store.Database;
import org.clashmap.store.DatabaseAddress;
import org.clashmap.store.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.util.Map;

/**
 * {@code clashmap store copy --from DB --to DB}: everything in one database (reports, events, edits,
 * incident decisions, runs, control layers, history) into an empty one, SQLite or PostgreSQL either way.
 */
@Command(name = "copy", description = "Copy a whole dataset, with its edits and history, into an empty database (SQLite <-> PostgreSQL).")
public final class StoreCopyCommand implements Runnable {
    @Mixin
    CommonOptions common;

    @Option(names = "--from", required = true, paramLabel = "DB", description = "The database to copy (a SQLite file or postgresql://...).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DB", description = "An empty or new database to copy into (a SQLite file or postgresql://...).")
    String to;

    @Override
    public void run() {
        DatabaseAddress source = address(from);
        DatabaseAddress target = address(to);
        if (!source.isPostgresql() && !Files.isRegularFile(source.file())) throw new UserError(source + ": no such database");
        long t0 = System.nanoTime();
        try (Database in = Database.open(source); Database out = Database.open(target)) {
            Map<String, Long> rows = StoreCopy.copy(in, out, line -> System.err.println("  " + line));
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("copied %,d rows (%,d reports, %,d events, %,d edits) from %s (%s) to %s (%s) in %.1f s%n", total,
                    rows.get("articles"), rows.get("events"), rows.get("edits"), in.address(), in.engine(), out.address(), out.engine(),
                    (System.nanoTime() - t0) / 1e9);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static DatabaseAddress address(String spec) {
        try {
            return DatabaseAddress.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
