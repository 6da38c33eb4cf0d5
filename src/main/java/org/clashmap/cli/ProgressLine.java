package org.clashmap.cli;

import org.clashmap.ingest.IngestProgress;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress report on stderr with rate and ETA, redrawn at most a few times a second. */
final class ProgressLine implements IngestProgress {
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private final boolean enabled;

    /** Draws only on a terminal: in a pipe or a log the carriage-return redraws are noise, and stderr keeps one line per problem. */
    ProgressLine(PrintStream err) {
        this(err, System.console() != null);
    }

    ProgressLine(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void reportDone(int done, int total, String current) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 250_000_000L) return;
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        double eta = rate > 0 ? (total - done) / rate : 0;
        err.printf(Locale.ROOT, "\r%d/%d reports  %.0f/s  ETA %.0f s   ", done, total, rate, eta);
        drawn = true;
    }

    void finish() {
        if (drawn) err.println();
    }
}
