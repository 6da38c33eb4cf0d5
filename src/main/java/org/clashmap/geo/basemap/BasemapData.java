package org.clashmap.geo.basemap;

import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The basemap loaded into memory, immutable and shared by all renderer threads: every layer of
 * every zoom band projected once to normalised Web Mercator world coordinates and indexed in an
 * STRtree, so a tile only touches the pieces under it. Long lines are cut into short pieces for
 * the same reason.
 */
public final class BasemapData {
    /** Line pieces of at most this many points: a deep-zoom tile then skips almost all of a long border. */
    private static final int LINE_PIECE_POINTS = 64;
    private static final String RESOURCE_DIR = "/basemap/";

    /** One drawable piece: world coordinates x0,y0,x1,y1,... per path. */
    public record Shape(int attr, double[][] paths, Envelope envelope) {
    }

    private final Map<String, STRtree[]> layers = new HashMap<>();
    private final List<PlaceLabel> places;
    private final Envelope extent = new Envelope();
    private final String version;

    private BasemapData(List<BasemapFormat.Layer> raw, List<PlaceLabel> places, String version) {
        this.places = List.copyOf(places);
        this.version = version;
        for (BasemapFormat.Layer layer : raw) {
            STRtree[] bands = layers.computeIfAbsent(layer.name(), k -> new STRtree[BasemapBuilder.BAND_MAX_ZOOM.length]);
            STRtree tree = new STRtree();
            for (BasemapFormat.Feature f : layer.features()) {
                if (layer.kind() == BasemapFormat.Kind.POLYGON) {
                    insert(tree, f.attr(), project(f.paths()));
                } else {
                    for (int[] path : f.paths()) {
                        for (int start = 0; start < path.length / 2 - 1; start += LINE_PIECE_POINTS - 1) {
                            int end = Math.min(path.length / 2, start + LINE_PIECE_POINTS);
                            int[] piece = java.util.Arrays.copyOfRange(path, start * 2, end * 2);
                            insert(tree, f.attr(), project(List.of(piece)));
                        }
                    }
                }
            }
            tree.build();
            bands[layer.band()] = tree;
        }
    }

    private void insert(STRtree tree, int attr, double[][] paths) {
        Envelope env = new Envelope();
        for (double[] p : paths) for (int i = 0; i < p.length; i += 2) env.expandToInclude(p[i], p[i + 1]);
        extent.expandToInclude(env);
        tree.insert(env, new Shape(attr, paths, env));
    }

    private static double[][] project(List<int[]> paths) {
        double[][] out = new double[paths.size()][];
        for (int k = 0; k < out.length; k++) {
            int[] p = paths.get(k);
            double[] w = new double[p.length];
            for (int i = 0; i < p.length; i += 2) {
                w[i] = WebMercator.worldX(p[i] / BasemapFormat.SCALE);
                w[i + 1] = WebMercator.worldY(p[i + 1] / BasemapFormat.SCALE);
            }
            out[k] = w;
        }
        return out;
    }

    /** The basemap shipped in the jar, read once per process (null until then). */
    private static BasemapData shipped;

    /**
     * The basemap shipped in the jar, loaded on first use and shared (it is immutable): a render reads it for its map
     * and, on another thread at the same time, for Syria's outline under the control layer; the second caller waits
     * for the first's load rather than reading and indexing it again.
     */
    public static synchronized BasemapData fromClasspath() throws IOException {
        if (shipped == null) shipped = of(resource(BasemapBuilder.VECTOR_FILE), resource(BasemapBuilder.PLACES_FILE));
        return shipped;
    }

    /** Loads from the bytes of {@code basemap.bin.gz} and {@code places.tsv}. */
    public static BasemapData of(byte[] vectors, byte[] placesTsv) throws IOException {
        List<BasemapFormat.Layer> raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(vectors), 1 << 16)) {
            raw = BasemapFormat.read(in);
        }
        List<PlaceLabel> places = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(placesTsv), StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) places.add(PlaceLabel.parse(line));
        }
        return new BasemapData(raw, places, digest(vectors, placesTsv));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BasemapData.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) throw new IOException("basemap resource missing: " + RESOURCE_DIR + name);
            return in.readAllBytes();
        }
    }

    private static String digest(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pieces of a layer in a zoom band whose envelope meets a world-coordinate box. */
    @SuppressWarnings("unchecked")
    public List<Shape> query(String layer, int band, Envelope world) {
        STRtree[] bands = layers.get(layer);
        if (bands == null || bands[band] == null) return List.of();
        return bands[band].query(world);
    }

    /**
     * The box (degrees: lon 30–47, lat 30–41) the basemap draws whole: Syria's neighbours in full (Natural Earth's
     * Turkey, Iraq, Jordan, Lebanon, Israel, Palestine, Cyprus) and the eastern Mediterranean. Around it lie Egypt,
     * Saudi Arabia, Iran and the Black Sea, which the shared data does not have: the map shows no-data sand there.
     */
    public static final Envelope DRAWN_DEGREES = new Envelope(30, 47, 30, 41);

    /** {@link #DRAWN_DEGREES} in normalised world coordinates. */
    public static Envelope drawnWorld() {
        return new Envelope(org.clashmap.geo.WebMercator.worldX(DRAWN_DEGREES.getMinX()), org.clashmap.geo.WebMercator.worldX(DRAWN_DEGREES.getMaxX()),
                org.clashmap.geo.WebMercator.worldY(DRAWN_DEGREES.getMaxY()), org.clashmap.geo.WebMercator.worldY(DRAWN_DEGREES.getMinY()));
    }

    /** Envelope of all vector data in world coordinates. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    public List<PlaceLabel> places() {
        return places;
    }

    /** Content hash of the data files: part of every tile cache key. */
    public String version() {
        return version;
    }
}
