package org.clashmap.app;

import org.clashmap.geo.control.ContestedZone;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.control.FrontLine;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.clashmap.store.DerivedControl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The derived control map kept in the database as layers for GIS programs (decision 031): computes the
 * days asked for ({@code clashmap control store}) and computes the stored days again after anything that
 * changes them (an ingest, an import, a control edit; {@code clashmap control refresh}). The map itself is
 * geo's ({@link ControlMaps}); the store only writes the rows, one transaction per store or refresh.
 */
public final class ControlLayers {
    private ControlLayers() {
    }

    /** A day asked for: a date, or the newest day reported (and kept so by every refresh). */
    public record Ask(LocalDate at, boolean latest) {
        public static Ask newest() {
            return new Ask(null, true);
        }

        public static Ask on(LocalDate at) {
            return new Ask(at, false);
        }
    }

    /** Computes and stores the days asked for with these options (replacing those days if stored); returns what was stored. */
    public static List<DerivedControl.Map> store(Database db, List<Ask> asks, ControlOptions options, String by) {
        ControlStore control = new ControlStore(db);
        LocalDate latest = asks.stream().anyMatch(Ask::latest) ? control.latestReportedDay() : null;
        List<DerivedControl.Day> days = new ArrayList<>();
        for (Ask a : asks) {
            if (a.latest() && latest == null) throw new IllegalArgumentException(db.address() + ": no dated report yet: there is no latest day to map");
            days.add(new DerivedControl.Day(a.latest() ? latest : a.at(), a.latest(), options(options)));
        }
        List<DerivedControl.Map> maps = compute(db, days, by);
        control.storeDerived(List.of(), maps);
        return maps;
    }

    /**
     * Computes every stored day again from what the database holds now, with the options it was stored
     * with (a day that follows the latest moves to the newest reported day). Nothing to do, and nothing
     * read, when no day is stored. Returns the days stored now.
     */
    public static List<DerivedControl.Map> refresh(Database db, String by) {
        ControlStore control = new ControlStore(db);
        List<DerivedControl.Day> stored = control.derivedDays();
        if (stored.isEmpty()) return List.of();
        LocalDate latest = stored.stream().anyMatch(DerivedControl.Day::followsLatest) ? control.latestReportedDay() : null;
        List<DerivedControl.Day> days = new ArrayList<>();
        for (DerivedControl.Day d : stored) {
            days.add(d.followsLatest() && latest != null ? new DerivedControl.Day(latest, true, d.options()) : d);
        }
        List<DerivedControl.Map> maps = compute(db, days, by);
        control.storeDerived(stored.stream().map(DerivedControl.Day::at).toList(), maps);
        return maps;
    }

    /** Removes every stored day; returns how many there were. */
    public static int clear(Database db) {
        ControlStore control = new ControlStore(db);
        List<DerivedControl.Day> stored = control.derivedDays();
        control.storeDerived(stored.stream().map(DerivedControl.Day::at).toList(), List.of());
        return stored.size();
    }

    /** One control map per distinct options (usually one), asked for each of its days. */
    private static List<DerivedControl.Map> compute(Database db, List<DerivedControl.Day> days, String by) {
        Map<DerivedControl.Options, ControlMap> built = new LinkedHashMap<>();
        Map<LocalDate, DerivedControl.Map> out = new LinkedHashMap<>();
        for (DerivedControl.Day d : days) {
            ControlMap map = built.computeIfAbsent(d.options(), o -> ControlMaps.load(db, options(o)));
            out.put(d.at(), rows(d, by, map.at(d.at())));
        }
        return List.copyOf(out.values());
    }

    private static DerivedControl.Map rows(DerivedControl.Day day, String by, ControlSnapshot s) {
        List<DerivedControl.Dot> dots = new ArrayList<>();
        for (ControlSnapshot.Dot d : s.dots()) {
            dots.add(new DerivedControl.Dot(d.placeKey(), d.name(), d.controller(), d.contender(), d.contested(), d.supportingClaims(), d.lat(), d.lon()));
        }
        List<DerivedControl.Line> lines = new ArrayList<>();
        for (FrontLine l : s.lines()) lines.add(new DerivedControl.Line(l.sideA(), l.sideB(), l.supportingClaims(), l.tentative(), l.lonLat()));
        List<DerivedControl.Zone> zones = new ArrayList<>();
        for (ContestedZone z : s.zones()) zones.add(new DerivedControl.Zone(z.clashes(), z.lonLatRings()));
        return new DerivedControl.Map(day, by, dots, lines, zones);
    }

    static DerivedControl.Options options(ControlOptions o) {
        return new DerivedControl.Options(o.fadeDays(), o.contestedDays(), o.frontDistanceKm(), o.clashRadiusKm(), o.zoneRadiusKm(),
                o.minZoneClashes(), o.tentativeBelow());
    }

    static ControlOptions options(DerivedControl.Options o) {
        return new ControlOptions(o.fadeDays(), o.contestedDays(), o.frontDistanceKm(), o.clashRadiusKm(), o.zoneRadiusKm(),
                o.minZoneClashes(), o.tentativeBelow());
    }
}
