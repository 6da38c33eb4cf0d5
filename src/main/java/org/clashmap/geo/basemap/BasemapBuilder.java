package org.clashmap.geo.basemap;

import org.clashmap.geo.GeoJsonGeometries;
import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the offline basemap from the shared source data: {@code basemap.bin.gz} (vector layers
 * per zoom band) and {@code places.tsv} (labels, see {@link PlaceListBuilder}). The output is
 * deterministic, so a test can check that the committed files are what the sources produce.
 */
public final class BasemapBuilder {
    /** Output file names inside the basemap resource directory. */
    public static final String VECTOR_FILE = "basemap.bin.gz";
    public static final String PLACES_FILE = "places.tsv";

    /**
     * Zoom bands and their simplification tolerance in degrees: about half a pixel at the band's
     * deepest zoom ({@link WebMercator#degreesPerPixel}), so simplification is invisible.
     */
    static final int[] BAND_MAX_ZOOM = {5, 7, 10, 14};
    static final double[] BAND_TOLERANCE = {0.02, 0.005, 0.0007, 0.0001};
    /** Fill polygons are cut into pieces of at most this many vertices (per band) so a deep-zoom tile touches little. */
    static final int[] BAND_MAX_PIECE_VERTICES = {Integer.MAX_VALUE, 2000, 400, 200};

    /** River attribute: 2 = Euphrates, 1 = other major river, 0 = minor. */
    public static final int RIVER_EUPHRATES = 2, RIVER_MAJOR = 1, RIVER_MINOR = 0;

    private final Path from;
    /** The committed water supplement ({@link WaterSupplement}), or null to build from the shared data alone. */
    private final Path water;

    public BasemapBuilder(Path sharedData) {
        this(sharedData, null);
    }

    public BasemapBuilder(Path sharedData, Path waterSupplement) {
        this.from = sharedData;
        this.water = waterSupplement;
    }

    public static int bandForZoom(int zoom) {
        for (int b = 0; b < BAND_MAX_ZOOM.length; b++) if (zoom <= BAND_MAX_ZOOM[b]) return b;
        return BAND_MAX_ZOOM.length - 1;
    }

    /** Builds both files into {@code outDir}; returns the vector layers for reporting. */
    public List<BasemapFormat.Layer> build(Path outDir) throws IOException {
        Path bm = from.resolve("basemap");
        List<GeoJsonGeometries.Feature> countries = GeoJsonGeometries.read(bm.resolve("neighbours_countries_10m.geojson"));
        List<GeoJsonGeometries.Feature> govs = GeoJsonGeometries.read(bm.resolve("ocha2020v02_syr_admin1_governorates.geojson"));
        List<GeoJsonGeometries.Feature> districts = GeoJsonGeometries.read(bm.resolve("ocha2015_syr_admin2_districts.geojson"));
        List<GeoJsonGeometries.Feature> rivers = GeoJsonGeometries.read(bm.resolve("ne10m_rivers_syria_region.geojson"));
        List<GeoJsonGeometries.Feature> lakes = new ArrayList<>(GeoJsonGeometries.read(bm.resolve("ne10m_lakes_syria_region_unnamed.geojson")));
        List<GeoJsonGeometries.Feature> supplementRivers = List.of();
        if (water != null) {
            // The Orontes, the Khabur, Qattinah's shore ...: minor rivers (scalerank 10+), drawn from the second band on.
            WaterSupplement.Water w = WaterSupplement.read(water);
            supplementRivers = w.rivers();
            lakes.addAll(w.lakes());
        }
        // Rivers' names along their lines: Natural Earth's names, and the supplement's rivers named by the table beside it.
        Path namesFile = water == null ? null : water.resolveSibling(RiverLabels.NAMES_FILE);
        List<RiverLabels.Name> riverNames = namesFile != null && Files.exists(namesFile) ? RiverLabels.readNames(namesFile) : List.of();
        List<PlaceLabel> riverLabels = RiverLabels.anchors(rivers, supplementRivers, riverNames,
                RiverLabels.towns(from.resolve("gazetteer/syr_communities_ocha2015.tsv")));
        if (!supplementRivers.isEmpty()) {
            rivers = new ArrayList<>(rivers);
            rivers.addAll(supplementRivers);
        }

        List<Geometry> land = new ArrayList<>();
        SharedLines countryLines = new SharedLines();
        int syriaId = -1;
        for (int i = 0; i < countries.size(); i++) {
            Geometry g = GeometryFixer.fix(countries.get(i).geometry());
            land.add(g);
            countryLines.add(i, g);
            if ("Syria".equals(countries.get(i).text("name_en"))) syriaId = i;
        }
        final int syria = syriaId;
        Geometry landUnion = UnaryUnionOp.union(land);

        List<Geometry> govGeoms = new ArrayList<>();
        SharedLines govLines = new SharedLines();
        for (int i = 0; i < govs.size(); i++) {
            Geometry g = GeometryFixer.fix(govs.get(i).geometry());
            govGeoms.add(g);
            govLines.add(i, g);
        }
        Geometry syriaOcha = dropSmallHoles(UnaryUnionOp.union(govGeoms));

        SharedLines districtLines = new SharedLines();
        for (int i = 0; i < districts.size(); i++) districtLines.add(i, GeometryFixer.fix(districts.get(i).geometry()));

        List<Geometry> seaParts = List.of(sea(landUnion));
        // Inner borders have two owners; Syria's own border comes from OCHA, so NE lines touching Syria are skipped.
        List<LineString> borders = countryLines.lines(o -> o.size() >= 2 && !o.contains(syria));
        List<LineString> coasts = countryLines.lines(o -> o.size() == 1 && !o.contains(syria));
        List<LineString> syriaBorder = new ArrayList<>();
        for (int i = 0; i < syriaOcha.getNumGeometries(); i++) {
            Polygon p = (Polygon) syriaOcha.getGeometryN(i);
            syriaBorder.add(p.getExteriorRing());
        }
        List<LineString> govInner = govLines.lines(o -> o.size() >= 2);
        List<LineString> districtInner = districtLines.lines(o -> o.size() >= 2);

        List<BasemapFormat.Layer> layers = new ArrayList<>();
        for (int band = 0; band < BAND_MAX_ZOOM.length; band++) {
            double tol = BAND_TOLERANCE[band];
            layers.add(polygons("sea", band, seaParts, tol));
            layers.add(polygons("land", band, land, tol));
            layers.add(polygons("syria", band, List.of(syriaOcha), tol));
            layers.add(polygons("lakes", band, geoms(lakes), tol));
            layers.add(lines("coast", band, coasts, tol, l -> RIVER_MINOR));
            layers.add(lines("borders", band, borders, tol, l -> RIVER_MINOR));
            if (band >= 2) layers.add(lines("districts", band, districtInner, tol, l -> RIVER_MINOR));
            layers.add(lines("governorates", band, govInner, tol, l -> RIVER_MINOR));
            layers.add(lines("syria_border", band, syriaBorder, tol, l -> RIVER_MINOR));
            layers.add(riverLayer(band, rivers, tol));
        }

        Files.createDirectories(outDir);
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(outDir.resolve(VECTOR_FILE)))) {
            BasemapFormat.write(layers, os);
        }
        new PlaceListBuilder(from, govs).write(outDir.resolve(PLACES_FILE), riverLabels);
        return layers;
    }

    /** The sea: the part of a box around the eastern Mediterranean not covered by land and open to the west. */
    private static Geometry sea(Geometry landUnion) {
        // South edge 31.6 N keeps the (absent) Egyptian coast out of the sea, north edge 40 N stops
        // short of the Marmara and Black Seas; the renderer fades the west and south edges. Lands beyond the data
        // are drawn in the neutral "no data" colour rather than guessed.
        Envelope box = new Envelope(MapStyle.SEA_BOX_WEST, 37.5, MapStyle.SEA_BOX_SOUTH, 40.0);
        Geometry water = GeoJsonGeometries.GF.toGeometry(box).difference(landUnion);
        List<Geometry> open = new ArrayList<>();
        for (int i = 0; i < water.getNumGeometries(); i++) {
            Geometry part = water.getGeometryN(i);
            if (part.getEnvelopeInternal().getMinX() <= box.getMinX()) open.add(part);
        }
        return UnaryUnionOp.union(open);
    }

    /** OCHA governorates leave hairline gaps between neighbours; their union would show them as holes. */
    private static Geometry dropSmallHoles(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.getArea() < 1e-4) continue; // stray sliver fragments
            out.add(GeoJsonGeometries.GF.createPolygon(p.getExteriorRing().getCoordinates()));
        }
        return GeoJsonGeometries.GF.createMultiPolygon(out.toArray(new Polygon[0]));
    }

    private static List<Geometry> geoms(List<GeoJsonGeometries.Feature> fs) {
        List<Geometry> out = new ArrayList<>();
        for (GeoJsonGeometries.Feature f : fs) out.add(GeometryFixer.fix(f.geometry()));
        return out;
    }

    private static BasemapFormat.Layer polygons(String name, int band, List<Geometry> geoms, double tol) {
        List<BasemapFormat.Feature> features = new ArrayList<>();
        for (Geometry g : geoms) {
            Geometry s = GeometryFixer.fix(TopologyPreservingSimplifier.simplify(g, tol));
            List<Polygon> pieces = new ArrayList<>();
            split(s, BAND_MAX_PIECE_VERTICES[band], pieces, 0);
            for (Polygon p : pieces) {
                List<int[]> paths = new ArrayList<>();
                paths.add(path(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) paths.add(path(p.getInteriorRingN(h).getCoordinates()));
                if (p.getArea() < tol * tol) continue; // sub-pixel crumbs
                features.add(new BasemapFormat.Feature(0, paths));
            }
        }
        return new BasemapFormat.Layer(name, band, BasemapFormat.Kind.POLYGON, features);
    }

    /** Recursively halves a polygonal geometry's envelope until every piece is small. */
    private static void split(Geometry g, int maxVertices, List<Polygon> out, int depth) {
        if (g.isEmpty()) return;
        if (g.getNumPoints() <= maxVertices || depth > 16) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Polygon p && !p.isEmpty()) out.add(p);
                else if (part.getNumGeometries() > 1 || !(part instanceof Polygon)) collectPolygons(part, out);
            }
            return;
        }
        if (g.getNumGeometries() > 1) {
            for (int i = 0; i < g.getNumGeometries(); i++) split(g.getGeometryN(i), maxVertices, out, depth);
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        Envelope a, b;
        if (e.getWidth() >= e.getHeight()) {
            double mid = e.getMinX() + e.getWidth() / 2;
            a = new Envelope(e.getMinX(), mid, e.getMinY(), e.getMaxY());
            b = new Envelope(mid, e.getMaxX(), e.getMinY(), e.getMaxY());
        } else {
            double mid = e.getMinY() + e.getHeight() / 2;
            a = new Envelope(e.getMinX(), e.getMaxX(), e.getMinY(), mid);
            b = new Envelope(e.getMinX(), e.getMaxX(), mid, e.getMaxY());
        }
        split(g.intersection(GeoJsonGeometries.GF.toGeometry(a)), maxVertices, out, depth + 1);
        split(g.intersection(GeoJsonGeometries.GF.toGeometry(b)), maxVertices, out, depth + 1);
    }

    private static void collectPolygons(Geometry g, List<Polygon> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                if (!p.isEmpty()) out.add(p);
            } else if (part.getNumGeometries() > 1) {
                collectPolygons(part, out);
            }
        }
    }

    private static BasemapFormat.Layer lines(String name, int band, List<LineString> lines, double tol,
                                             java.util.function.ToIntFunction<LineString> attr) {
        List<BasemapFormat.Feature> features = new ArrayList<>();
        for (LineString l : lines) {
            Geometry s = DouglasPeuckerSimplifier.simplify(l, tol);
            if (s.isEmpty() || s.getLength() < tol) continue;
            features.add(new BasemapFormat.Feature(attr.applyAsInt(l), List.of(path(s.getCoordinates()))));
        }
        return new BasemapFormat.Layer(name, band, BasemapFormat.Kind.LINE, features);
    }

    private static BasemapFormat.Layer riverLayer(int band, List<GeoJsonGeometries.Feature> rivers, double tol) {
        List<BasemapFormat.Feature> features = new ArrayList<>();
        for (GeoJsonGeometries.Feature f : rivers) {
            int attr = riverClass(f);
            if (band == 0 && attr == RIVER_MINOR) continue;
            Geometry g = f.geometry();
            List<int[]> paths = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry s = DouglasPeuckerSimplifier.simplify(g.getGeometryN(i), tol);
                if (!s.isEmpty() && s.getNumPoints() >= 2) paths.add(path(s.getCoordinates()));
            }
            if (!paths.isEmpty()) features.add(new BasemapFormat.Feature(attr, paths));
        }
        return new BasemapFormat.Layer("rivers", band, BasemapFormat.Kind.LINE, features);
    }

    static int riverClass(GeoJsonGeometries.Feature f) {
        String name = String.valueOf(f.text("name"));
        if (Set.of("Euphrates", "Firat", "Al Furat").contains(name)) return RIVER_EUPHRATES;
        JsonRank rank = new JsonRank(f);
        return rank.scalerank() <= 4 ? RIVER_MAJOR : RIVER_MINOR;
    }

    private record JsonRank(GeoJsonGeometries.Feature f) {
        int scalerank() {
            var n = f.properties().get("scalerank");
            return n == null ? 10 : n.asInt();
        }
    }

    private static int[] path(Coordinate[] cs) {
        int[] out = new int[cs.length * 2];
        int n = 0;
        for (Coordinate c : cs) {
            int x = BasemapFormat.quantise(c.x), y = BasemapFormat.quantise(c.y);
            if (n >= 2 && out[n - 2] == x && out[n - 1] == y) continue; // drop repeats after quantising
            out[n++] = x;
            out[n++] = y;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
