package org.clashmap.cli;

import org.clashmap.export.ControlGeoJsonExporter;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.app.ControlMaps;
import org.clashmap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code clashmap control export --at DATE --out FILE.geojson}: the derived dots, front lines and contested zones of one day. */
@Command(name = "export", description = "Export the derived control map of one day as GeoJSON.")
public final class ControlExportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DD")
    String at;

    @Option(names = "--out", required = true, paramLabel = "FILE.geojson")
    Path out;

    @Mixin
    ControlMapOptions control;

    @Override
    public Integer call() throws IOException {
        LocalDate t;
        try {
            t = LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new UserError("--at " + at + " is not a date (YYYY-MM-DD)");
        }
        ControlOptions options = control.options();
        CommonOptions.refuseOverwriting(out, common.dbFile(), java.util.List.of());
        try (Database db = Database.open(common.database())) {
            ControlSnapshot snap = ControlMaps.load(db, options).at(t);
            int n = ControlGeoJsonExporter.write(out, snap);
            System.out.printf("%d features (%d places, %d front lines, %d contested zones) -> %s%n",
                    n, snap.dots().size(), snap.lines().size(), snap.zones().size(), out);
        }
        return 0;
    }
}
