package org.clashmap.cli;

import org.clashmap.geo.control.ControlOptions;
import picocli.CommandLine.Option;

/** The control map's tunables on the command line, shared by {@code control export} and {@code control store}. */
public final class ControlMapOptions {
    @Option(names = "--front-distance-km", defaultValue = "30", description = "Reach of a side's places (default: ${DEFAULT-VALUE} km)")
    double frontKm;

    @Option(names = "--fade-days", defaultValue = "180", description = "Claims older than this fade to unknown (default: ${DEFAULT-VALUE})")
    int fadeDays;

    @Option(names = "--contested-days", defaultValue = "7",
            description = "Opposing claims or battles within this many days make a place contested (default: ${DEFAULT-VALUE})")
    int contestedDays;

    /** The options given, or a one-line error naming the one out of range. */
    ControlOptions options() {
        try {
            return ControlOptions.DEFAULTS.withFrontDistanceKm(frontKm).withFadeDays(fadeDays).withContestedDays(contestedDays);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
