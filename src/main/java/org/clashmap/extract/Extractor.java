package org.clashmap.extract;

/** Turns a report into events and control claims. Pure: safe to call from any thread. */
public interface Extractor {
    Extraction extract(Report report);
}
