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

    @Option(names = "--front-distance-km", defaultValue = "30", description = "Reach of a side's places (default: ${DEFAULT-VALUE} km)")
    double frontKm;

    @Option(names = "--fade-days", defaultValue = "180", description = "Claims older than this fade to unknown (default: ${DEFAULT-VALUE})")
    int fadeDays;

    @Option(names = "--contested-days", defaultValue = "7",
            description = "Opposing claims or battles within this many days make a place contested (default: ${DEFAULT-VALUE})")
    int contestedDays;

    @Override
    public Integer call() throws IOException {
        LocalDate t;
        try {
            t = LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw new UserError("--at " + at + " is not a date (YYYY-MM-DD)");
        }
        ControlOptions options;
        try {
            options = ControlOptions.DEFAULTS.withFrontDistanceKm(frontKm).withFadeDays(fadeDays).withContestedDays(contestedDays);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
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
