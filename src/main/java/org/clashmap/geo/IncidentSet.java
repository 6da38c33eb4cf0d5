package org.clashmap.geo;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;

import java.util.List;

/**
 * Every (event, place) pair as a map symbol, in flat primitive arrays: a million incidents cost
 * a few dozen MB and drawing a frame allocates nothing. Positions are normalised Web Mercator
 * world coordinates ([0,1], y down), so any zoom is a multiplication away.
 */
public final class IncidentSet {
    public static final int UNDATED = Integer.MIN_VALUE;
    public static final byte FLAG_UNDATED = 1, FLAG_LOW_CONFIDENCE = 2, FLAG_EDITED = 4, FLAG_REJECTED = 8, FLAG_UNCERTAIN_DATE = 16;
    /** Below this confidence an incident is drawn faded. */
    public static final double LOW_CONFIDENCE = 0.5;

    private final List<StoredEvent> events;
    public final int size;
    public final int[] event;        // index into events()
    public final double[] wx, wy;
    public final byte[] type;        // EventType ordinal
    public final int[] fatalities;   // -1 unknown
    public final float[] precisionKm;
    public final int[] dayFrom, dayTo; // epoch days, UNDATED when unknown
    public final byte[] flags;
    public final double[] lat, lon;
    /** Incidents of event e are eventFirst[e] .. eventFirst[e + 1] - 1 (contiguous by construction). */
    private final int[] eventFirst;

    private IncidentSet(List<StoredEvent> events, int size) {
        this.events = events;
        this.size = size;
        event = new int[size];
        wx = new double[size];
        wy = new double[size];
        lat = new double[size];
        lon = new double[size];
        type = new byte[size];
        fatalities = new int[size];
        precisionKm = new float[size];
        dayFrom = new int[size];
        dayTo = new int[size];
        flags = new byte[size];
        eventFirst = new int[events.size() + 1];
    }

    public static IncidentSet of(List<StoredEvent> events) {
        int n = 0;
        for (StoredEvent e : events) n += e.places().size();
        IncidentSet s = new IncidentSet(List.copyOf(events), n);
        int i = 0;
        for (int ei = 0; ei < events.size(); ei++) {
            StoredEvent e = events.get(ei);
            s.eventFirst[ei] = i;
            for (EventPlace p : e.places()) s.set(i++, ei, e, p);
        }
        s.eventFirst[events.size()] = i;
        return s;
    }

    private void set(int i, int ei, StoredEvent e, EventPlace p) {
        event[i] = ei;
        lat[i] = p.lat();
        lon[i] = p.lon();
        wx[i] = WebMercator.worldX(p.lon());
        wy[i] = WebMercator.worldY(p.lat());
        type[i] = (byte) e.type().ordinal();
        fatalities[i] = e.fatalities() == null ? -1 : e.fatalities();
        precisionKm[i] = (float) p.precisionKm();
        DateRange d = e.date();
        dayFrom[i] = d.isKnown() ? (int) d.from().toEpochDay() : UNDATED;
        dayTo[i] = d.isKnown() ? (int) d.to().toEpochDay() : UNDATED;
        byte f = 0;
        if (!d.isKnown()) f |= FLAG_UNDATED;
        else if (!d.from().equals(d.to())) f |= FLAG_UNCERTAIN_DATE;
        if (e.confidence() < LOW_CONFIDENCE || p.confidence() < LOW_CONFIDENCE) f |= FLAG_LOW_CONFIDENCE;
        if (e.edited()) f |= FLAG_EDITED;
        if (e.review() == ReviewStatus.REJECTED) f |= FLAG_REJECTED;
        flags[i] = f;
    }

    public List<StoredEvent> events() {
        return events;
    }

    public int firstIncidentOf(int eventIndex) {
        return eventFirst[eventIndex];
    }

    public int endIncidentOf(int eventIndex) {
        return eventFirst[eventIndex + 1];
    }

    /** Index in {@link #events()} of the event with this database id, or -1. */
    public int eventIndexOfId(long id) {
        for (int i = 0; i < events.size(); i++) if (events.get(i).id() == id) return i;
        return -1;
    }

    public StoredEvent eventOf(int incident) {
        return events.get(event[incident]);
    }

    public EventType typeOf(int incident) {
        return EventType.values()[type[incident]];
    }

    public boolean has(int incident, byte flag) {
        return (flags[incident] & flag) != 0;
    }
}
