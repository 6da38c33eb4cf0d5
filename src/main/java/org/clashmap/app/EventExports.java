package org.clashmap.app;

import org.clashmap.export.ControlGeoPackageLayers;
import org.clashmap.export.EventExporter;
import org.clashmap.export.ExportFormat;
import org.clashmap.export.ExportOptions;
import org.clashmap.export.ExportResult;
import org.clashmap.geo.basemap.SyriaOutline;
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
        loadOutlineMeanwhile();
        ControlMaps.ClashCollector battles = new ControlMaps.ClashCollector();
        ExportOptions withControl = options.withGeoPackageLayers(() -> ControlGeoPackageLayers.of(battles.map(db, control).at(controlDay)));
        return new EventExporter(store, withControl).export(which, format, out, battles);
    }

    /**
     * Loads Syria's outline, which the control map clips its zones with, on another thread while the rows are written:
     * it reads and checks the whole basemap (about 0.05 s), which the writing thread would otherwise do at the end, on
     * the export's critical path (decision 049). A failure here is left for the control map's own load to report.
     */
    private static void loadOutlineMeanwhile() {
        Thread t = new Thread(() -> {
            try {
                SyriaOutline.load();
            } catch (RuntimeException e) {
                // SyriaOutline.load() is asked again when the control map is built, and fails there with its message
            }
        }, "clashmap-outline");
        t.setDaemon(true);
        t.start();
    }
}
