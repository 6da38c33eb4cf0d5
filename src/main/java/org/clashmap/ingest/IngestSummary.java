package org.clashmap.ingest;

import java.util.List;

/** What an ingest run did; {@code problems} holds one message per file that could not be taken in. */
public record IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }
}
