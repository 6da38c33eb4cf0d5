package org.clashmap.datasets;

import org.clashmap.store.DatasetStore;
import org.clashmap.store.ExternalEvent;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports a dataset file into the database in batches of {@link #BATCH} events, each batch one
 * transaction: an interrupted import keeps whole batches only, and a re-run fills in the rest
 * without duplicating (the database is unique on origin + external id).
 */
public final class Importer {
    /** Big enough that commits (one fsync each) are few, small enough that memory stays flat. */
    static final int BATCH = 5_000;

    private final DatasetStore store;
    private final Consumer<String> messages;

    /** @param messages receives one line per malformed row (the CLI sends them to stderr) */
    public Importer(DatasetStore store, Consumer<String> messages) {
        this.store = store;
        this.messages = messages;
    }

    public ImportSummary importFile(Format format, Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importFrom(format.reader(), in);
        }
    }

    ImportSummary importFrom(DatasetReader reader, Reader in) throws IOException {
        long t0 = System.nanoTime();
        List<String> problems = new ArrayList<>();
        int[] counts = new int[2]; // imported, duplicates
        List<ExternalEvent> batch = new ArrayList<>(BATCH);
        reader.read(in, new RowSink() {
            @Override
            public void event(ExternalEvent e) {
                batch.add(e);
                if (batch.size() == BATCH) flush(batch, counts);
            }

            @Override
            public void malformed(long line, String problem) {
                String m = "line " + line + ": " + problem + " (skipped)";
                problems.add(m);
                messages.accept(m);
            }
        });
        flush(batch, counts);
        Set<String> unknown = reader.unknownActors();
        for (String name : unknown) messages.accept("actor name not in the mapping, stored as 'other': " + name);
        return new ImportSummary(reader.origin(), counts[0], counts[1], problems.size(), problems, unknown,
                (System.nanoTime() - t0) / 1e9);
    }

    private void flush(List<ExternalEvent> batch, int[] counts) {
        if (batch.isEmpty()) return;
        DatasetStore.InsertResult r = store.insert(batch);
        counts[0] += r.inserted();
        counts[1] += r.duplicates();
        batch.clear();
    }
}
