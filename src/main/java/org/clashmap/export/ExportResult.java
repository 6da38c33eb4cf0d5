package org.clashmap.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param features           points written (one per event and place)
 * @param events             events that passed the filter and had at least one place
 * @param eventsWithoutPlace events that passed the filter but have no place, so could not be mapped
 * @param incidents          incidents across reports those events are mentions of (decision 021): {@code events} when none is told twice
 */
public record ExportResult(Path file, ExportFormat format, int features, int events, int eventsWithoutPlace, int incidents) {
    public ExportResult(Path file, ExportFormat format, int features, int events, int eventsWithoutPlace) {
        this(file, format, features, events, eventsWithoutPlace, events);
    }

    /** "36 incidents at 83 places", or "40 mentions of 36 incidents at 90 places" when some incident is told by several reports. */
    public String counts() {
        return incidents == events ? events + " incidents at " + features + " places"
                : events + " mentions of " + incidents + " incidents at " + features + " places";
    }
}
