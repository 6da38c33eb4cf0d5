package org.clashmap.ui.model;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The lean set's stand-ins for records: table rows built from the event columns when the table
 * needs them (at most {@link AppModel#TABLE_CAP} per filter change, never all million), and the
 * filter evaluated on columns. A lean load has no actors, places, outlets or sentences in
 * memory, so those filters do not apply to it (the filter pane offers no actor/outlet choices
 * then); type, confidence, rejected, undated and dates do.
 */
public final class LightRows {
    private static final EventType[] TYPES = EventType.values();

    private LightRows() {
    }

    /** The filter's column criteria ({@link org.clashmap.store.EventFilter#testColumns}) for event {@code e} of a lean set. */
    static boolean passes(IncidentSet set, int e, ViewFilter f) {
        IncidentSet.EventColumns c = set.eventColumns();
        boolean dated = c.dayFrom()[e] != IncidentSet.UNDATED;
        return f.events().testColumns(TYPES[c.type()[e]], c.confidence()[e], (c.flags()[e] & IncidentSet.FLAG_REJECTED) != 0,
                dated, c.dayFrom()[e], c.dayTo()[e]);
    }

    /** Date test for an event without places (it has no incident in the time index). */
    static boolean inWindow(IncidentSet set, int e, ViewFilter f) {
        IncidentSet.EventColumns c = set.eventColumns();
        return f.events().inWindow(c.dayFrom()[e] != IncidentSet.UNDATED, c.dayFrom()[e], c.dayTo()[e]);
    }

    public static StoredEvent row(IncidentSet set, int e) {
        IncidentSet.EventColumns c = set.eventColumns();
        int from = c.dayFrom()[e], to = c.dayTo()[e];
        DateRange date = from == IncidentSet.UNDATED ? DateRange.UNKNOWN
                : new DateRange(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to),
                to == from ? TimePrecision.DAY : to - from <= 7 ? TimePrecision.WEEK : TimePrecision.MONTH);
        byte flags = c.flags()[e];
        return new StoredEvent(set.eventId(e), null, "", null, TYPES[c.type()[e]], null, date,
                c.fatalities()[e] < 0 ? null : c.fatalities()[e], null, c.confidence()[e],
                (flags & IncidentSet.FLAG_REJECTED) != 0 ? ReviewStatus.REJECTED : ReviewStatus.UNREVIEWED,
                null, 0, 0, List.of(), List.of(), null, null, (flags & IncidentSet.FLAG_EDITED) != 0);
    }
}
