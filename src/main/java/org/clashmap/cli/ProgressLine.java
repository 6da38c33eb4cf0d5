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

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public void reportDone(int done, int total, String current) {
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
