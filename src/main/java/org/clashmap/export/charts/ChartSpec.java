package org.clashmap.export.charts;

import org.clashmap.geo.Language;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What chart to draw: its kind, the period of time charts, what the bars are stacked by, how many
 * places a top-places chart lists, the language of its texts, and the filter's window (for the
 * subtitle; null ends are open).
 */
public record ChartSpec(Kind kind, Period period, Stack stack, int top, Language lang, LocalDate from, LocalDate to) {
    /** The charts analysts asked for. */
    public enum Kind {
        /** Incidents per period. */
        INCIDENTS,
        /** Fatalities per period. */
        FATALITIES,
        /** The places with most incidents. */
        TOP_PLACES,
        /** Fatalities per governorate. */
        GOVERNORATES;

        public boolean overTime() {
            return this == INCIDENTS || this == FATALITIES;
        }

        public boolean countsFatalities() {
            return this == FATALITIES || this == GOVERNORATES;
        }
    }

    public enum Period { WEEK, MONTH }

    public enum Stack { TYPE, ACTOR, GOVERNORATE, NONE }

    public ChartSpec {
        if (top < 1 || top > 100) throw new IllegalArgumentException("--top must be 1..100, not " + top);
        if (lang == null) lang = Language.AR;
    }

    /** Parses a command-line name: "incidents", "top-places", "week", "governorate" ... */
    public static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E v : type.getEnumConstants()) names.append(names.isEmpty() ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            throw new IllegalArgumentException(option + " must be one of " + names + ", not " + value);
        }
    }
}
