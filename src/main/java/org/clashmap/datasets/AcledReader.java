package org.clashmap.datasets;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.ExternalEvent;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ACLED export CSV (codebook column names) to events. ACLED gives one date and a precision code;
 * ClashMap keeps uncertainty as a range: precision 2 (a week) becomes the date ± 3 days, 3 (a month)
 * the whole calendar month of the date.
 */
final class AcledReader implements DatasetReader {
    static final String ORIGIN = "acled";
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "source",
            "notes", "fatalities");
    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT); // STRICT: "31 February" is an error, not 28 February

    /** A mapped sub-event type; sub null when only the type is known; skip for non-conflict rows. */
    private record TypeTarget(EventType type, SubEventType sub, boolean skip) {}

    private final DatasetActors actors;
    private final Map<String, TypeTarget> types = new HashMap<>();

    AcledReader() {
        this(DatasetActors.acled());
    }

    AcledReader(DatasetActors actors) {
        this.actors = actors;
        for (String[] r : DataFiles.tsv("acled_types.tsv", 2)) {
            String target = r[1].trim();
            TypeTarget t;
            if (target.equals("-")) t = new TypeTarget(null, null, true);
            else if (target.startsWith("type:")) t = new TypeTarget(EventType.valueOf(target.substring(5)), null, false);
            else {
                SubEventType s = SubEventType.valueOf(target);
                t = new TypeTarget(s.type, s, false);
            }
            types.put(r[0].trim().toLowerCase(Locale.ROOT), t);
        }
    }

    @Override
    public java.util.Set<String> unknownActors() {
        return actors.unknownNames();
    }

    @Override
    public String origin() {
        return ORIGIN;
    }

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public ExternalEvent event(CsvRows.Row r) throws BadRow {
        String id = r.required("event_id_cnty");
        String subLabel = r.required("sub_event_type");
        TypeTarget t = types.get(subLabel.toLowerCase(Locale.ROOT));
        if (t == null) throw new BadRow("sub_event_type '" + subLabel + "' is not in acled_types.tsv");
        if (t.skip()) throw new BadRow("sub_event_type '" + subLabel + "' is not a conflict event ClashMap maps");
        double lat = r.number("latitude", -90, 90);
        double lon = r.number("longitude", -180, 180);
        int geo = r.integer("geo_precision");
        Double radius = Precision.radiusKm(ORIGIN, "geo", geo);
        if (radius == null) throw new BadRow("geo_precision " + geo + " is not 1-3");
        int timeCode = r.integer("time_precision");
        TimePrecision tp = Precision.time(ORIGIN, "time", timeCode);
        if (tp == null) throw new BadRow("time_precision " + timeCode + " is not 1-3");
        DateRange date = range(date(r.required("event_date")), tp);

        List<EventActor> list = new ArrayList<>();
        add(list, r.text("actor1"), ActorRole.ACTOR1);
        add(list, r.text("actor2"), ActorRole.ACTOR2);
        for (String col : List.of("assoc_actor_1", "assoc_actor_2")) {
            for (String name : r.text(col).split(";")) add(list, name, ActorRole.ASSOCIATED);
        }
        String location = r.text("location");
        EventPlace place = new EventPlace(null, null, location.isEmpty() ? null : location, null, lat, lon, radius, 1.0, 0, 0);
        String notes = String.join(", ", nonEmpty(location, r.text("admin3"), r.text("admin2"), r.text("admin1")))
                + "; ACLED geo_precision " + geo + ", time_precision " + timeCode;
        return new ExternalEvent(ORIGIN, id, t.type(), t.sub(), date, r.count("fatalities"), list, place,
                r.text("notes"), notes, r.text("source"), 1.0);
    }

    private void add(List<EventActor> out, String name, ActorRole role) {
        if (name == null || name.isBlank()) return;
        String id = actors.idOf(name);
        if (out.stream().noneMatch(a -> a.actorId().equals(id) && a.role() == role)) out.add(new EventActor(id, role, null));
    }

    private static List<String> nonEmpty(String... s) {
        List<String> out = new ArrayList<>();
        for (String x : s) if (!x.isEmpty()) out.add(x);
        return out;
    }

    /** "24 April 2018" as ACLED writes it, or ISO 2018-04-24 as some exports do. */
    static LocalDate date(String s) throws BadRow {
        try {
            return Character.isDigit(s.charAt(0)) && s.length() == 10 && s.charAt(4) == '-'
                    ? LocalDate.parse(s) : LocalDate.parse(s, ACLED_DATE);
        } catch (DateTimeParseException e) {
            throw new BadRow("event_date is not a date ('24 April 2018' or 2018-04-24): '" + s + "'");
        }
    }

    static DateRange range(LocalDate d, TimePrecision p) {
        return switch (p) {
            case WEEK -> new DateRange(d.minusDays(3), d.plusDays(3), p);
            case MONTH -> new DateRange(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()), p);
            default -> new DateRange(d, d, TimePrecision.DAY);
        };
    }

    /** The single date ACLED writes for a range, such that {@link #range} gives back a range covering it. */
    static LocalDate representative(DateRange r) {
        return switch (r.precision()) {
            case WEEK -> r.from().plusDays((r.to().toEpochDay() - r.from().toEpochDay()) / 2);
            default -> r.from();
        };
    }
}
