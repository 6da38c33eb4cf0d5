package org.clashmap.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.clashmap.store.ExternalEvent;

/** Reads one dataset's CSV into ClashMap events, streaming, reporting malformed rows as it goes. */
interface DatasetReader {
    /** The origin its events carry: the layer name. */
    String origin();

    /** Columns the file must have (checked against the header before any row is read). */
    List<String> requiredColumns();

    /** One CSV row as an event, or {@link BadRow} saying why it cannot be one. */
    ExternalEvent event(CsvRows.Row row) throws BadRow;

    /** Streams the rows: each good one to the sink as an event, each bad one as malformed with its line. */
    default void read(Reader in, RowSink sink) throws IOException {
        try (CsvRows rows = new CsvRows(in, requiredColumns())) {
            read(rows, sink);
        }
    }

    /** The same rows from {@code file}, opened as {@code in}, read from its bytes ({@link PlainCsvRows}). */
    default void read(Path file, InputStream in, RowSink sink) throws IOException {
        try (PlainCsvRows rows = new PlainCsvRows(file, in, requiredColumns())) {
            read(rows, sink);
        }
    }

    private void read(CsvRecords rows, RowSink sink) throws IOException {
        for (CsvRows.Next n = rows.next(); n != null; n = rows.next()) {
            if (n.problem() != null) {
                sink.malformed(n.line(), n.problem());
                continue;
            }
            try {
                sink.event(event(n.row()));
            } catch (BadRow e) {
                sink.malformed(n.line(), e.getMessage());
            }
        }
    }

    /** Actor names met so far that no mapping line matched (stored as "other"). */
    Set<String> unknownActors();
}
