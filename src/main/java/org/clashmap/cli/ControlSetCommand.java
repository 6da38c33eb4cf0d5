package org.clashmap.cli;

import org.clashmap.extract.Actors;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code clashmap control set --place ID --actor ID --date D}: the map's "set controller" action, as a command. */
@Command(name = "set", description = "Record that an actor holds a place from a date on (an analyst edit).")
public final class ControlSetCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--place", required = true, paramLabel = "ID", description = "Gazetteer place id, e.g. ocha:C2893")
    String place;

    @Option(names = "--actor", required = true, paramLabel = "ID", description = "Actor id from actors.tsv, e.g. regime, isis, sdf")
    String actor;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
    String date;

    @Override
    public Integer call() {
        Place p = Gazetteers.load().byId(place);
        if (p == null) throw new UserError("no gazetteer place with id " + place + " (see: clashmap gazetteer lookup NAME)");
        if (Actors.load().get(actor) == null) {
            throw new UserError("unknown actor " + actor + "; known: " + String.join(", ", Actors.load().all().stream().map(Actors.Actor::id).toList()));
        }
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserError("--date " + date + " is not a date (YYYY-MM-DD)");
        }
        try (Database db = Database.open(common.database())) {
            long id = new ControlStore(db).setController(p.id(), p.nameAr(), p.nameEn(), p.lat(), p.lon(), actor, d);
            System.out.println("claim " + id + ": " + Actors.load().nameEn(actor) + " holds " + p.nameAr() + " (" + p.id() + ") from " + d);
            ControlRefreshCommand.afterChange(db);
        }
        return 0;
    }
}
