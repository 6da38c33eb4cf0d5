package org.clashmap.geo.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clashmap.geo.GeoJsonGeometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Derives {@value #FILE} from the shared open data: OCHA's 2015 governorates (admin1) and districts
 * (admin2) as polygons simplified to {@value #TOLERANCE_DEG}° (about 100 m) with coordinates to
 * 5 decimals, and Open-Syria's sub-districts (admin3), which come with a centroid but no outline.
 * One line per area: {@code level, pcode, parent pcode, English name, Arabic name, WKT}. Read by
 * {@link AdminAreaIndex}.
 */
public final class AdminAreasBuilder {
    public static final String FILE = "admin_areas.tsv.gz";
    /**
     * Each sub-district's cell ({@link AdminAreaIndex#outline}), made here once from {@value #FILE} rather than at every
     * export or choropleth: {@code pcode, WKT} with coordinates to 8 decimals (about a millimetre: the cells of a district still add up to it).
     */
    public static final String CELLS_FILE = "subdistrict_cells.tsv.gz";
    static final double TOLERANCE_DEG = 0.001;

    private final Path from;

    public AdminAreasBuilder(Path sharedData) {
        this.from = sharedData;
    }

    /** Writes the file into {@code outDir}; returns the number of areas per level (1, 2, 3). */
    public int[] build(Path outDir) throws IOException {
        Path bm = from.resolve("basemap");
        List<String> lines = new ArrayList<>();
        int[] counts = new int[3];
        WKTWriter wkt = new WKTWriter();
        GeometryPrecisionReducer reducer = new GeometryPrecisionReducer(new PrecisionModel(1e5));
        for (int level = 1; level <= 2; level++) {
            String file = level == 1 ? "ocha2015_syr_admin1_governorates.geojson" : "ocha2015_syr_admin2_districts.geojson";
            for (GeoJsonGeometries.Feature f : GeoJsonGeometries.read(bm.resolve(file))) {
                Geometry g = GeometryFixer.fix(f.geometry());
                g = reducer.reduce(TopologyPreservingSimplifier.simplify(g, TOLERANCE_DEG));
                String parent = level == 1 ? "" : f.text("ADMIN1_COD");
                lines.add(String.join("\t", Integer.toString(level), f.text("PCODE"), parent, clean(f.text("NAME_EN")),
                        clean(f.text("NAME_ARA")), wkt.write(g)));
                counts[level - 1]++;
            }
        }
        JsonNode subs = new ObjectMapper().readTree(from.resolve("gazetteer/opensyria_subdistricts.json").toFile());
        for (JsonNode s : subs) {
            String pcode = s.path("externalIds").path("ochaPcode").asText("");
            JsonNode c = s.path("centroid");
            if (pcode.length() != 8 || !c.has("latitude")) continue;
            lines.add(String.join("\t", "3", pcode, pcode.substring(0, 6), clean(s.path("name").path("en").asText("")),
                    clean(s.path("name").path("ar").asText("")),
                    String.format(Locale.ROOT, "POINT (%.5f %.5f)", c.get("longitude").asDouble(), c.get("latitude").asDouble())));
            counts[2]++;
        }
        Files.createDirectories(outDir);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(outDir.resolve(FILE)));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("# OCHA Syria COD 2015 admin1/admin2 (CC BY-IGO 3.0), simplified; Open-Syria sub-district centroids (CC BY 4.0)."
                    + " Derived by clashmap basemap build.\n");
            for (String l : lines) w.write(l + "\n");
        }
        writeCells(outDir);
        return counts;
    }

    /** Writes {@value #CELLS_FILE} from the {@value #FILE} in {@code outDir}, by {@link AdminAreaIndex#computedCell}. */
    static void writeCells(Path outDir) throws IOException {
        AdminAreaIndex index;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(outDir.resolve(FILE)))) {
            index = new AdminAreaIndex(in);
        }
        WKTWriter wkt = new WKTWriter();
        GeometryPrecisionReducer reducer = new GeometryPrecisionReducer(new PrecisionModel(1e8));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(outDir.resolve(CELLS_FILE)));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Sub-district cells: each the part of its OCHA 2015 district nearer its Open-Syria centroid than any other of the"
                    + " district's (AdminAreaIndex.cellsOf). Derived by clashmap basemap build from " + FILE + ".\n");
            for (AdminAreaIndex.Area a : index.areas(3)) {
                Geometry cell = index.computedCell(a);
                if (cell != null) w.write(a.pcode() + "\t" + wkt.write(reducer.reduce(cell)) + "\n");
            }
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
