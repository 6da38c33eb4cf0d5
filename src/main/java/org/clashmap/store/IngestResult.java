package org.clashmap.store;

/**
 * What storing one report did: {@code added} is false when the same text was already stored;
 * {@code duplicateOf} is the stored report it re-posts (a near-duplicate text, kept without events
 * of its own), else null; {@code linked} how many of its events joined an incident of other reports.
 */
public record IngestResult(long articleId, boolean added, int events, int claims, Long duplicateOf, int linked) {
    public IngestResult(long articleId, boolean added, int events, int claims) {
        this(articleId, added, events, claims, null, 0);
    }
}
