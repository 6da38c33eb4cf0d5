package org.clashmap.cli;

import org.clashmap.geo.basemap.BasemapBuilder;
import org.clashmap.geo.basemap.BasemapFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code clashmap basemap build}: regenerates the committed basemap resources from the shared data. */
@Command(name = "build", description = "Derive the compact offline basemap (vectors + labels) from the shared source data.")
public final class BasemapBuildCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "DIR", description = "Shared data directory with basemap/ and gazetteer/ (default: ${DEFAULT-VALUE})")
    Path from = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("src/main/resources/basemap");

    @Option(names = "--water", paramLabel = "FILE", description = "Natural Earth water supplement made by 'basemap water' (default: ${DEFAULT-VALUE}; skipped when absent)")
    Path water = Path.of("basemap", org.clashmap.geo.basemap.WaterSupplement.FILE);

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from.resolve("basemap")) || !Files.isDirectory(from.resolve("gazetteer"))) {
            throw new UserError("no basemap/ and gazetteer/ under " + from.toAbsolutePath().normalize());
        }
        long t0 = System.nanoTime();
        Path supplement = Files.isRegularFile(water) ? water : null;
        if (supplement == null) System.err.println("note: no water supplement at " + water + " (basemap water makes it); rivers and lakes from the shared data only");
        List<BasemapFormat.Layer> layers = new BasemapBuilder(from, supplement).build(out);
        long vertices = layers.stream().flatMap(l -> l.features().stream())
                .flatMap(f -> f.paths().stream()).mapToLong(p -> p.length / 2).sum();
        System.out.printf("basemap: %d layers, %d vertices, %s = %,d bytes, %s = %,d bytes (%d ms)%n",
                layers.size(), vertices,
                BasemapBuilder.VECTOR_FILE, Files.size(out.resolve(BasemapBuilder.VECTOR_FILE)),
                BasemapBuilder.PLACES_FILE, Files.size(out.resolve(BasemapBuilder.PLACES_FILE)),
                (System.nanoTime() - t0) / 1_000_000);
        int[] areas = new org.clashmap.geo.basemap.AdminAreasBuilder(from).build(out);
        System.out.printf("admin areas: %d governorates, %d districts, %d sub-districts, %s = %,d bytes%n", areas[0], areas[1], areas[2],
                org.clashmap.geo.basemap.AdminAreasBuilder.FILE, Files.size(out.resolve(org.clashmap.geo.basemap.AdminAreasBuilder.FILE)));
        return 0;
    }
}
