package org.clashmap.sources;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and feeds write them: ISO 8601 with or without time and offset
 * ({@code 2018-04-25}, {@code 2018-04-25T09:12:00+03:00}, {@code +0300}, {@code Z}), RFC 822 / 1123
 * as RSS has them ({@code Wed, 25 Apr 2018 09:12:00 +0300}, also without the weekday or with a zone
 * name such as GMT), and a date inside a URL ({@code /2018/04/25/}, {@code /2018-04-25}, {@code /20180425}).
 * The day is the one at the place of publication (the offset the source gives), not converted to ours.
 */
public final class SourceDates {
    /** A publication date; {@code at} the exact moment when the source gives a time with an offset, else null. */
    public record Published(LocalDate date, OffsetDateTime at, String basis) {}

    private static final DateTimeFormatter RFC822 = new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM yyyy HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .appendPattern(" ").optionalStart().appendPattern("xx").optionalEnd().optionalStart().appendPattern("z").optionalEnd()
            .toFormatter(Locale.ENGLISH);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    private SourceDates() {
    }

    /** The date in {@code s}, or null when it is none of the forms above (or not a real day). */
    public static Published parse(String s, String basis) {
        if (s == null) return null;
        String t = s.trim();
        if (t.isEmpty()) return null;
        Matcher m = ISO.matcher(t);
        try {
            if (m.lookingAt()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null || m.group(7) == null) return new Published(d, null, basis);
                LocalDateTime local = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String z = m.group(7);
                ZoneOffset off = z.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
                return new Published(d, OffsetDateTime.of(local, off), basis);
            }
            ZonedDateTime z = ZonedDateTime.parse(t.replaceAll("\\s+", " "), RFC822);
            return new Published(z.toLocalDate(), z.toOffsetDateTime(), basis);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The date a URL's path carries ({@code /2018/04/25/story}), or null. */
    public static Published inUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                return new Published(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null,
                        "the date in its address " + url);
            } catch (DateTimeException e) {
                // not a real day: look further along the path
            }
        }
        return null;
    }
}
