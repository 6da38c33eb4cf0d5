package org.clashmap.cli;

import org.clashmap.export.EventExporter;
import org.clashmap.export.ExportFormat;
import org.clashmap.export.ExportOptions;
import org.clashmap.export.ExportResult;
import org.clashmap.extract.EventType;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Keep events whose dates overlap a window starting this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Keep events whose dates overlap a window ending this day.")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Event type to keep (repeatable), e.g. battles or \"Explosions/Remote violence\".")
    List<String> types = List.of();

    @Option(names = "--actor", paramLabel = "ID", description = "Keep events involving this actor id (repeatable), e.g. regime, isis.")
    List<String> actors = List.of();

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Keep events of this origin (repeatable): extracted, acled, ucdp, ...")
    List<String> origins = List.of();

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Drop events below this confidence (0..1).")
    double minConfidence;

    @Option(names = "--include-rejected", description = "Also export events an analyst rejected.")
    boolean includeRejected;

    @Option(names = "--undated", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep events whose date is unknown, whatever the window (default: ${DEFAULT-VALUE}; --no-undated drops them), as the window's undated bin does.")
    boolean undated;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Keep events reported by this outlet (repeatable).")
    List<String> outlets = List.of();

    @Option(names = "--text", paramLabel = "WORDS", description = "Keep events whose sentence contains these words (normalised Arabic, as the window's search).")
    String text;

    @Option(names = "--no-bom", description = "CSV without the UTF-8 byte-order mark (Excel then garbles Arabic).")
    boolean noBom;

    @Override
    public void run() {
        ExportFormat fmt = parseFormat();
        EventFilter filter = filter();
        Path dbFile = common.dbFile();
        // Opening a missing database would create an empty one and "export" nothing, silently.
        if (dbFile != null && !Files.isRegularFile(dbFile)) throw new UserError("no database at " + dbFile + " (ingest reports first, or pass --db)");
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new UserError("folder of --out does not exist: " + parent);
        CommonOptions.refuseOverwriting(out, dbFile, List.of());
        try (Database db = Database.open(common.database())) {
            ExportOptions options = ExportOptions.defaults().withCsvBom(!noBom);
            if (fmt == org.clashmap.export.ExportFormat.GPKG) {
                // Control dots, front lines and contested zones as of the window's end (else the newest event).
                LocalDate day = to != null ? to : new EventStore(db).latestEventDay();
                if (day != null) options = options.withGeoPackageLayers(org.clashmap.export.ControlGeoPackageLayers.of(
                        org.clashmap.app.ControlMaps.load(db, org.clashmap.geo.control.ControlOptions.DEFAULTS).at(day)));
            }
            EventExporter exporter = new EventExporter(new EventStore(db), options);
            ExportResult r = exporter.export(filter, fmt, out);
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

    private EventFilter filter() {
        Set<EventType> typeSet = new LinkedHashSet<>();
        for (String t : types) {
            try {
                typeSet.add(EventType.fromLabel(t.trim().replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + " (use e.g. battles, explosions_remote_violence, violence_against_civilians, strategic_developments)");
            }
        }
        try {
            return new EventFilter(from, to, typeSet, Set.copyOf(actors), minConfidence, includeRejected, Set.copyOf(origins),
                    undated, Set.copyOf(outlets), text);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
