package org.clashmap.gazetteer;

/** A place a name may refer to, with a score in [0,1] (higher is more likely). */
public record Candidate(Place place, double score) {}
