package org.clashmap.cli;

import org.clashmap.gazetteer.build.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Rebuilds gazetteer/places.tsv from the open data and gazetteer/curated.tsv. */
@Command(name = "build", description = "Build gazetteer/places.tsv from the open data and the curated list.")
public final class GazetteerBuildCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "DIR", description = "Open-data gazetteer folder (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/gazetteer")
    Path from;

    @Option(names = "--ucdp", paramLabel = "CSV", description = "UCDP GED CSV (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/events/ucdp_ged191_syria.csv")
    Path ucdp;

    @Option(names = "--basemap", paramLabel = "DIR", description = "Folder of the OCHA admin GeoJSON (default: ../basemap next to --from)")
    Path basemap;

    @Option(names = "--out", paramLabel = "DIR", description = "Gazetteer folder holding curated.tsv and ocha_fixes.tsv (default: ${DEFAULT-VALUE})",
            defaultValue = "gazetteer")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path base = basemap != null ? basemap : from.toAbsolutePath().normalize().resolveSibling("basemap");
        for (Path p : new Path[]{from, ucdp, base, out.resolve("curated.tsv")}) {
            if (!Files.exists(p)) throw new UserError("not found: " + p);
        }
        new GazetteerBuilder(from, ucdp, base, out, System.err).build();
        return 0;
    }
}
