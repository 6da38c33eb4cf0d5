package org.clashmap.geo.basemap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clashmap.geo.GeoJsonGeometries;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The water Natural Earth's 10 m layers leave out of Syria: its "Europe" supplement (rivers and lakes
 * at a finer scale, reaching into Turkey, Syria and Iraq) has the Orontes (al-Asi) through Homs, Rastan,
 * Hama and Jisr al-Shughur, the Khabur, the Afrin, Lake Qattinah's shore and the Sabkhat al-Jabbul
 * that the shared 10 m files lack (issue 19 item 4). Natural Earth is public domain ("Made with
 * Natural Earth"). {@link #derive} clips the supplement to the basemap's box, leaves out intermittent
 * rivers (desert wadis) and removes what the shared layers already draw; the result is committed (basemap/{@value #FILE}), and
 * {@link BasemapBuilder} adds it to the rivers and lakes.
 */
public final class WaterSupplement {
    public static final String FILE = "ne10m_europe_water_syria.geojson";
    /** The box of the shared Natural Earth extracts (SOURCES.md): lon 34.5–43.5, lat 31.5–38.5. */
    static final Envelope BOX = new Envelope(34.5, 43.5, 31.5, 38.5);
    /** Supplement lines within this distance (degrees, about 3 km) of a shared river are that river again. */
    private static final double SAME_RIVER_DEG = 0.03;

    /** Rivers (lines) and lakes (polygons) of the supplement, each with its Natural Earth properties. */
    public record Water(List<GeoJsonGeometries.Feature> rivers, List<GeoJsonGeometries.Feature> lakes) {}

    private WaterSupplement() {}

    /**
     * Writes {@code out} from a Natural Earth GeoJSON tree ({@code naturalEarth}: either the layout of
     * nvkelso/natural-earth-vector, geojson/ne_10m_rivers_europe.geojson, or 10m/physical/ne_10m_rivers_europe.json)
     * and the shared basemap folder whose rivers and lakes are already drawn. Returns the features written.
     */
    public static int derive(Path naturalEarth, Path sharedBasemap, Path out) throws IOException {
        List<GeoJsonGeometries.Feature> rivers = GeoJsonGeometries.read(find(naturalEarth, "rivers_europe"));
        List<GeoJsonGeometries.Feature> lakes = GeoJsonGeometries.read(find(naturalEarth, "lakes_europe"));
        List<Geometry> drawn = new ArrayList<>();
        for (var f : GeoJsonGeometries.read(sharedBasemap.resolve("ne10m_rivers_syria_region.geojson"))) drawn.add(f.geometry());
        Geometry sameRiver = UnaryUnionOp.union(drawn).buffer(SAME_RIVER_DEG);
        List<Geometry> drawnLakes = new ArrayList<>();
        for (var f : GeoJsonGeometries.read(sharedBasemap.resolve("ne10m_lakes_syria_region_unnamed.geojson"))) drawnLakes.add(GeometryFixer.fix(f.geometry()));
        Geometry lakesDrawn = UnaryUnionOp.union(drawnLakes);
        Geometry box = GeoJsonGeometries.GF.toGeometry(BOX);

        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("attribution", "Made with Natural Earth (public domain): ne_10m_rivers_europe, ne_10m_lakes_europe, clipped to lon 34.5-43.5, lat 31.5-38.5 by `clashmap basemap water`");
        ArrayNode features = root.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        int n = 0;
        for (var f : rivers) {
            // Dry wadis ("Intermittent River") would streak the open desert with lines that carry no water
            // and locate nothing; rivers and lake centrelines (the Orontes, the Khabur) stay.
            if ("Intermittent River".equals(f.text("featurecla"))) continue;
            Geometry g = f.geometry().intersection(box).difference(sameRiver);
            if (g.isEmpty() || g.getLength() < 0.02) continue;
            n += add(features, json, writer, g, "river", f);
        }
        for (var f : lakes) {
            Geometry g = GeometryFixer.fix(f.geometry()).intersection(box).difference(lakesDrawn);
            if (g.isEmpty() || g.getArea() < 1e-5) continue;
            n += add(features, json, writer, g, "lake", f);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), FILE, ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try { // a temp file is private to its owner; the derived data is not
            Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults stand
        }
        return n;
    }

    /** Reads the committed supplement: kind "river" features are lines, "lake" features polygons. */
    public static Water read(Path file) throws IOException {
        List<GeoJsonGeometries.Feature> rivers = new ArrayList<>(), lakes = new ArrayList<>();
        for (var f : GeoJsonGeometries.read(file)) ("lake".equals(f.text("kind")) ? lakes : rivers).add(f);
        return new Water(rivers, lakes);
    }

    private static int add(ArrayNode features, ObjectMapper json, GeoJsonWriter writer, Geometry g, String kind, GeoJsonGeometries.Feature source) throws IOException {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode p = f.putObject("properties");
        p.put("kind", kind);
        for (String key : new String[]{"name", "name_alt", "featurecla", "scalerank", "min_zoom"}) {
            var v = source.properties().get(key);
            if (v != null && !v.isNull()) p.set(key, v);
        }
        f.set("geometry", json.readTree(writer.write(kind.equals("river") ? lines(g) : g)));
        return 1;
    }

    /** A clipped river as lines only (an intersection can add stray points). */
    private static Geometry lines(Geometry g) {
        List<LineString> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) if (g.getGeometryN(i) instanceof LineString l && l.getNumPoints() >= 2) out.add(l);
        return GeoJsonGeometries.GF.createMultiLineString(out.toArray(new LineString[0]));
    }

    private static Path find(Path root, String layer) throws IOException {
        for (Path p : List.of(root.resolve("geojson/ne_10m_" + layer + ".geojson"), root.resolve("10m/physical/ne_10m_" + layer + ".json"),
                root.resolve("ne_10m_" + layer + ".geojson"), root.resolve("ne_10m_" + layer + ".json"))) {
            if (Files.isRegularFile(p)) return p;
        }
        throw new IOException(root + ": no ne_10m_" + layer + " GeoJSON (looked in geojson/, 10m/physical/ and the folder itself)");
    }
}
