package org.clashmap.store;

import org.clashmap.incidents.Fingerprint;

/**
 * What the store files a report's text under: its SHA-256 (the same report again) and its MinHash fingerprint (the
 * same article re-posted or lightly edited). Both read the whole text, so an ingest makes them on the threads that
 * extract, beside the extraction, and the one thread that writes only stores them.
 */
public record ReportKeys(String sha256, Fingerprint fingerprint) {
    public static ReportKeys of(String text) {
        return of(Sha256.of(text), text);
    }

    /** The keys of {@code text} whose SHA-256 is already known (it was looked up before extracting). */
    public static ReportKeys of(String sha256, String text) {
        return new ReportKeys(sha256, Fingerprint.of(text));
    }
}
