package org.clashmap.app;

import org.clashmap.export.ControlGeoPackageLayers;
import org.clashmap.export.EventExporter;
import org.clashmap.export.ExportFormat;
import org.clashmap.export.ExportOptions;
import org.clashmap.export.ExportResult;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * An export of the stored events as the window and {@code clashmap export} both make it: a GeoPackage
 * also carries who holds what as of a day (control dots, front lines, contested zones), its control map
 * built from the battles seen as the events stream into the file — the events are read once (decision 029).
 */
public final class EventExports {
    private EventExports() {
    }

    /** {@code controlDay} null: no control layers. */
    public static ExportResult export(Database db, ExportOptions options, Predicate<StoredEvent> which, ExportFormat format, Path out,
                                      LocalDate controlDay, ControlOptions control) throws IOException {
        EventStore store = new EventStore(db);
        if (format != ExportFormat.GPKG || controlDay == null) return new EventExporter(store, options).export(which, format, out);
        ControlMaps.ClashCollector battles = new ControlMaps.ClashCollector();
        ExportOptions withControl = options.withGeoPackageLayers(() -> ControlGeoPackageLayers.of(battles.map(db, control).at(controlDay)));
        return new EventExporter(store, withControl).export(which, format, out, battles);
    }
}
