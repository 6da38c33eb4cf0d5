package org.clashmap.cli;

import org.clashmap.export.ExportFormat;
import org.clashmap.export.ExportOptions;
import org.clashmap.export.ExportResult;
import org.clashmap.store.Database;
import org.clashmap.store.EventFilter;
import org.clashmap.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code clashmap export}: the stored events, filtered, as GeoJSON, GeoPackage, KML or ACLED-style CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the stored events (one feature per event and place) for QGIS, Google Earth or spreadsheets.")
public final class ExportCommand implements Runnable {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "geojson, gpkg, kml or csv")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced only once complete).")
    Path out;

    @Mixin
    FilterOptions filters;

    @Option(names = "--no-bom", description = "CSV without the UTF-8 byte-order mark (Excel then garbles Arabic).")
    boolean noBom;

    @Override
    public void run() {
        ExportFormat fmt = parseFormat();
        EventFilter filter = filters.filter();
        Path dbFile = common.dbFile();
        // Opening a missing database would create an empty one and "export" nothing, silently.
        if (dbFile != null && !Files.isRegularFile(dbFile)) throw new UserError("no database at " + dbFile + " (ingest reports first, or pass --db)");
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new UserError("folder of --out does not exist: " + parent);
        CommonOptions.refuseOverwriting(out, dbFile, List.of());
        try (Database db = Database.open(common.database())) {
            ExportOptions options = ExportOptions.defaults().withCsvBom(!noBom);
            // A GeoPackage's control dots, front lines and contested zones: as of the window's end (else the newest event).
            LocalDate day = fmt != ExportFormat.GPKG ? null : filters.to() != null ? filters.to() : new EventStore(db).latestEventDay();
            ExportResult r = org.clashmap.app.EventExports.export(db, options, filter::test, fmt, out, day,
                    org.clashmap.geo.control.ControlOptions.DEFAULTS);
            spec.commandLine().getOut().printf("Wrote %d features (%s; the fatalities column counts each incident's dead once%s) to %s%n",
                    r.features(), r.counts(),
                    r.incidents() == r.events() ? "" : ", on the rows of the report that gave its best figure", out);
            if (r.eventsWithoutPlace() > 0) {
                spec.commandLine().getOut().printf("%d matching events have no place and are not in the file.%n", r.eventsWithoutPlace());
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage(), 1, e);
        }
    }

    private ExportFormat parseFormat() {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
