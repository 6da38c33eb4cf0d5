package org.clashmap.datasets;

import java.io.IOException;

/** A header-first CSV file's records, one after another ({@link CsvRows}, {@link PlainCsvRows}). */
interface CsvRecords extends AutoCloseable {
    /**
     * The next record (a row, or the problem with its column count), or null at the end.
     *
     * @throws IllegalArgumentException when the rest of the file cannot be read as CSV (the message names the line)
     */
    CsvRows.Next next() throws IOException;

    @Override
    void close() throws IOException;
}
