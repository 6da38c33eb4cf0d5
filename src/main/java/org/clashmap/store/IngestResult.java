package org.clashmap.store;

/** What storing one report did: {@code added} is false when the same text was already stored. */
public record IngestResult(long articleId, boolean added, int events, int claims) {}
