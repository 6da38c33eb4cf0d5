package org.clashmap.cli;

import org.clashmap.extract.EventType;
import org.clashmap.store.EventFilter;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The window's filters as command-line options, for every command that takes "the events of a
 * filter" ({@code export}, {@code chart}): one set of options building the one
 * {@link EventFilter}, so the same options select the same events in each.
 */
public final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Keep events whose dates overlap a window starting this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Keep events whose dates overlap a window ending this day.")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Event type to keep (repeatable), e.g. battles or \"Explosions/Remote violence\".")
    List<String> types = List.of();

    @Option(names = "--actor", paramLabel = "ID", description = "Keep events involving this actor id (repeatable), e.g. regime, isis.")
    List<String> actors = List.of();

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Keep events of this origin (repeatable): extracted, acled, ucdp, ...")
    List<String> origins = List.of();

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Drop events below this confidence (0..1).")
    double minConfidence;

    @Option(names = "--include-rejected", description = "Also keep events an analyst rejected.")
    boolean includeRejected;

    @Option(names = "--undated", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep events whose date is unknown, whatever the window (default: ${DEFAULT-VALUE}; --no-undated drops them), as the window's undated bin does.")
    boolean undated;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Keep events reported by this outlet (repeatable).")
    List<String> outlets = List.of();

    @Option(names = "--text", paramLabel = "WORDS", description = "Keep events whose sentence contains these words (normalised Arabic, as the window's search).")
    String text;

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** The filter these options describe; a bad value is a one-line {@link UserError}. */
    public EventFilter filter() {
        Set<EventType> typeSet = new LinkedHashSet<>();
        for (String t : types) {
            try {
                typeSet.add(EventType.fromLabel(t.trim().replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + " (use e.g. battles, explosions_remote_violence, violence_against_civilians, strategic_developments)");
            }
        }
        try {
            return new EventFilter(from, to, typeSet, Set.copyOf(actors), minConfidence, includeRejected, Set.copyOf(origins),
                    undated, Set.copyOf(outlets), text);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
