package org.clashmap.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clashmap.extract.ActorRole;
import org.clashmap.export.AcledActorNames;
import org.clashmap.extract.EventActor;
import org.clashmap.store.ExternalEvent;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test data: writes events in ACLED's export layout (the columns {@link AcledReader} reads, plus
 * year and admin columns left empty), so the ACLED import can be tested on real (UCDP-derived)
 * rows. Actor names come from the one table the CSV export uses ({@link AcledActorNames}).
 */
final class AcledWriter {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final AcledActorNames names = AcledActorNames.defaults();

    void write(List<ExternalEvent> events, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
        for (ExternalEvent e : events) {
            var day = AcledReader.representative(e.date());
            List<String> assoc = new ArrayList<>();
            for (EventActor a : e.actors()) if (a.role() == ActorRole.ASSOCIATED) assoc.add(names.name(a.actorId()));
            p.printRecord(e.externalId(), day.format(ACLED_DATE), day.getYear(), e.date().precision().acledCode,
                    e.type().label, e.subType() == null ? "" : e.subType().label,
                    actorName(e, ActorRole.ACTOR1), String.join("; ", assoc), actorName(e, ActorRole.ACTOR2), "",
                    "", "", "", e.place().nameEn() == null ? "" : e.place().nameEn(),
                    e.place().lat(), e.place().lon(), Precision.acledGeoCode(e.place().precisionKm()),
                    e.outlet() == null ? "" : e.outlet(), e.sentence() == null ? "" : e.sentence(),
                    e.fatalities() == null ? "" : e.fatalities());
        }
        p.flush();
    }

    private String actorName(ExternalEvent e, ActorRole role) {
        return e.actors().stream().filter(a -> a.role() == role).map(a -> names.name(a.actorId())).findFirst().orElse("");
    }
}
