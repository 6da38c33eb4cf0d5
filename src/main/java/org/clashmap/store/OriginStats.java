package org.clashmap.store;

import java.time.LocalDate;

/** What one origin holds: event count, earliest date_from, latest date_to, summed fatalities. */
public record OriginStats(String origin, long events, LocalDate minDate, LocalDate maxDate, long fatalities) {}
