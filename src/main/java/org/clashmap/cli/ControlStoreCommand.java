package org.clashmap.cli;

import org.clashmap.app.ControlLayers;
import org.clashmap.store.Database;
import org.clashmap.store.DerivedControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clashmap control store --at DAY|latest ...}: the derived control map of those days written into the
 * database as layers (control_dots, front_lines, contested_zones) for QGIS, kept up to date by later ingests,
 * imports and control edits; {@code --clear} removes them all.
 */
@Command(name = "store", description = "Store the derived control map of some days in the database as GIS layers (refreshed after ingests and edits).")
public final class ControlStoreCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    ControlMapOptions control;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD|latest",
            description = "A day to store (repeatable); 'latest' is the newest reported day and moves with later reports.")
    List<String> at = new ArrayList<>();

    @Option(names = "--clear", description = "Remove every stored day instead.")
    boolean clear;

    @Override
    public Integer call() {
        if (clear == !at.isEmpty()) throw new UserError("give --at DAY (one or more) or --clear");
        List<ControlLayers.Ask> asks = new ArrayList<>();
        for (String a : at) {
            if (a.equalsIgnoreCase("latest")) {
                asks.add(ControlLayers.Ask.newest());
                continue;
            }
            try {
                asks.add(ControlLayers.Ask.on(LocalDate.parse(a)));
            } catch (DateTimeParseException e) {
                throw new UserError("--at " + a + " is not a date (YYYY-MM-DD) nor 'latest'");
            }
        }
        try (Database db = Database.open(common.database())) {
            if (clear) {
                System.out.println(ControlLayers.clear(db) + " stored days removed from " + db.address());
                return 0;
            }
            List<DerivedControl.Map> maps;
            try {
                maps = ControlLayers.store(db, asks, control.options(), System.getProperty("user.name", "analyst"));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            print(maps);
        }
        return 0;
    }

    static void print(List<DerivedControl.Map> maps) {
        for (DerivedControl.Map m : maps) {
            System.out.printf("%s%s: %d places, %d front lines, %d contested zones%n", m.day().at(), m.day().followsLatest() ? " (latest)" : "",
                    m.dots().size(), m.lines().size(), m.zones().size());
        }
    }
}
