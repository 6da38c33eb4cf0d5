package org.clashmap.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clashmap.cli.CommandLines;
import org.clashmap.export.charts.ChartRows;
import org.clashmap.extract.EventType;
import org.clashmap.geo.Language;
import org.clashmap.geo.basemap.AdminAreaIndex;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incidents and dead per area: the export's totals, the CSV's admin columns, the GeoPackage's area layers and the map image agree (issue 20). */
class ChoroplethTest {
    @TempDir
    Path tmp;

    @Test
    void areaTotalsAreTheExportsAndEachGovernoratesDeadIsItsCsvRowsSum() throws Exception {
        AdminAreaIndex index = AdminAreaIndex.shared();
        try (Database db = Database.open(ExportFixtures.database())) {
            EventStore store = new EventStore(db);
            for (EventFilter f : ChartTotalsTest.FILTERS) {
                Path csv = tmp.resolve("e.csv");
                ExportResult r = new EventExporter(store).export(f, ExportFormat.CSV, csv);
                List<CSVRecord> records = csv(csv);
                long dead = ChartTotalsTest.csvFatalities(csv);
                var rows = ChartRows.of(store, f::test);
                for (AreaCounts.Level level : AreaCounts.Level.values()) {
                    assertEquals(r.incidents(), AreaCounts.of(level, AreaCounts.Measure.INCIDENTS, rows).total(), "incidents per " + level + " for " + f);
                    assertEquals(dead, AreaCounts.of(level, AreaCounts.Measure.FATALITIES, rows).total(), "dead per " + level + " for " + f);
                }
                // the CSV's admin1 column is the same point in polygon: its rows' dead per governorate are the choropleth's
                Map<String, Long> byName = new HashMap<>();
                for (CSVRecord c : records) if (!c.get("fatalities").isEmpty()) byName.merge(c.get("admin1"), Long.parseLong(c.get("fatalities")), Long::sum);
                AreaCounts gov = AreaCounts.of(AreaCounts.Level.GOVERNORATE, AreaCounts.Measure.FATALITIES, rows);
                for (AdminAreaIndex.Area a : index.areas(1)) assertEquals(byName.getOrDefault(a.nameEn(), 0L), gov.count(a.pcode()), a.nameEn() + " for " + f);
                assertEquals(byName.getOrDefault("", 0L), gov.outside());
            }
        }
    }

    @Test
    void aGeoPackageExportHasTheAreaLayersWithTheExportsCounts() throws Exception {
        Path gpkg = tmp.resolve("e.gpkg");
        ExportResult r;
        List<org.clashmap.export.EventPoint> rows;
        try (Database db = Database.open(ExportFixtures.database())) {
            EventStore store = new EventStore(db);
            r = new EventExporter(store).export(EventFilter.ALL, ExportFormat.GPKG, gpkg);
            rows = ChartRows.of(store, EventFilter.ALL::test);
        }
        Map<String, Integer> layers = Ogr.layers(gpkg);
        assertEquals(14, layers.get("areas_governorate"), layers.toString());
        assertEquals(61, layers.get("areas_district"), layers.toString());
        AdminAreaIndex index = AdminAreaIndex.shared();
        assertEquals(index.areas(3).stream().filter(a -> index.outline(a) != null).count(), (long) layers.get("areas_subdistrict"),
                "every sub-district with a cell: " + layers);
        assertTrue(layers.get("areas_subdistrict") >= 265, layers.toString());
        long dead = AreaCounts.of(AreaCounts.Level.DISTRICT, AreaCounts.Measure.FATALITIES, rows).total();
        assertTrue(dead > 0 && r.incidents() > 0);
        for (AreaCounts.Level level : AreaCounts.Level.values()) {
            AreaCounts inc = AreaCounts.of(level, AreaCounts.Measure.INCIDENTS, rows), fat = AreaCounts.of(level, AreaCounts.Measure.FATALITIES, rows);
            long[] sums = ogrSums(gpkg, "areas_" + level.key());
            assertEquals(r.incidents() - inc.outside(), sums[0], "incidents in " + level + " areas read back by GDAL");
            assertEquals(dead - fat.outside(), sums[1], "dead in " + level + " areas read back by GDAL");
        }
        assertTrue(Ogr.summary(gpkg).contains("Geometry: Multi Polygon"), "area layers are polygons");
    }

    @Test
    void aMapImageOfDistrictsFillsTheBusiestDistrictDarkestAndListsItsClasses() {
        IncidentSet set = IncidentSet.of(ExportFixtures.events());
        List<org.clashmap.export.EventPoint> rows;
        try (Database db = Database.open(ExportFixtures.database())) {
            rows = ChartRows.of(new EventStore(db), EventFilter.ALL::test);
        }
        MapOverlays overlays = new MapOverlays.Spec(AreaCounts.Level.DISTRICT, AreaCounts.Measure.INCIDENTS, AreaClasses.Method.JENKS, false)
                .forWindow(rows, null, null);
        Choropleth c = overlays.areas();
        MapImageRenderer.RenderResult img = ExportFixtures.renderer().render(MapImageRequest.syria(1280, 800, Language.EN), set,
                MapImageRenderer.select(set, null, null), null, Map.of(), overlays);
        assertTrue(img.texts().contains("Incidents per district"), img.texts().toString());
        for (int i = 0; i < c.classes().size(); i++) assertTrue(img.texts().contains(c.classes().label(i)), "class " + c.classes().label(i));
        // the busiest district's inside is the darkest class's colour over the basemap; a quiet one is not filled
        AdminAreaIndex index = AdminAreaIndex.shared();
        String busiest = c.counts().counts().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String quiet = c.counts().counts().entrySet().stream().filter(e -> e.getValue() == 0)
                .max(java.util.Comparator.comparingDouble(e -> index.area(e.getKey()).outline().getArea())).orElseThrow().getKey();
        int dark = pixelAt(img, index.area(busiest)), none = pixelAt(img, index.area(quiet));
        int n = c.classes().size(), nearest = -1;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) { // each class's colour as drawn: over the land the quiet district shows bare
            double d = distance(dark, blend(org.clashmap.geo.render.AreaPainter.classColour(i, n), none, org.clashmap.geo.render.AreaPainter.FILL_ALPHA));
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        assertEquals(n - 1, nearest, String.format("busiest district %s is %06x, nearest to class %d", busiest, dark & 0xFFFFFF, nearest));
        assertTrue(best < 30, "and close to it: " + best);
        assertTrue(distance(none, org.clashmap.geo.render.AreaPainter.classColour(n - 1, n)) > 150, String.format("quiet district %s is %06x", quiet, none & 0xFFFFFF));
    }

    @Test
    void renderAreasPrintsTheExportsTotalAndRefusesAnUnknownLevel() throws Exception {
        Path out = tmp.resolve("d.svg");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = CommandLines.all().execute("render", "--db", ExportFixtures.database().toString(), "--areas", "governorate", "--measure", "fatalities",
                    "--from", "2018-04-01", "--to", "2018-04-30", "--out", out.toString(), "--width", "1200", "--height", "800");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, buf.toString(StandardCharsets.UTF_8));
        long dead;
        try (Database db = Database.open(ExportFixtures.database())) {
            Path csv = tmp.resolve("a.csv");
            new EventExporter(new EventStore(db)).export(new EventFilter(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30), Set.of(), Set.of(), 0, false,
                    Set.of(), false, Set.of(), ""), ExportFormat.CSV, csv);
            dead = ChartTotalsTest.csvFatalities(csv);
        }
        assertTrue(dead > 0);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("fatalities per governorate: " + dead + " in "), buf.toString(StandardCharsets.UTF_8));
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains("عدد القتلى في كل محافظة"), "the legend's Arabic heading is text in the SVG");
        assertEquals(2, CommandLines.all().execute("render", "--db", ExportFixtures.database().toString(), "--areas", "county",
                "--out", tmp.resolve("x.png").toString()));
    }

    /** A sequence of frames classes all frames' counts together, so a colour means the same number in each frame. */
    @Test
    void framesOfASequenceShareTheirClasses() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = CommandLines.all().execute("render", "--db", ExportFixtures.database().toString(), "--areas", "governorate", "--frames", "2",
                    "--from", "2016-03-01", "--to", "2018-06-30", "--width", "640", "--height", "400", "--out", tmp.resolve("f.png").toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        List<String> classes = buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("incidents per governorate"))
                .map(l -> l.substring(l.indexOf("classes "))).toList();
        assertEquals(2, classes.size(), buf.toString(StandardCharsets.UTF_8));
        assertEquals(classes.get(0), classes.get(1), "one set of classes for both frames");
        List<String> totals = buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("incidents per governorate"))
                .map(l -> l.substring(0, l.indexOf(" in "))).distinct().toList();
        assertEquals(2, totals.size(), "the frames count different windows: " + totals);
    }

    /** The density surface peaks where incidents crowd, is clear far from all of them, and the legend says what it is. */
    @Test
    void theDensitySurfacePeaksAtTheIncidentsAndIsNamedInTheLegend() {
        IncidentSet set = IncidentSet.of(ExportFixtures.events());
        java.util.BitSet visible = MapImageRenderer.select(set, null, null);
        MapImageRenderer.RenderResult plain = ExportFixtures.renderer().render(MapImageRequest.syria(1280, 800, Language.EN), set, visible, null, Map.of());
        org.clashmap.geo.Viewport vp = plain.viewport();
        org.clashmap.geo.render.DensitySurface.Grid g = org.clashmap.geo.render.DensitySurface.of(set, visible, vp, plain.deviceScale());
        int inView = 0;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1)) {
            double x = vp.screenX(set.wx[i]), y = vp.screenY(set.wy[i]);
            if (x >= 0 && y >= 0 && x < vp.width() && y < vp.height()) inView++;
        }
        assertTrue(g.places() >= inView && inView > 10, g.places() + " places spread, " + inView + " in view");
        int peak = 0;
        for (int k = 1; k < g.pixels().length; k++) if ((g.pixels()[k] >>> 24) > (g.pixels()[peak] >>> 24)) peak = k;
        double px = (peak % g.cols() + 0.5) * g.cell(), py = (peak / g.cols() + 0.5) * g.cell(), nearest = Double.MAX_VALUE;
        for (int i = visible.nextSetBit(0); i >= 0; i = visible.nextSetBit(i + 1))
            nearest = Math.min(nearest, Math.hypot(vp.screenX(set.wx[i]) - px, vp.screenY(set.wy[i]) - py));
        double sigma = org.clashmap.geo.render.DensitySurface.SIGMA * plain.deviceScale();
        assertTrue(nearest < sigma, "the peak lies among incidents: " + nearest + " px from the nearest");
        assertEquals(0, g.pixels()[0] >>> 24, "the far north-west corner (the sea) is clear");
        MapImageRenderer.RenderResult heat = ExportFixtures.renderer().render(MapImageRequest.syria(1280, 800, Language.EN), set, visible, null, Map.of(),
                new MapOverlays(null, true));
        assertTrue(heat.texts().contains("Density of incidents (darker: denser)"), heat.texts().toString());
        assertTrue(distance(heat.image().getRGB((int) px, (int) py), plain.image().getRGB((int) px, (int) py)) > 0
                || heat.image().getRGB((int) px + 3, (int) py) != plain.image().getRGB((int) px + 3, (int) py), "the surface is drawn at its peak");
    }

    private static int pixelAt(MapImageRenderer.RenderResult r, AdminAreaIndex.Area a) {
        var p = a.outline().getInteriorPoint().getCoordinate();
        double x = r.viewport().screenX(org.clashmap.geo.WebMercator.worldX(p.x)), y = r.viewport().screenY(org.clashmap.geo.WebMercator.worldY(p.y));
        BufferedImage img = r.image();
        return img.getRGB((int) x, (int) y);
    }

    private static int blend(int top, int base, double alpha) {
        int r = (int) Math.round(((top >> 16) & 0xFF) * alpha + ((base >> 16) & 0xFF) * (1 - alpha));
        int g = (int) Math.round(((top >> 8) & 0xFF) * alpha + ((base >> 8) & 0xFF) * (1 - alpha));
        int b = (int) Math.round((top & 0xFF) * alpha + (base & 0xFF) * (1 - alpha));
        return (r << 16) | (g << 8) | b;
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF), dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF), db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static List<CSVRecord> csv(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            if (r.read() != '\uFEFF') throw new AssertionError("BOM expected");
            try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                return p.getRecords();
            }
        }
    }

    private static final Pattern SUM = Pattern.compile("(?m)^\\s*(inc|dead) \\(Integer(?:64)?\\) = (\\d+)$");

    /** SUM(incidents), SUM(fatalities) of a layer, by GDAL (skipped without ogrinfo, as the other GeoPackage checks). */
    private static long[] ogrSums(Path gpkg, String layer) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Ogr.available(), "ogrinfo not on PATH");
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-q", "-sql", "SELECT SUM(incidents) AS inc, SUM(fatalities) AS dead FROM " + layer,
                gpkg.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        long[] v = new long[2];
        Matcher m = SUM.matcher(out);
        int found = 0;
        while (m.find()) {
            v[m.group(1).equals("inc") ? 0 : 1] = Long.parseLong(m.group(2));
            found++;
        }
        assertEquals(2, found, out);
        return v;
    }
}
