package org.clashmap.geo.basemap;

import org.clashmap.geo.LocalKm;
import org.clashmap.geo.WebMercator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Syria's outline in {@link LocalKm} coordinates, taken from the coarsest band of the basemap's
 * {@code syria} layer (the same outline the map draws), so front lines stop at the border the
 * analyst sees. Loaded once.
 */
public final class SyriaOutline {
    private static volatile SyriaOutline instance;
    private static volatile SyriaOutline detailed;

    private final Geometry km;
    private final PreparedGeometry prepared;

    private SyriaOutline(Geometry km) {
        this.km = km;
        this.prepared = PreparedGeometryFactory.prepare(km);
    }

    public static SyriaOutline load() {
        SyriaOutline s = instance;
        if (s == null) {
            synchronized (SyriaOutline.class) {
                if (instance == null) {
                    try {
                        instance = of(BasemapData.fromClasspath());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                s = instance;
            }
        }
        return s;
    }

    /**
     * The outline at the basemap's finest band, for telling whether a point lies in Syria near its
     * border (the coarse outline the map draws at country scale is off by up to a few km).
     */
    public static SyriaOutline detailed() {
        SyriaOutline s = detailed;
        if (s == null) {
            synchronized (SyriaOutline.class) {
                if (detailed == null) {
                    try {
                        detailed = of(BasemapData.fromClasspath(), BasemapBuilder.BAND_MAX_ZOOM.length - 1);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                s = detailed;
            }
        }
        return s;
    }

    /** The outline of a loaded basemap's coarsest band (as the map draws it at country scale). */
    public static SyriaOutline of(BasemapData data) {
        return of(data, 0);
    }

    /** The outline of a loaded basemap at a band; each path of the layer is one ring, unioned so holes or pieces work out. */
    static SyriaOutline of(BasemapData data, int band) {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> rings = new ArrayList<>();
        for (BasemapData.Shape s : data.query("syria", band, new Envelope(0, 1, 0, 1))) {
            for (double[] p : s.paths()) {
                if (p.length < 8) continue;
                Coordinate[] cs = new Coordinate[p.length / 2 + 1];
                for (int i = 0; i < p.length / 2; i++) {
                    cs[i] = new Coordinate(LocalKm.x(WebMercator.lon(p[2 * i])), LocalKm.y(WebMercator.lat(p[2 * i + 1])));
                }
                cs[cs.length - 1] = new Coordinate(cs[0]);
                Polygon poly = gf.createPolygon(cs);
                rings.add(poly.isValid() ? poly : poly.buffer(0));
            }
        }
        if (rings.isEmpty()) throw new IllegalStateException("the basemap has no Syria outline");
        return new SyriaOutline(UnaryUnionOp.union(rings));
    }

    /** For tests: any polygon in km. */
    static SyriaOutline ofKm(Geometry km) {
        return new SyriaOutline(km);
    }

    public Geometry km() {
        return km;
    }

    /** Whether a WGS84 point lies inside the outline (on the border counts as inside). */
    public boolean contains(double lat, double lon) {
        double x = LocalKm.x(lon), y = LocalKm.y(lat);
        if (!km.getEnvelopeInternal().contains(x, y)) return false;
        return prepared.covers(km.getFactory().createPoint(new Coordinate(x, y)));
    }

    public PreparedGeometry prepared() {
        return prepared;
    }
}
