package org.clashmap.ingest;

/** Told after each report; {@code done} of {@code total} handled so far. */
@FunctionalInterface
public interface IngestProgress {
    IngestProgress NONE = (done, total, current) -> { };

    void reportDone(int done, int total, String current);
}
