package org.clashmap.geo.control;

import org.clashmap.geo.LocalKm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds each claimed place at a time t, from control claims (reports, analyst edits, layers)
 * and battles. Built once: claims are grouped per place and sorted by date, so a timeline step is
 * one binary search per place (10,000 places in well under a millisecond each step).
 * <p>Rules, in order: the latest claim on or before t decides; a withdrawal hands the place to the
 * named opponent or leaves it unknown; a report older than {@code fadeDays} no longer counts (edits
 * and layers do not fade); gains by two different actors, or a battle at the place, within
 * {@code contestedDays} before t make the place contested. On the same day an edit wins over a
 * layer and a layer over a report, because the analyst has seen the report.
 */
public final class ControlModel {
    private final ControlOptions options;
    private final List<String> actors;
    private final String[] keys, names;
    final double[] lat, lon, xKm, yKm;
    // per place, claims sorted by day
    private final int[][] day, actor, opponent;
    private final boolean[][] gained, fades;
    // per place, battles sorted by start day
    private final int[][] clashFrom, clashTo, clashActor;
    // per place, the latest end among the battles up to each index (ends are not sorted)
    private final int[][] clashToMax;

    private ControlModel(ControlOptions options, List<String> actors, List<List<PlaceClaim>> perPlace, List<List<ClashPoint>> clashes) {
        this.options = options;
        this.actors = List.copyOf(actors);
        int n = perPlace.size();
        keys = new String[n];
        names = new String[n];
        lat = new double[n];
        lon = new double[n];
        xKm = new double[n];
        yKm = new double[n];
        day = new int[n][];
        actor = new int[n][];
        opponent = new int[n][];
        gained = new boolean[n][];
        fades = new boolean[n][];
        clashFrom = new int[n][];
        clashTo = new int[n][];
        clashActor = new int[n][];
        clashToMax = new int[n][];
        Map<String, Integer> actorIndex = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) actorIndex.put(actors.get(i), i);
        for (int p = 0; p < n; p++) {
            List<PlaceClaim> cs = perPlace.get(p);
            PlaceClaim first = cs.get(0);
            keys[p] = first.placeKey();
            names[p] = first.name();
            lat[p] = first.lat();
            lon[p] = first.lon();
            xKm[p] = LocalKm.x(lon[p]);
            yKm[p] = LocalKm.y(lat[p]);
            int m = cs.size();
            day[p] = new int[m];
            actor[p] = new int[m];
            opponent[p] = new int[m];
            gained[p] = new boolean[m];
            fades[p] = new boolean[m];
            for (int j = 0; j < m; j++) {
                PlaceClaim c = cs.get(j);
                day[p][j] = (int) c.date().toEpochDay();
                actor[p][j] = actorIndex.get(c.actorId());
                opponent[p][j] = c.opponentId() == null ? -1 : actorIndex.get(c.opponentId());
                gained[p][j] = c.gained();
                fades[p][j] = c.fades();
            }
            List<ClashPoint> cl = clashes.get(p);
            clashFrom[p] = new int[cl.size()];
            clashTo[p] = new int[cl.size()];
            clashActor[p] = new int[cl.size() * 2];
            clashToMax[p] = new int[cl.size()];
            for (int j = 0; j < cl.size(); j++) {
                ClashPoint c = cl.get(j);
                clashFrom[p][j] = (int) c.from().toEpochDay();
                clashTo[p][j] = (int) c.to().toEpochDay();
                clashToMax[p][j] = j == 0 ? clashTo[p][j] : Math.max(clashToMax[p][j - 1], clashTo[p][j]);
                clashActor[p][2 * j] = c.actor1() == null ? -1 : actorIndex.getOrDefault(c.actor1(), -1);
                clashActor[p][2 * j + 1] = c.actor2() == null ? -1 : actorIndex.getOrDefault(c.actor2(), -1);
            }
        }
    }

    /** Builds the model; battles are attached to the claimed places they happened at (by key, or within clashRadiusKm). */
    public static ControlModel build(List<PlaceClaim> claims, List<ClashPoint> clashes, ControlOptions options) {
        Map<String, List<PlaceClaim>> byPlace = new LinkedHashMap<>();
        List<String> actors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlaceClaim c : claims) {
            byPlace.computeIfAbsent(c.placeKey(), k -> new ArrayList<>()).add(c);
            if (seen.add(c.actorId())) actors.add(c.actorId());
            if (c.opponentId() != null && seen.add(c.opponentId())) actors.add(c.opponentId());
        }
        for (ClashPoint c : clashes) {
            if (c.actor1() != null && seen.add(c.actor1())) actors.add(c.actor1());
            if (c.actor2() != null && seen.add(c.actor2())) actors.add(c.actor2());
        }
        Comparator<PlaceClaim> order = Comparator.comparing(PlaceClaim::date).thenComparingInt(ControlModel::originRank);
        List<List<PlaceClaim>> perPlace = new ArrayList<>(byPlace.values());
        for (List<PlaceClaim> l : perPlace) l.sort(order);
        List<List<ClashPoint>> attached = attachClashes(perPlace, clashes, options.clashRadiusKm());
        return new ControlModel(options, actors, perPlace, attached);
    }

    /** Later in the sort = wins on the same day. */
    private static int originRank(PlaceClaim c) {
        return switch (c.origin()) {
            case "edit" -> 3;
            case "layer" -> 2;
            default -> 1;
        };
    }

    private static List<List<ClashPoint>> attachClashes(List<List<PlaceClaim>> perPlace, List<ClashPoint> clashes, double radiusKm) {
        int n = perPlace.size();
        List<List<ClashPoint>> out = new ArrayList<>(n);
        Map<String, Integer> byKey = new HashMap<>();
        // grid of cells radiusKm wide: a battle only looks at its own and the 8 neighbouring cells
        double cell = Math.max(radiusKm, 0.5);
        long[] cellOf = new long[n];
        double[] px = new double[n], py = new double[n];
        for (int p = 0; p < n; p++) {
            out.add(new ArrayList<>());
            PlaceClaim c = perPlace.get(p).get(0);
            byKey.put(c.placeKey(), p);
            px[p] = LocalKm.x(c.lon());
            py[p] = LocalKm.y(c.lat());
            cellOf[p] = cellKey(Math.floor(px[p] / cell), Math.floor(py[p] / cell));
        }
        PlaceGrid grid = new PlaceGrid(cellOf);
        for (ClashPoint c : clashes) {
            Integer p = c.placeKey() == null ? null : byKey.get(c.placeKey());
            if (p != null) {
                out.get(p).add(c);
                continue;
            }
            double x = LocalKm.x(c.lon()), y = LocalKm.y(c.lat());
            double gx = Math.floor(x / cell), gy = Math.floor(y / cell);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    int at = grid.find(cellKey(gx + dx, gy + dy));
                    if (at < 0) continue;
                    for (int i = grid.start[at]; i < grid.start[at + 1]; i++) {
                        int q = grid.places[i];
                        if (Math.hypot(px[q] - x, py[q] - y) <= radiusKm) out.get(q).add(c);
                    }
                }
            }
        }
        for (List<ClashPoint> l : out) l.sort(Comparator.comparing(ClashPoint::from));
        return out;
    }

    private static long cellKey(double gx, double gy) {
        return ((long) gx << 32) ^ ((long) gy & 0xffffffffL);
    }

    /**
     * The places of each grid cell, in place order, as sorted arrays: a lookup per battle and neighbouring cell boxes
     * no key and makes no iterator (a million events' battles made 280 MB of them through a map of lists).
     */
    private static final class PlaceGrid {
        /** Distinct cell keys, ascending; the places of cell keys[k] are places[start[k] .. start[k + 1]). */
        final long[] keys;
        final int[] start, places;

        PlaceGrid(long[] cellOf) {
            int n = cellOf.length;
            Integer[] order = new Integer[n];
            for (int p = 0; p < n; p++) order[p] = p;
            Arrays.sort(order, Comparator.comparingLong((Integer p) -> cellOf[p]).thenComparingInt(p -> p));
            long[] k = new long[n];
            int[] s = new int[n + 1];
            places = new int[n];
            int cells = 0;
            for (int i = 0; i < n; i++) {
                places[i] = order[i];
                long key = cellOf[order[i]];
                if (cells == 0 || k[cells - 1] != key) {
                    k[cells] = key;
                    s[cells++] = i;
                }
            }
            s[cells] = n;
            keys = Arrays.copyOf(k, cells);
            start = Arrays.copyOf(s, cells + 1);
        }

        /** The index of {@code key} in {@link #keys}, or -1. */
        int find(long key) {
            int at = Arrays.binarySearch(keys, key);
            return at < 0 ? -1 : at;
        }
    }

    public ControlOptions options() {
        return options;
    }

    /** Actor ids; the state's controller indexes point here. */
    public List<String> actors() {
        return actors;
    }

    public int places() {
        return keys.length;
    }

    public String placeKey(int p) {
        return keys[p];
    }

    public String placeName(int p) {
        return names[p];
    }

    public double lat(int p) {
        return lat[p];
    }

    public double lon(int p) {
        return lon[p];
    }

    /** Index of a place by key, or -1. */
    public int indexOf(String key) {
        for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    public ControlState stateAt(LocalDate t) {
        int n = keys.length;
        int today = (int) t.toEpochDay();
        byte[] status = new byte[n];
        int[] controller = new int[n], contender = new int[n], support = new int[n];
        Arrays.fill(controller, -1);
        Arrays.fill(contender, -1);
        for (int p = 0; p < n; p++) resolve(p, today, status, controller, contender, support);
        return new ControlState(today, status, controller, contender, support);
    }

    private void resolve(int p, int today, byte[] status, int[] controller, int[] contender, int[] support) {
        int[] d = day[p];
        int k = upperBound(d, today) - 1;
        int holder = -1;
        if (k >= 0 && !(fades[p][k] && today - d[k] > options.fadeDays())) {
            holder = gained[p][k] ? actor[p][k] : opponent[p][k];
        }
        int since = today - options.contestedDays();
        // contested: gains by two different actors within the window
        int rival = -1;
        for (int j = k; j >= 0 && d[j] >= since; j--) {
            if (gained[p][j] && actor[p][j] != holder) {
                rival = actor[p][j];
                break;
            }
        }
        boolean contested = rival >= 0 && holder >= 0;
        if (!contested) {
            int c = activeClash(p, today, since);
            if (c >= 0) {
                contested = true;
                int a1 = clashActor[p][2 * c], a2 = clashActor[p][2 * c + 1];
                rival = a1 >= 0 && a1 != holder ? a1 : a2 != holder ? a2 : -1;
            }
        }
        if (holder >= 0) {
            int s = 0;
            for (int j = k; j >= 0 && s < 99 && (!fades[p][j] || today - d[j] <= options.fadeDays()); j--) {
                if (gained[p][j] && actor[p][j] == holder) s++;
            }
            support[p] = Math.max(s, 1);
        }
        controller[p] = holder;
        contender[p] = contested ? rival : -1;
        // fighting at a place nobody is known to hold: contested, with no controller (a grey half on the map)
        status[p] = contested && (holder >= 0 || rival >= 0) ? ControlState.CONTESTED : holder >= 0 ? ControlState.HELD : ControlState.UNKNOWN;
    }

    /**
     * A battle at place p overlapping [since, today], or -1: the latest-starting one. Battles are
     * sorted by start, so only those started by today qualify; ends are not sorted, but once the
     * latest end among the earlier battles is before {@code since} none of them can qualify (a place
     * near a front can have hundreds of battles a year, as the bench's do, and scanning them all back
     * was two thirds of computing a state).
     */
    private int activeClash(int p, int today, int since) {
        int[] from = clashFrom[p], to = clashTo[p], toMax = clashToMax[p];
        for (int j = upperBound(from, today) - 1; j >= 0 && toMax[j] >= since; j--) {
            if (to[j] >= since) return j;
        }
        return -1;
    }

    static int upperBound(int[] a, int v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
