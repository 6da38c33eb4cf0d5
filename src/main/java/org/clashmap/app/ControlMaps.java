package org.clashmap.app;

import org.clashmap.geo.control.ClashPoint;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSources;
import org.clashmap.geo.control.PlaceClaim;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.BattleRowSink;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.IncidentRowSink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the control map's inputs from a database (claims, battles, imported layers) and builds the
 * map; the window, {@code clashmap control export}, {@code render} and {@code export} all go through here.
 * Battles come from the store's lean scan (their places, dates and actors as bare columns), never as
 * full events with their sentences: a million events must not be loaded twice to draw one image.
 */
public final class ControlMaps {
    private ControlMaps() {
    }

    /** What a map image draws, read from the events once: the incidents as a lean set, and the control map. */
    public record MapData(IncidentSet incidents, ControlMap control) {
    }

    public static ControlMap load(Database db, ControlOptions options) {
        Clashes clashes = new Clashes();
        new EventStore(db).forEachIncidentRow(NO_INCIDENTS, clashes);
        return build(db, clashes.points, options);
    }

    /** The incidents and the control map in one pass over the events. */
    public static MapData loadWithIncidents(Database db, ControlOptions options) {
        IncidentSet.Builder incidents = IncidentSet.builder();
        Clashes clashes = new Clashes();
        new EventStore(db).forEachIncidentRow(incidents, clashes);
        IncidentSet set = incidents.build();
        return new MapData(set, build(db, clashes.points, options));
    }

    /**
     * Collects the clash points of full events as they stream by (an export), for {@link #map}:
     * the control map of an export without a second read of the events.
     */
    public static final class ClashCollector implements java.util.function.Consumer<org.clashmap.store.StoredEvent> {
        private final Clashes clashes = new Clashes();
        private final List<ClashPoint> scratch = new ArrayList<>();

        @Override
        public void accept(org.clashmap.store.StoredEvent e) {
            scratch.clear();
            ControlSources.addClashes(e, scratch);
            for (ClashPoint c : scratch) clashes.points.add(clashes.shared(c));
        }

        /** The control map of the claims and layers stored and the battles seen. */
        public ControlMap map(Database db, ControlOptions options) {
            return build(db, clashes.points, options);
        }
    }

    private static ControlMap build(Database db, List<ClashPoint> clashes, ControlOptions options) {
        ControlStore control = new ControlStore(db);
        List<PlaceClaim> claims = ControlSources.claims(control.allClaims());
        return ControlSources.map(claims, clashes, control.layerZones(), options);
    }

    private static final IncidentRowSink NO_INCIDENTS = (id, type, from, to, dead, placeDead, conf, rejected, edited, hasPlace, lat, lon,
                                                         prec, pconf) -> { };

    /**
     * Battle rows turned into clash points; days, place ids and actor ids are shared between points
     * (a million battles happen on a few thousand days at a few thousand places), not one copy each.
     */
    private static final class Clashes implements BattleRowSink {
        final List<ClashPoint> points = new ArrayList<>();
        /** Days by epoch day (1970 to 2149; others, if any, in {@link #otherDays}): a million battles look a day up twice each. */
        private final LocalDate[] days = new LocalDate[1 << 16];
        private final Map<Integer, LocalDate> otherDays = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        @Override
        public void battle(long eventId, int dayFrom, int dayTo, boolean rejected, String placeId, String relation, double lat, double lon,
                           String actor1, String actor2) {
            LocalDate from = day(dayFrom), to = day(dayTo);
            ControlSources.addClash(from, to, rejected, shared(placeId), relation, lat, lon, shared(actor1), shared(actor2), points);
        }

        /** The same point with shared days and names. */
        ClashPoint shared(ClashPoint c) {
            return new ClashPoint(shared(c.placeKey()), c.lat(), c.lon(), day((int) c.from().toEpochDay()), day((int) c.to().toEpochDay()),
                    shared(c.actor1()), shared(c.actor2()));
        }

        private LocalDate day(int epochDay) {
            if (epochDay == IncidentRowSink.UNDATED) return null;
            if (epochDay < 0 || epochDay >= days.length) return otherDays.computeIfAbsent(epochDay, LocalDate::ofEpochDay);
            LocalDate d = days[epochDay];
            if (d == null) days[epochDay] = d = LocalDate.ofEpochDay(epochDay);
            return d;
        }

        private String shared(String s) {
            return s == null ? null : names.computeIfAbsent(s, k -> k);
        }
    }
}
