package org.clashmap.cli;

import org.clashmap.datasets.UcdpProfile;
import org.clashmap.store.DatasetStore;
import org.clashmap.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code clashmap generate --events N [--seed S]} fills a database with synthetic events shaped
 * like UCDP's; {@code --build-profile} (re)writes the committed profile from the UCDP file.
 */
@Command(name = "generate", description = "Fill a database with realistic synthetic events (origin 'synthetic').")
public final class GenerateCommand implements Runnable {
    @Mixin
    CommonOptions common;

    @Option(names = "--events", paramLabel = "N", description = "How many events to generate.")
    Integer events;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same events (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ucdp", paramLabel = "CSV",
            description = "Learn from this UCDP GED CSV at run time instead of the bundled profile (with --build-profile default: ../shared/data/events/ucdp_ged191_syria.csv).")
    Path ucdp;

    @Option(names = "--build-profile", description = "Write the profile learned from --ucdp to --profile-out and stop.")
    boolean buildProfile;

    @Option(names = "--profile-out", paramLabel = "TSV", defaultValue = "src/main/resources/datasets/" + UcdpProfile.RESOURCE,
            description = "Where --build-profile writes (default: ${DEFAULT-VALUE}).")
    Path profileOut;

    @Override
    public void run() {
        try {
            if (buildProfile) {
                Path src = ucdp != null ? ucdp : Path.of("../shared/data/events/ucdp_ged191_syria.csv");
                if (!Files.isRegularFile(src)) throw new UserError(src + ": no such file (give the UCDP CSV with --ucdp)");
                UcdpProfile p = UcdpProfile.learn(src);
                try (Writer w = Files.newBufferedWriter(profileOut, StandardCharsets.UTF_8)) {
                    p.write(w);
                }
                System.out.println("profile written to " + profileOut);
                return;
            }
            if (events == null || events < 0) throw new UserError("give the number of events with --events N");
            UcdpProfile profile;
            if (ucdp != null) {
                if (!Files.isRegularFile(ucdp)) throw new UserError(ucdp + ": no such file");
                profile = UcdpProfile.learn(ucdp);
            } else {
                profile = UcdpProfile.bundled();
            }
            try (Database db = Database.open(common.database())) {
                long t0 = System.nanoTime();
                int added = org.clashmap.app.SyntheticEvents.generator(profile, seed).fill(new DatasetStore(db), events, 50_000);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "synthetic: generated %d events (seed %d), %d new, %d already present (%.2f s)%n",
                        events, seed, added, events - added, s);
            }
        } catch (IOException e) {
            throw new UserError(e.getMessage(), 1, e);
        }
    }
}
