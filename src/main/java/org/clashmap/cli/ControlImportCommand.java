package org.clashmap.cli;

import org.clashmap.geo.control.ControlLayerFile;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code clashmap control import --db DB FILE.geojson}: an analyst's control polygons as a baseline layer. */
@Command(name = "import", description = "Import a GeoJSON control layer (Polygon/MultiPolygon; properties controller, valid_from, valid_to).")
public final class ControlImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "GeoJSON FeatureCollection in WGS84 degrees.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(file)) throw new UserError(file + ": is a folder, not a control layer file");
        if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file");
        CommonOptions.refuseDatabaseAmongInputs(common.dbFile(), List.of(file));
        List<ControlLayerFile.Feature> features;
        try {
            features = ControlLayerFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + "; nothing was imported");
        }
        List<ControlStore.LayerZone> zones = new ArrayList<>();
        for (ControlLayerFile.Feature f : features) {
            Envelope e = f.zone().geometry().getEnvelopeInternal();
            zones.add(new ControlStore.LayerZone(f.zone().controller(), f.zone().validFrom(), f.zone().validTo(), f.geometryJson(),
                    e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
        }
        try (Database db = Database.open(common.database())) {
            long id = new ControlStore(db).importLayer(file.getFileName().toString(), zones);
            System.out.println("control layer " + id + ": " + zones.size() + " polygons from " + file.getFileName());
            int n = 0;
            for (ControlLayerFile.Feature f : features) {
                n++;
                if (f.repaired() != null) System.err.println("clashmap: " + file + ": feature " + n + ": " + f.repaired());
            }
            ControlRefreshCommand.afterChange(db);
        }
        return 0;
    }
}
