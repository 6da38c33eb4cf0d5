package org.clashmap.export;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The attribute table every GIS export carries (GeoJSON properties, GeoPackage columns, KML
 * ExtendedData), defined once so the formats cannot drift apart. Names are snake_case ASCII so
 * they survive shapefile-minded tools; unknown values are null, never 0 or "". {@code fatalities}
 * and {@code wounded} are the point's share ({@link org.clashmap.extract.FatalityShares}), so
 * summing them over a layer counts each event's dead once; {@code event_fatalities} repeats the
 * event's total on each point for reading, not for summing.
 */
public final class EventProperties {
    public enum Kind { TEXT, DATE, INTEGER, REAL, BOOLEAN }

    /** One attribute: its name, its type and how to read it from a point. */
    public record Property(String name, Kind kind, Function<EventPoint, Object> value) {
        public Object of(EventPoint p) {
            return value.apply(p);
        }
    }

    public static final List<Property> ALL = List.of(
            p("event_id", Kind.INTEGER, x -> x.event().id()),
            p("event_type", Kind.TEXT, x -> x.event().type().label),
            p("sub_event_type", Kind.TEXT, x -> x.event().subType() == null ? null : x.event().subType().label),
            p("date_from", Kind.DATE, x -> iso(x.event().date().from())),
            p("date_to", Kind.DATE, x -> iso(x.event().date().to())),
            p("time_precision", Kind.INTEGER, x -> precision(x.event())),
            p("actor1", Kind.TEXT, x -> x.actor(ActorRole.ACTOR1)),
            p("actor2", Kind.TEXT, x -> x.actor(ActorRole.ACTOR2)),
            p("actors", Kind.TEXT, x -> x.actorList().isEmpty() ? null : x.actorList()),
            p("place_ar", Kind.TEXT, x -> x.place().nameAr()),
            p("place_en", Kind.TEXT, x -> x.place().nameEn()),
            p("place_id", Kind.TEXT, x -> x.place().placeId()),
            p("geo_precision_km", Kind.REAL, x -> x.place().precisionKm()),
            // This point's share of the event's dead (FatalityShares): an event's points add up to
            // its toll. The scope says whether it is the place's own count or the event's (rest).
            p("fatalities", Kind.INTEGER, x -> x.dead().count()),
            p("fatalities_scope", Kind.TEXT, x -> x.dead().scopeLabel()),
            p("event_fatalities", Kind.INTEGER, x -> x.event().fatalities()),
            // The incident across reports this event is a mention of (decision 021): how many
            // reports and distinct outlets support it, and its dead as UCDP's low / best / high
            // (repeated on each of its rows, for reading; sum fatalities_best over distinct incident_id).
            p("incident_id", Kind.INTEGER, x -> x.incident().incidentId()),
            p("reports", Kind.INTEGER, x -> x.incident().reports()),
            p("outlets", Kind.INTEGER, x -> x.incident().outlets()),
            p("fatalities_low", Kind.INTEGER, x -> x.incident().low()),
            p("fatalities_best", Kind.INTEGER, x -> x.incident().best()),
            p("fatalities_high", Kind.INTEGER, x -> x.incident().high()),
            p("wounded", Kind.INTEGER, x -> x.wounded().count()),
            p("wounded_scope", Kind.TEXT, x -> x.wounded().scopeLabel()),
            p("source_file", Kind.TEXT, x -> x.event().fileName()),
            p("outlet", Kind.TEXT, x -> x.event().outlet()),
            p("sentence", Kind.TEXT, x -> x.event().sentence()),
            p("char_start", Kind.INTEGER, x -> x.event().charStart()),
            p("char_end", Kind.INTEGER, x -> x.event().charEnd()),
            p("confidence", Kind.REAL, x -> x.event().confidence()),
            p("review_status", Kind.TEXT, x -> x.event().review().name().toLowerCase(Locale.ROOT)),
            p("edited", Kind.BOOLEAN, x -> x.event().edited()),
            p("origin", Kind.TEXT, x -> x.event().origin()));

    private EventProperties() {
    }

    private static Property p(String name, Kind kind, Function<EventPoint, Object> value) {
        return new Property(name, kind, value);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** ACLED code 1..3; null for an undated event (0 would read as a real code in a spreadsheet). */
    static Integer precision(StoredEvent e) {
        TimePrecision p = e.date().precision();
        return p == TimePrecision.UNKNOWN ? null : p.acledCode;
    }
}
