package org.clashmap.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real UCDP data the tests use: the committed excerpt always, the full file when ../shared is there. */
final class TestData {
    private TestData() {
    }

    static Path repo() {
        return Path.of(System.getProperty("clashmap.repo", "."));
    }

    static Path excerpt() {
        return repo().resolve("src/test/resources/datasets/ucdp_ged191_syria_excerpt.csv");
    }

    /** The full 16,566-row file; skips the test where the shared data is absent. */
    static Path fullUcdp() {
        Path p = org.clashmap.testing.SharedData.data().resolve("events/ucdp_ged191_syria.csv");
        assumeTrue(Files.isRegularFile(p), "shared UCDP data not present: " + p);
        return p;
    }

    /** The file's records parsed by commons-csv directly, independent of the importer. */
    static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            return new ArrayList<>(p.getRecords());
        }
    }

    static Database open(Path dir, String name) {
        return Database.open(dir.resolve(name));
    }

    static ImportSummary importUcdp(DatasetStore store, Path csv, List<String> messages) throws IOException {
        return new Importer(store, messages::add).importFile(Format.UCDP, csv);
    }

    static ImportSummary importText(DatasetStore store, DatasetReader reader, String csv, List<String> messages) throws IOException {
        return new Importer(store, messages::add).importFrom(reader, new StringReader(csv));
    }
}
