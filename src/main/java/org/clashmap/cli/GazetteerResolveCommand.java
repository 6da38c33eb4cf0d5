package org.clashmap.cli;

import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Resolves every place reference of a report file; one tab-separated line per location. */
@Command(name = "resolve", description = "Resolve the place references of a report (TSV: start, end, surface, anchor, relation, lat, lon, km, confidence).")
public final class GazetteerResolveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 report text")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(file)) throw new UserError("not found: " + file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Location l : Gazetteers.load().resolve(text)) {
            System.out.printf(Locale.ROOT, "%d\t%d\t%s\t%s\t%s\t%s\t%.5f\t%.5f\t%.1f\t%.2f%n", l.start(), l.end(),
                    l.surface().replace('\n', ' '), l.anchor().id(), l.anchor().nameEn(), l.relation() == null ? "" : l.relation(),
                    l.lat(), l.lon(), l.precisionKm(), l.confidence());
        }
        return 0;
    }
}
