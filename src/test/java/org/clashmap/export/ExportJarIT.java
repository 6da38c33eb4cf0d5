package org.clashmap.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** {@code java -jar clashmap.jar export ...}: the shaded jar carries everything the writers need. */
class ExportJarIT {
    static final Path JAR = Path.of(System.getProperty("clashmap.jar", "target/clashmap.jar"));

    @TempDir
    Path tmp;

    @Test
    void everyFormatFromTheJar() throws Exception {
        ExportFixture fx = ExportFixture.build(tmp);
        fx.db.close();
        for (ExportFormat f : ExportFormat.values()) {
            Path out = tmp.resolve("jar" + f.extension);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-jar", JAR.toString(),
                    "export", "--db", fx.dbFile.toString(), "--format", f.name().toLowerCase(), "--out", out.toString()));
            Path stdout = tmp.resolve(f + ".out"), stderr = tmp.resolve(f + ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            assertEquals("", err, "nothing on stderr (no library log noise)");
            assertTrue(Files.readString(stdout).contains("Wrote " + ExportFixture.DEFAULT_FEATURES + " features"));
            // The GeoPackage always carries the control tables beside the events (empty: the fixture has no claims), and the
            // events counted per area (every area a row).
            if (f == ExportFormat.GPKG && Ogr.available()) {
                assertEquals(Map.of("events", ExportFixture.DEFAULT_FEATURES, "control_points", 0, "front_lines", 0, "control_zones", 0,
                        "areas_governorate", 14, "areas_district", 61, "areas_subdistrict", AREA_CELLS), Ogr.layers(out));
            }
        }
    }

    /** Sub-districts with a cell: Open-Syria's whose district is one of OCHA's 61, less those sharing another's centroid. */
    private static final int AREA_CELLS = (int) org.clashmap.geo.basemap.AdminAreaIndex.shared().areas(3).stream()
            .filter(a -> org.clashmap.geo.basemap.AdminAreaIndex.shared().outline(a) != null).count();
}
