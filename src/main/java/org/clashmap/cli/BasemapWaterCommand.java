package org.clashmap.cli;

import org.clashmap.geo.basemap.WaterSupplement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clashmap basemap water}: derives the committed river and lake supplement from a Natural Earth GeoJSON copy. */
@Command(name = "water", description = "Derive basemap/" + WaterSupplement.FILE + " (Orontes, Khabur, lakes) from Natural Earth's 10 m Europe rivers and lakes.")
public final class BasemapWaterCommand implements Callable<Integer> {
    @Option(names = "--natural-earth", required = true, paramLabel = "DIR",
            description = "A Natural Earth GeoJSON copy with ne_10m_rivers_europe and ne_10m_lakes_europe (geojson/ or 10m/physical/)")
    Path naturalEarth;

    @Option(names = "--from", paramLabel = "DIR", description = "Shared data directory with basemap/ (default: ${DEFAULT-VALUE})")
    Path from = Path.of("../shared/data");

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default: ${DEFAULT-VALUE})")
    Path out = Path.of("basemap", WaterSupplement.FILE);

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from.resolve("basemap"))) throw new UserError("no basemap/ under " + from.toAbsolutePath().normalize());
        try {
            int n = WaterSupplement.derive(naturalEarth, from.resolve("basemap"), out);
            System.out.println("basemap water: " + n + " rivers and lakes written to " + out + " (Made with Natural Earth)");
        } catch (java.io.IOException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }
}
