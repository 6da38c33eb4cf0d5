package org.clashmap.ingest;

import java.util.List;

/**
 * What an ingest run did; {@code problems} holds one message per file that could not be taken in.
 * {@code duplicates}: reports kept as re-posts of a stored one (no events of their own);
 * {@code linked}: events that joined an incident of other reports; {@code runId}: the run, null when none was recorded;
 * {@code updated}: stored reports replaced by a new version (a Telegram message edited by its channel);
 * {@code undated}: reports stored (or updated) without a publication date, whose events stay undated.
 */
public record IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled,
                            int duplicates, int linked, Long runId, int updated, int undated) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }

    public IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled,
                         int duplicates, int linked, Long runId) {
        this(added, alreadyStored, events, problems, cancelled, duplicates, linked, runId, 0, 0);
    }

    public IngestSummary(int added, int alreadyStored, int events, List<String> problems, boolean cancelled) {
        this(added, alreadyStored, events, problems, cancelled, 0, 0, null);
    }

    /** The same run with files skipped before reading (links leading out of a folder) listed first among the problems. */
    public IngestSummary withSkipped(List<String> skipped) {
        if (skipped.isEmpty()) return this;
        List<String> all = new java.util.ArrayList<>(skipped);
        all.addAll(problems);
        return new IngestSummary(added, alreadyStored, events, all, cancelled, duplicates, linked, runId, updated, undated);
    }

    /**
     * The loud line about undated reports (decision 025), or null when every report stored has a date:
     * how many, why it matters, and the command that gives one its day.
     */
    public String undatedWarning() {
        if (undated == 0) return null;
        return undated + (undated == 1 ? " report was" : " reports were") + " stored without a publication date: "
                + (undated == 1 ? "its" : "their") + " events stay undated (hollow on the map, in the timeline's undated bin). "
                + "Give one its day with: clashmap reports date --report ID --published YYYY-MM-DD (IDs: clashmap reports list --undated)";
    }
}
