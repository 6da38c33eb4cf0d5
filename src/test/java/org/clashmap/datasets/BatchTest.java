package org.clashmap.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import org.clashmap.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Each batch of 5,000 is stored whole or not at all; failures on either side end the import. */
class BatchTest {
    @TempDir
    Path tmp;

    /** n copies of a real UCDP row with ids 1..n. */
    private static String rows(int n) throws Exception {
        CSVRecord base = TestData.records(TestData.excerpt()).get(0);
        List<String> header = base.getParser().getHeaderNames();
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            p.printRecord(header);
            for (int i = 1; i <= n; i++) {
                List<String> v = new ArrayList<>(base.toList());
                v.set(header.indexOf("id"), String.valueOf(i));
                p.printRecord(v);
            }
        }
        return out.toString();
    }

    @Test
    void aFailingBatchLeavesTheEarlierBatchesAndNothingOfItself() throws Exception {
        Path file = tmp.resolve("b.db");
        try (Database db = Database.open(file)) {
            assertTrue(db.schemaVersion() >= 2, "the datasets migration is applied"); // later migrations (003 control layers) may follow
        }
        // A trigger makes the store refuse row 7,000, which is in the second batch.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.external_id = '7000' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        try (Database db = Database.open(file)) {
            DatasetStore store = new DatasetStore(db);
            String csv = rows(12_000);
            assertThrows(StoreException.class, () -> TestData.importText(store, new UcdpReader(), csv, new ArrayList<>()));
            assertEquals(Importer.BATCH, store.count("ucdp"));
        }
    }

    @Test
    void brokenQuotingStopsTheImportNamingTheLine() throws Exception {
        String csv = rows(3) + "4,\"never closed\n";
        try (Database db = TestData.open(tmp, "q.db")) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> TestData.importText(new DatasetStore(db), new UcdpReader(), csv, new ArrayList<>()));
            assertTrue(e.getMessage().startsWith("line 5: unreadable CSV"), e.getMessage());
            assertEquals(3, new DatasetStore(db).count("ucdp"), "rows before the break are kept");
        }
    }
}
