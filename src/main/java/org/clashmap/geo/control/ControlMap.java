package org.clashmap.geo.control;

import org.clashmap.geo.WebMercator;
import org.clashmap.geo.basemap.SyriaOutline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control map's one entry point: give it claims, battles and an optional analyst layer once,
 * then ask {@link #at(LocalDate)} per timeline step. Front lines are cached per distinct control
 * state (its hash) and zones per distinct set of active battles, so playing a year day by day
 * recomputes geometry only on the days something changed; and when it does, the Voronoi cells
 * behind the lines are kept from the previous state ({@link LocalVoronoi}), so only cells next to
 * places that appeared or faded are redone. Thread-safe (caches and cells are synchronised);
 * meant to be called from a background task, not the FX thread, for large data.
 */
public final class ControlMap {
    private static final int CACHE = 64;

    private final ControlModel model;
    private final ContestedZones zones;
    private final SyriaOutline outline;
    private final ControlLayerIndex layer;
    private final Map<Long, List<FrontLine>> lineCache = lru();
    private final Map<Long, List<ContestedZone>> zoneCache = lru();
    /** Voronoi cells kept across states: a step recomputes only cells near places that appeared or faded. */
    private final LocalVoronoi cells;

    public ControlMap(List<PlaceClaim> claims, List<ClashPoint> clashes, ControlLayerIndex layer, ControlOptions options, SyriaOutline outline) {
        List<PlaceClaim> all = new ArrayList<>(claims);
        // a layer baseline speaks through claims at its polygons' places: "layer" origin, so reports and edits after it win
        if (layer != null) all.addAll(layer.baselineClaims(claims));
        this.model = ControlModel.build(all, clashes, options);
        this.zones = new ContestedZones(clashes, options);
        this.outline = outline;
        this.layer = layer;
        this.cells = new LocalVoronoi(model.xKm, model.yKm, options.frontDistanceKm());
    }

    public ControlModel model() {
        return model;
    }

    public ControlLayerIndex layer() {
        return layer;
    }

    public ControlSnapshot at(LocalDate t) {
        ControlState state = model.stateAt(t);
        List<FrontLine> lines;
        synchronized (lineCache) {
            lines = lineCache.get(state.hash());
        }
        if (lines == null) {
            lines = List.copyOf(FrontLines.compute(cells, model, state, outline));
            synchronized (lineCache) {
                lineCache.put(state.hash(), lines);
            }
        }
        int[] active = zones.activeAt(t);
        long zkey = 0xcbf29ce484222325L; // 64-bit FNV-1a of the active battles: a collision would show another week's zones
        for (int i : active) zkey = (zkey ^ i) * 0x100000001b3L;
        zkey = (zkey ^ active.length) * 0x100000001b3L;
        List<ContestedZone> zs;
        synchronized (zoneCache) {
            zs = zoneCache.get(zkey);
        }
        if (zs == null) {
            zs = List.copyOf(zones.zones(active));
            synchronized (zoneCache) {
                zoneCache.put(zkey, zs);
            }
        }
        return new ControlSnapshot(t, dots(state), lines, zs, layer == null ? List.of() : layer.areasAt(t), state.hash());
    }

    private List<ControlSnapshot.Dot> dots(ControlState s) {
        List<ControlSnapshot.Dot> out = new ArrayList<>();
        List<String> actors = model.actors();
        for (int p = 0; p < s.size(); p++) {
            if (s.status(p) == ControlState.UNKNOWN) continue;
            String controller = s.controller(p) < 0 ? null : actors.get(s.controller(p));
            String contender = s.contender(p) < 0 ? null : actors.get(s.contender(p));
            double lat = model.lat(p), lon = model.lon(p);
            out.add(new ControlSnapshot.Dot(model.placeKey(p), model.placeName(p), lat, lon, WebMercator.worldX(lon), WebMercator.worldY(lat),
                    controller, contender, s.status(p) == ControlState.CONTESTED, s.support(p)));
        }
        return out;
    }

    private static <V> Map<Long, V> lru() {
        return new LinkedHashMap<>(CACHE, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> e) {
                return size() > CACHE;
            }
        };
    }
}
