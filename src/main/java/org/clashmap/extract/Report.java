package org.clashmap.extract;

import java.time.LocalDate;

/**
 * A news report as it arrives: its text and what is known of its publication.
 *
 * @param published  publication date, or null when unknown (events then stay undated)
 * @param precision  how exact {@code published} is
 * @param source     file name or other identifier of where the text came from
 * @param outlet     the publishing outlet, may be empty
 */
public record Report(String text, LocalDate published, TimePrecision precision, String source, String outlet) {
    public Report {
        if (text == null) throw new IllegalArgumentException("report text is null");
        if (published == null) precision = TimePrecision.UNKNOWN;
        outlet = outlet == null ? "" : outlet;
        source = source == null ? "" : source;
    }
}
