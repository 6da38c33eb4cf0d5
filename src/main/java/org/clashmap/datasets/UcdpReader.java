package org.clashmap.datasets;

import org.clashmap.extract.ActorRole;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.store.ExternalEvent;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * UCDP GED CSV (19.1 column names) to events. Columns are found by name. Deaths: the event's
 * fatalities are {@code best}; deaths_a and deaths_b go to the two sides' actors and
 * deaths_civilians to a "civilians" actor (UCDP's own one-sided events already name civilians as
 * side B); deaths_unknown only counts in the total.
 */
final class UcdpReader implements DatasetReader {
    static final String ORIGIN = "ucdp";
    static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "source_office",
            "source_headline", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude", "date_prec",
            "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "best");

    /** The precision codes 0-9 looked up once, not per row (Precision's keys are strings built per call). */
    private static final Double[] WHERE_RADIUS_KM = new Double[10];
    private static final TimePrecision[] DATE_PRECISION = new TimePrecision[10];

    static {
        for (int code = 0; code < 10; code++) {
            WHERE_RADIUS_KM[code] = Precision.radiusKm(ORIGIN, "where", code);
            DATE_PRECISION[code] = Precision.time(ORIGIN, "date", code);
        }
    }

    private final DatasetActors sides;
    private final TypeRules types;

    UcdpReader() {
        this(DatasetActors.ucdp(), new TypeRules());
    }

    UcdpReader(DatasetActors sides, TypeRules types) {
        this.sides = sides;
        this.types = types;
    }

    DatasetActors sides() {
        return sides;
    }

    @Override
    public java.util.Set<String> unknownActors() {
        return sides.unknownNames();
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
        String id = r.required("id");
        int violence = r.integer("type_of_violence");
        if (!types.knowsViolence(violence)) throw new BadRow("type_of_violence " + violence + " is not 1, 2 or 3");
        double lat = r.number("latitude", -90, 90);
        double lon = r.number("longitude", -180, 180);
        int wherePrec = r.integer("where_prec");
        Double radius = wherePrec >= 0 && wherePrec < WHERE_RADIUS_KM.length ? WHERE_RADIUS_KM[wherePrec] : Precision.radiusKm(ORIGIN, "where", wherePrec);
        if (radius == null) throw new BadRow("where_prec " + wherePrec + " is not 1-7");
        int datePrec = r.integer("date_prec");
        TimePrecision tp = datePrec >= 0 && datePrec < DATE_PRECISION.length ? DATE_PRECISION[datePrec] : Precision.time(ORIGIN, "date", datePrec);
        if (tp == null) throw new BadRow("date_prec " + datePrec + " is not 1-5");
        LocalDate start = r.isoDate("date_start");
        LocalDate end = r.isoDate("date_end");
        if (end.isBefore(start)) throw new BadRow("date_end " + end + " is before date_start " + start);
        Integer best = r.count("best");
        if (best == null) throw new BadRow("best is empty");

        List<EventActor> actors = new ArrayList<>();
        addSide(actors, sides.sideIds(r.required("side_a")), ActorRole.ACTOR1, r.count("deaths_a"));
        addSide(actors, sides.sideIds(r.required("side_b")), ActorRole.ACTOR2, r.count("deaths_b"));
        Integer civilians = r.count("deaths_civilians");
        if (civilians != null && civilians > 0 && indexOf(actors, "civilians", null) < 0) {
            actors.add(new EventActor("civilians", ActorRole.ASSOCIATED, civilians));
        } else if (civilians != null && civilians > 0) {
            // One-sided violence: civilians are side B, and their dead are deaths_civilians (deaths_b is 0).
            for (int i = 0; i < actors.size(); i++) {
                EventActor a = actors.get(i);
                if (a.actorId().equals("civilians")) actors.set(i, new EventActor("civilians", a.role(), civilians));
            }
        }

        String headline = r.text("source_headline");
        SubEventType sub = types.classify(violence, headline);
        String where = r.text("where_coordinates");
        EventPlace place = new EventPlace(null, null, where.isEmpty() ? null : where, null, lat, lon, radius, 1.0, 0, 0);
        String notes = join(where, r.text("adm_1"), r.text("adm_2")) + "; UCDP " + r.text("conflict_name")
                + "; deaths low-high " + r.text("low") + "-" + r.text("high") + "; where_prec " + wherePrec + ", date_prec " + datePrec;
        return new ExternalEvent(ORIGIN, id, sub.type, sub, new DateRange(start, end, tp), best, actors, place,
                headline, notes, r.text("source_office"), 1.0);
    }

    /** The side's first actor takes the role and its dead; other groups of a joint side are ASSOCIATED. */
    private static void addSide(List<EventActor> out, List<String> ids, ActorRole role, Integer deaths) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            ActorRole rl = i == 0 ? role : ActorRole.ASSOCIATED;
            if (indexOf(out, id, rl) >= 0) continue;
            out.add(new EventActor(id, rl, i == 0 ? deaths : null));
        }
    }

    /** Where the actor {@code id} is in {@code actors} (in {@code role}, unless null), or -1: a loop, as it runs per row. */
    private static int indexOf(List<EventActor> actors, String id, ActorRole role) {
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.actorId().equals(id) && (role == null || a.role() == role)) return i;
        }
        return -1;
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(p);
        }
        return b.toString();
    }
}
