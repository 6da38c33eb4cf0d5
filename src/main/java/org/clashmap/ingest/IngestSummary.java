package org.clashmap.ingest;

import java.util.List;

/**
 * What an ingest run did; {@code problems} holds one message per file that could not be taken in.
 * {@code duplicates}: reports kept as re-posts of a stored one (no events of their own);
 * {@code linked}: events that joined an incident of other reports; {@code runId}: the run, null when none was recorded.
 */
public record IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled,
                            int duplicates, int linked, Long runId) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }

    public IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled) {
        this(added, alreadyStored, events, problems, cancelled, 0, 0, null);
    }

    /** The same run with files skipped before reading (links leading out of a folder) listed first among the problems. */
    public IngestSummary withSkipped(List<String> skipped) {
        if (skipped.isEmpty()) return this;
        List<String> all = new java.util.ArrayList<>(skipped);
        all.addAll(problems);
        return new IngestSummary(added, alreadyStored, events, all, cancelled, duplicates, linked, runId);
    }
}
