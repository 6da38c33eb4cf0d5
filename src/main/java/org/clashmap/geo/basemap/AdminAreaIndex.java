package org.clashmap.geo.basemap;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Which governorate (admin1), district (admin2) and sub-district (admin3) a point lies in, by
 * point-in-polygon on OCHA's district outlines ({@link AdminAreasBuilder}). Sub-districts have no
 * outline in the open data, so admin3 is the sub-district of the same district whose centroid is
 * nearest - an approximation near sub-district borders. A point in a gap between OCHA's outlines
 * takes the nearest district within {@link #MAX_GAP_DEG}; one farther outside (Lebanon, Turkey, the
 * sea) has no area. Immutable, thread-safe; {@link #shared()} loads it once per JVM.
 */
public final class AdminAreaIndex {
    /** One administrative area: level 1..3, OCHA pcode, parent pcode, names, outline (null for admin3). */
    public record Area(int level, String pcode, String parent, String nameEn, String nameAr, Geometry outline, double lon, double lat) {
        public String name(boolean arabic) {
            return arabic && !nameAr.isEmpty() ? nameAr : nameEn;
        }
    }

    /** The areas of a point; any may be null. */
    public record Areas(Area admin1, Area admin2, Area admin3) {
        public static final Areas NONE = new Areas(null, null, null);
    }

    /**
     * OCHA's 2015 district outlines leave gaps of up to ~3 km between neighbours (47 of the gazetteer's
     * 5,261 OCHA villages fall in one, e.g. Haji Wali near al-Bab): a point in no district takes the
     * nearest within this distance (about 5 km; Beirut, 25 km from the border, stays outside).
     */
    static final double MAX_GAP_DEG = 0.05;

    private final Map<String, Area> byPcode = new HashMap<>();
    private final Map<String, List<Area>> subdistricts = new HashMap<>();
    private final STRtree districts = new STRtree();
    private final Map<String, IndexedPointInAreaLocator> locators = new HashMap<>();
    /**
     * The answers of {@link #at}, made once per sub-district (and per district of none): a lookup of 100k distinct
     * points then keeps no object per point, which the collector would copy at every young collection (decision 049).
     */
    private final Map<String, Areas[]> subdistrictAreas = new HashMap<>();
    private final Map<String, Areas> districtAreas = new HashMap<>();

    private static AdminAreaIndex shared;

    public static synchronized AdminAreaIndex shared() {
        if (shared == null) {
            try (InputStream in = AdminAreaIndex.class.getResourceAsStream("/basemap/" + AdminAreasBuilder.FILE)) {
                if (in == null) throw new IOException("resource /basemap/" + AdminAreasBuilder.FILE + " missing (run clashmap basemap build)");
                shared = new AdminAreaIndex(new GZIPInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Where {@link #shared()} finds the sub-district cells {@code basemap build} made ({@link AdminAreasBuilder#CELLS_FILE}). */
    private static final String CELLS_RESOURCE = "/basemap/" + AdminAreasBuilder.CELLS_FILE;

    AdminAreaIndex(InputStream gz) throws IOException {
        WKTReader reader = new WKTReader();
        BufferedReader r = new BufferedReader(new InputStreamReader(gz, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 6) throw new IOException("admin areas: bad line " + line.substring(0, Math.min(60, line.length())));
            Geometry g;
            try {
                g = reader.read(f[5]);
            } catch (ParseException e) {
                throw new IOException("admin areas: bad geometry of " + f[1] + ": " + e.getMessage(), e);
            }
            int level = Integer.parseInt(f[0]);
            Coordinate c = g.getCentroid().getCoordinate();
            Area a = new Area(level, f[1], f[2], f[3], f[4], level == 3 ? null : g, c.x, c.y);
            byPcode.put(a.pcode(), a);
            if (level == 2) {
                districts.insert(g.getEnvelopeInternal(), a);
                locators.put(a.pcode(), new IndexedPointInAreaLocator(g));
            } else if (level == 3) {
                subdistricts.computeIfAbsent(a.parent(), k -> new ArrayList<>()).add(a);
            }
        }
        districts.build();
        for (Area a : byPcode.values()) {
            if (a.level() != 2) continue;
            List<Area> subs = subdistricts.getOrDefault(a.pcode(), List.of());
            Areas[] each = new Areas[subs.size()];
            for (int i = 0; i < each.length; i++) each[i] = new Areas(byPcode.get(a.parent()), a, subs.get(i));
            subdistrictAreas.put(a.pcode(), each);
            districtAreas.put(a.pcode(), new Areas(byPcode.get(a.parent()), a, null));
        }
    }

    public Areas at(double lat, double lon) {
        Coordinate p = new Coordinate(lon, lat);
        Envelope near = new Envelope(p);
        near.expandBy(MAX_GAP_DEG);
        @SuppressWarnings("unchecked")
        List<Area> candidates = districts.query(near);
        // Containment first: a distance to an outline costs hundreds of times a point-in-polygon test,
        // and nearly every point lies in a district, so distances are only measured for one in none.
        for (Area d : candidates) {
            if (d.outline().getEnvelopeInternal().contains(p) && locators.get(d.pcode()).locate(p) != Location.EXTERIOR) return areas(d, lon, lat);
        }
        Area nearest = null;
        double nearestD = MAX_GAP_DEG;
        org.locationtech.jts.geom.Point point = null;
        for (Area d : candidates) {
            if (point == null) point = d.outline().getFactory().createPoint(p);
            double dist = d.outline().distance(point);
            if (dist <= nearestD) {
                nearestD = dist;
                nearest = d;
            }
        }
        return nearest == null ? Areas.NONE : areas(nearest, lon, lat);
    }

    /**
     * A lookup remembering the areas of each point it was asked about: incidents sit at a few thousand places, so
     * counting 100k of them by area needs a few thousand point-in-polygon tests, not 100k (decision 040). For one
     * count (a choropleth, a GeoPackage's area layers, a chart); not thread-safe.
     */
    public Lookup lookup() {
        return new Lookup();
    }

    /** See {@link #lookup()}. */
    public final class Lookup {
        /**
         * The points asked about and their areas, by open addressing on the coordinates' bits (the same points a
         * record key with its equals would tell apart): arrays rather than an entry, a key and a boxed pair per
         * point, which at 100k distinct points were a third of an export's collections (decision 049).
         */
        private long[] lats = new long[1024], lons = new long[1024];
        private Areas[] found = new Areas[1024];
        private int size;

        private Lookup() {
        }

        /** As {@link AdminAreaIndex#at}. */
        public Areas at(double lat, double lon) {
            long y = Double.doubleToLongBits(lat), x = Double.doubleToLongBits(lon);
            int i = slot(y, x, found.length);
            for (Areas a; (a = found[i]) != null; i = (i + 1) & (found.length - 1)) {
                if (lats[i] == y && lons[i] == x) return a;
            }
            Areas a = AdminAreaIndex.this.at(lat, lon);
            lats[i] = y;
            lons[i] = x;
            found[i] = a;
            if (++size * 2 > found.length) grow();
            return a;
        }

        private static int slot(long y, long x, int capacity) {
            return (int) ((y * 31 + x) * 0x9E3779B97F4A7C15L >>> 40) & (capacity - 1);
        }

        private void grow() {
            long[] ys = lats, xs = lons;
            Areas[] as = found;
            lats = new long[2 * as.length];
            lons = new long[2 * as.length];
            found = new Areas[2 * as.length];
            for (int j = 0; j < as.length; j++) {
                if (as[j] == null) continue;
                int i = slot(ys[j], xs[j], found.length);
                while (found[i] != null) i = (i + 1) & (found.length - 1);
                lats[i] = ys[j];
                lons[i] = xs[j];
                found[i] = as[j];
            }
        }
    }

    private Areas areas(Area district, double lon, double lat) {
        int sub = nearestSubdistrict(district.pcode(), lon, lat);
        return sub < 0 ? districtAreas.get(district.pcode()) : subdistrictAreas.get(district.pcode())[sub];
    }

    /** The index of the sub-district of {@code district} whose centroid is nearest, in its list; -1 when it has none. */
    private int nearestSubdistrict(String district, double lon, double lat) {
        int best = -1;
        double bestD = Double.MAX_VALUE, k = Math.cos(Math.toRadians(lat));
        List<Area> subs = subdistricts.getOrDefault(district, List.of());
        for (int i = 0; i < subs.size(); i++) {
            Area s = subs.get(i);
            double dx = (s.lon() - lon) * k, dy = s.lat() - lat, d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The area of {@code level} (1 governorate, 2 district, 3 sub-district) a point lies in, by {@link #at}; null outside. */
    public Area areaAt(int level, double lat, double lon) {
        Areas a = at(lat, lon);
        return switch (level) {
            case 1 -> a.admin1();
            case 2 -> a.admin2();
            case 3 -> a.admin3();
            default -> throw new IllegalArgumentException("admin level must be 1, 2 or 3, not " + level);
        };
    }

    private final Map<String, Geometry> cells = new HashMap<>();

    /**
     * The shape to draw for an area: a governorate's or district's OCHA outline; for a sub-district,
     * which has no outline in the open data, its cell - the part of its district nearer its centroid
     * than any other sub-district's of that district (a Voronoi cell clipped to the district), which
     * is the region {@link #at} assigns to it. The cell is built in lon·cos(lat) units at the district's
     * centroid, where {@link #at} scales by the point's own latitude: the two differ by metres.
     */
    public synchronized Geometry outline(Area a) {
        if (a.outline() != null) return a.outline();
        if (this == shared && cells.isEmpty()) readCells();
        if (!cells.containsKey(a.parent())) cellsOf(a.parent());
        return cells.get(a.pcode());
    }

    /**
     * The cell {@link #cellsOf} makes for a sub-district, made now whatever was read: what {@code basemap build} writes
     * into {@link AdminAreasBuilder#CELLS_FILE}.
     */
    Geometry computedCell(Area a) {
        AdminAreaIndex fresh = new AdminAreaIndex(this);
        fresh.cellsOf(a.parent());
        return fresh.cells.get(a.pcode());
    }

    /** An index of the same areas with no cells made or read yet. */
    private AdminAreaIndex(AdminAreaIndex of) {
        byPcode.putAll(of.byPcode);
        subdistricts.putAll(of.subdistricts);
    }

    /**
     * Takes the cells from the file {@code basemap build} made with {@link #cellsOf}, when the jar has it: the Voronoi
     * diagrams and their clipping to the districts cost a GeoPackage export about 0.15 s of CPU and the compiling of
     * JTS's overlay code besides, at every run, for the same 272 shapes (issue 24, decision 074). Without the file
     * they are made as before. Each district whose cells were read is marked done, as {@link #cellsOf} marks it.
     */
    private void readCells() {
        try (InputStream in = AdminAreaIndex.class.getResourceAsStream(CELLS_RESOURCE)) {
            if (in == null) return;
            WKTReader reader = new WKTReader();
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            Map<String, Geometry> read = new HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                Area a = tab < 0 ? null : byPcode.get(line.substring(0, tab));
                if (a == null || a.level() != 3) throw new IOException("sub-district cells: bad line " + line.substring(0, Math.min(60, line.length())));
                read.put(a.pcode(), reader.read(line.substring(tab + 1)));
                Area district = byPcode.get(a.parent());
                if (district != null) read.put(district.pcode(), district.outline());
            }
            cells.putAll(read);
        } catch (IOException | ParseException e) {
            // a damaged file costs time, not a shape: the cells are made as without it
        }
    }

    /** Builds (once) the cells of a district's sub-districts into {@link #cells}. */
    private void cellsOf(String district) {
        Area d = byPcode.get(district);
        List<Area> subs = subdistricts.getOrDefault(district, List.of());
        Map<String, Geometry> out = new HashMap<>();
        if (d == null || subs.isEmpty()) return;
        Geometry outline = d.outline();
        if (subs.size() == 1) {
            out.put(subs.get(0).pcode(), outline);
        } else {
            double k = Math.cos(Math.toRadians(d.lat()));
            org.locationtech.jts.geom.GeometryFactory f = outline.getFactory();
            List<Coordinate> sites = new ArrayList<>();
            for (Area s : subs) sites.add(new Coordinate(s.lon() * k, s.lat()));
            org.locationtech.jts.triangulate.VoronoiDiagramBuilder vb = new org.locationtech.jts.triangulate.VoronoiDiagramBuilder();
            vb.setSites(sites);
            Envelope clip = new Envelope(outline.getEnvelopeInternal().getMinX() * k, outline.getEnvelopeInternal().getMaxX() * k,
                    outline.getEnvelopeInternal().getMinY(), outline.getEnvelopeInternal().getMaxY());
            clip.expandBy(1);
            vb.setClipEnvelope(clip);
            Geometry diagram = vb.getDiagram(f);
            for (int i = 0; i < diagram.getNumGeometries(); i++) {
                Coordinate site = (Coordinate) diagram.getGeometryN(i).getUserData();
                Geometry cell = diagram.getGeometryN(i).copy();
                cell.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x = c.x / k);
                cell.geometryChanged();
                for (Area s : subs) {
                    if (site != null && Math.abs(s.lon() * k - site.x) < 1e-9 && Math.abs(s.lat() - site.y) < 1e-9) {
                        out.put(s.pcode(), cell.intersection(outline));
                        break;
                    }
                }
            }
        }
        out.put(district, outline); // marks the district as done
        cells.putAll(out);
    }

    /**
     * Reads (or, without {@link AdminAreasBuilder#CELLS_FILE}, builds) every sub-district's cell ({@link #outline}) now
     * rather than when first asked: a GeoPackage export starts this on a thread of its own while it writes the events,
     * where the Voronoi cells and their clipping were a tenth of its main thread's work at the end (decision 046). The
     * cells are the same whichever thread reads or builds them.
     */
    public void prepareOutlines() {
        for (Area a : areas(3)) outline(a);
    }

    /** Every area of a level, in file order. */
    public List<Area> areas(int level) {
        return byPcode.values().stream().filter(a -> a.level() == level).sorted(java.util.Comparator.comparing(Area::pcode)).toList();
    }

    public Area area(String pcode) {
        return byPcode.get(pcode);
    }
}
