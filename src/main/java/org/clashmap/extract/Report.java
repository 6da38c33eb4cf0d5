package org.clashmap.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A news report as it arrives: its text and what is known of its publication.
 *
 * @param published   publication date, or null when unknown (events then stay undated)
 * @param precision   how exact {@code published} is
 * @param source      file name or other identifier of where the text came from
 * @param outlet      the publishing outlet, may be empty
 * @param link        where the original can be read again (a page's URL, a Telegram message's link), or null
 * @param publishedAt the exact moment of publication when the source gives one (a Telegram message), or null
 */
public record Report(String text, LocalDate published, TimePrecision precision, String source, String outlet,
                     String link, OffsetDateTime publishedAt) {
    public Report {
        if (text == null) throw new IllegalArgumentException("report text is null");
        if (published == null) precision = TimePrecision.UNKNOWN;
        outlet = outlet == null ? "" : outlet;
        source = source == null ? "" : source;
        link = link == null || link.isBlank() ? null : link;
    }

    /** A report known by its file name only (no link back, no time of day). */
    public Report(String text, LocalDate published, TimePrecision precision, String source, String outlet) {
        this(text, published, precision, source, outlet, null, null);
    }
}
