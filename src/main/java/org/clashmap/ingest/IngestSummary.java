package org.clashmap.ingest;

import java.util.List;

/** What an ingest run did; {@code problems} holds one message per file that could not be taken in. */
public record IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }

    /** The same run with files skipped before reading (links leading out of a folder) listed first among the problems. */
    public IngestSummary withSkipped(List<String> skipped) {
        if (skipped.isEmpty()) return this;
        List<String> all = new java.util.ArrayList<>(skipped);
        all.addAll(problems);
        return new IngestSummary(added, alreadyStored, events, all, cancelled);
    }
}
