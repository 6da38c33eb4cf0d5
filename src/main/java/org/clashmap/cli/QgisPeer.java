package org.clashmap.cli;

import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.MapImageRequest;
import org.clashmap.geo.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench render}'s peer: QGIS drawing the same events headless through PyQGIS, with the script the jar
 * carries ({@code bench/qgis_render.py}). Before the timing the events are copied once by {@code ogr2ogr} from the
 * ClashMap database into a GeoPackage point layer (one row per event and place, the export benchmark's query), the
 * file an analyst would give QGIS; each timed run is then a whole {@code python3} process drawing that layer to a
 * PNG of the render's size and ground ({@link MapImageRenderer#imageExtent}).
 */
final class QgisPeer {
    static final String SCRIPT = "bench/qgis_render.py";
    /** Where PyQGIS may live: the PATH's python3 (a pyenv or venv one has no QGIS), then Debian's. */
    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");

    private final String python, version;
    private final Path script, gpkg, outDir;
    private final int width, height;
    private final MapImageRequest.BBox extent;

    private QgisPeer(String python, String version, Path script, Path gpkg, Path outDir, int width, int height, MapImageRequest.BBox extent) {
        this.python = python;
        this.version = version;
        this.script = script;
        this.gpkg = gpkg;
        this.outDir = outDir;
        this.width = width;
        this.height = height;
        this.extent = extent;
    }

    /** A python3 that imports PyQGIS, or null. */
    private static String python() {
        for (String p : PYTHONS) if (WholeProcess.available(p, "-c", "import qgis.core")) return p;
        return null;
    }

    /** Why there is no peer: "not installed (...)" in words for a table cell. */
    static String missing() {
        if (python() == null) return "not installed here (Debian: apt-get install python3-qgis)";
        return "ogr2ogr, which makes its GeoPackage, not installed here (Debian: apt-get install gdal-bin)";
    }

    /**
     * The peer ready to time on {@code db}'s events at {@code width}×{@code height}: the script and the GeoPackage
     * written into {@code dir}; null when PyQGIS or ogr2ogr is missing.
     */
    static QgisPeer prepare(Path db, Path dir, int width, int height) throws IOException {
        String python = python();
        if (python == null || !WholeProcess.available("ogr2ogr", "--version")) return null;
        Path script = dir.resolve("qgis_render.py");
        try (InputStream in = QgisPeer.class.getResourceAsStream("/" + SCRIPT)) {
            if (in == null) throw new UserError(SCRIPT + " is not on the classpath");
            Files.write(script, in.readAllBytes());
        }
        Path sql = dir.resolve("qgis-layer.sql"), gpkg = dir.resolve("qgis-events.gpkg");
        Files.writeString(sql, BenchExportCommand.PEER_SQL);
        long t0 = System.nanoTime();
        WholeProcess.Run made = WholeProcess.run(BenchExportCommand.peerCommand(BenchExportCommand.Target.GPKG, db, sql, gpkg), dir.resolve("ogr2ogr.txt"));
        if (made.exit() != 0) throw new UserError("ogr2ogr could not make the peer's GeoPackage from " + db + ": " + Files.readString(dir.resolve("ogr2ogr.txt")).strip());
        System.out.printf(Locale.ROOT, "made the peer's GeoPackage with ogr2ogr (%.1f s, not timed)%n", (System.nanoTime() - t0) / 1e9);
        MapImageRequest.BBox extent = MapImageRenderer.fromClasspath().imageExtent(MapImageRequest.syria(width, height, Language.AR));
        return new QgisPeer(python, qgisVersion(python), script, gpkg, dir, width, height, extent);
    }

    /** "3.22.16" from PyQGIS itself. */
    private static String qgisVersion(String python) throws IOException {
        Process p = new ProcessBuilder(python, "-c", "from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split('-')[0])")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String v = new String(p.getInputStream().readAllBytes()).strip();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return v.isEmpty() ? "?" : v;
    }

    String version() {
        return version;
    }

    /** The process drawing the layer in {@code style} (clustered or points). */
    List<String> command(String style) throws IOException {
        Path out = outDir.resolve("qgis-" + style + ".png");
        Files.deleteIfExists(out);
        return new ArrayList<>(List.of(python, script.toString(), gpkg.toString(), out.toString(), Integer.toString(width), Integer.toString(height),
                String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", extent.west(), extent.south(), extent.east(), extent.north()), style));
    }

    /** What the peer is, for the printed heading and the docs. */
    String describe() {
        return "PyQGIS (QGIS " + version + ", `" + SCRIPT + "`, QT_QPA_PLATFORM=offscreen) drawing the same events from a GeoPackage"
                + " made by `ogr2ogr` before the timing, the same style (categorized simple markers by event type; clustered: QGIS's point"
                + " cluster renderer at ClashMap's cell) to a PNG of the same size and ground, no basemap or frame";
    }
}
