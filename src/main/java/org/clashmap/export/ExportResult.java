package org.clashmap.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param features           points written (one per event and place)
 * @param events             events that passed the filter and had at least one place
 * @param eventsWithoutPlace events that passed the filter but have no place, so could not be mapped
 */
public record ExportResult(Path file, ExportFormat format, int features, int events, int eventsWithoutPlace) {}
