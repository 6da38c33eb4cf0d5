package org.clashmap.geo.index;

import org.clashmap.geo.WebMercator;

import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.extract.FatalityShares;
import org.clashmap.store.IncidentRowSink;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;

import java.util.Arrays;
import java.util.List;

/**
 * Every (event, place) pair as a map symbol, in flat primitive arrays: a million incidents cost
 * a few dozen MB and drawing a frame allocates nothing. Positions are normalised Web Mercator
 * world coordinates ([0,1], y down), so any zoom is a multiplication away.
 * <p>
 * Two ways in: {@link #of} from full {@link StoredEvent}s (small databases, tests), or
 * {@link #builder()} fed bare columns by {@code EventStore.forEachIncidentRow} — a lean set
 * with no records behind it ({@link #hasEvents()} false), for databases of a million events.
 */
public final class IncidentSet {
    public static final int UNDATED = IncidentRowSink.UNDATED;
    public static final byte FLAG_UNDATED = 1, FLAG_LOW_CONFIDENCE = 2, FLAG_EDITED = 4, FLAG_REJECTED = 8, FLAG_UNCERTAIN_DATE = 16;
    /** Below this confidence an incident is drawn faded. */
    public static final double LOW_CONFIDENCE = 0.5;

    private final List<StoredEvent> events;
    public final int size;
    public final int[] event;        // event index (into events() when present)
    public final double[] wx, wy;
    public final byte[] type;        // EventType ordinal
    /**
     * This place's share of its event's dead by {@link FatalityShares} (-1 none): an event's dead
     * are drawn once, so a 42-dead event at three places is one large symbol and two small ones.
     * The event's total is {@link StoredEvent#fatalities()} or {@link EventColumns#fatalities()}.
     */
    public final int[] fatalities;
    public final float[] precisionKm;
    public final int[] dayFrom, dayTo; // epoch days, UNDATED when unknown
    public final byte[] flags;
    public final double[] lat, lon;
    /** Incidents of event e are eventFirst[e] .. eventFirst[e + 1] - 1 (contiguous by construction). */
    private final int[] eventFirst;
    private final long[] eventIds;   // database id per event index, ascending when loaded lean
    /** Per-event columns of a lean set (empty otherwise): enough to filter and list events without records. */
    private EventColumns eventColumns = EventColumns.EMPTY;

    /** Event-level attributes of a lean set, indexed by event index; flags as for incidents (place confidence aside). */
    public record EventColumns(byte[] type, int[] dayFrom, int[] dayTo, int[] fatalities, float[] confidence, byte[] flags) {
        static final EventColumns EMPTY = new EventColumns(new byte[0], new int[0], new int[0], new int[0], new float[0], new byte[0]);

        EventColumns(int n) {
            this(new byte[n], new int[n], new int[n], new int[n], new float[n], new byte[n]);
        }

        EventColumns grow(int n) {
            return new EventColumns(Arrays.copyOf(type, n), Arrays.copyOf(dayFrom, n), Arrays.copyOf(dayTo, n),
                    Arrays.copyOf(fatalities, n), Arrays.copyOf(confidence, n), Arrays.copyOf(flags, n));
        }
    }

    private IncidentSet(List<StoredEvent> events, int size, int eventCount) {
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
        eventFirst = new int[eventCount + 1];
        eventIds = new long[eventCount];
    }

    /** A lean set over {@code columns}' arrays themselves, {@code size} long (a builder's columns that came out exact). */
    private IncidentSet(IncidentSet columns, long[] eventIds, int[] eventFirst) {
        this.events = List.of();
        this.size = columns.size;
        event = columns.event;
        wx = columns.wx;
        wy = columns.wy;
        lat = columns.lat;
        lon = columns.lon;
        type = columns.type;
        fatalities = columns.fatalities;
        precisionKm = columns.precisionKm;
        dayFrom = columns.dayFrom;
        dayTo = columns.dayTo;
        flags = columns.flags;
        this.eventFirst = eventFirst;
        this.eventIds = eventIds;
    }

    public static IncidentSet of(List<StoredEvent> events) {
        int n = 0;
        for (StoredEvent e : events) n += e.places().size();
        IncidentSet s = new IncidentSet(List.copyOf(events), n, events.size());
        int i = 0;
        for (int ei = 0; ei < events.size(); ei++) {
            StoredEvent e = events.get(ei);
            s.eventFirst[ei] = i;
            s.eventIds[ei] = e.id();
            List<FatalityShares.Share> dead = FatalityShares.of(e.fatalities(), e.places());
            for (int k = 0; k < e.places().size(); k++) s.set(i++, ei, e, e.places().get(k), dead.get(k).countOrMinusOne());
        }
        s.eventFirst[events.size()] = i;
        return s;
    }

    private void set(int i, int ei, StoredEvent e, EventPlace p, int placeDead) {
        DateRange d = e.date();
        set(i, ei, e.type(), d.isKnown() ? (int) d.from().toEpochDay() : UNDATED, d.isKnown() ? (int) d.to().toEpochDay() : UNDATED,
                placeDead, e.confidence(), e.review() == ReviewStatus.REJECTED, e.edited(),
                p.lat(), p.lon(), p.precisionKm(), p.confidence());
    }

    private void set(int i, int ei, EventType t, int from, int to, int dead, double confidence, boolean rejected, boolean edited,
                     double la, double lo, double precision, double placeConfidence) {
        event[i] = ei;
        lat[i] = la;
        lon[i] = lo;
        wx[i] = WebMercator.worldX(lo);
        wy[i] = WebMercator.worldY(la);
        type[i] = (byte) t.ordinal();
        fatalities[i] = dead;
        precisionKm[i] = (float) precision;
        dayFrom[i] = from;
        dayTo[i] = from == UNDATED ? UNDATED : to;
        flags[i] = flags(from, to, confidence, placeConfidence, rejected, edited);
    }

    private static byte flags(int from, int to, double confidence, double placeConfidence, boolean rejected, boolean edited) {
        byte f = 0;
        if (from == UNDATED) f |= FLAG_UNDATED;
        else if (from != to) f |= FLAG_UNCERTAIN_DATE;
        if (confidence < LOW_CONFIDENCE || placeConfidence < LOW_CONFIDENCE) f |= FLAG_LOW_CONFIDENCE;
        if (edited) f |= FLAG_EDITED;
        if (rejected) f |= FLAG_REJECTED;
        return f;
    }

    private volatile IncidentIndex index;

    /** The set's spatial index, built on first use and shared by painters, exports and hit-testing. */
    public IncidentIndex index() {
        IncidentIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) index = new IncidentIndex(this);
                i = index;
            }
        }
        return i;
    }

    private volatile TimeIndex timeIndex;

    /** The set's time index, built on first use (a loader builds it off the FX thread). */
    public TimeIndex timeIndex() {
        TimeIndex t = timeIndex;
        if (t == null) {
            synchronized (this) {
                if (timeIndex == null) timeIndex = new TimeIndex(this);
                t = timeIndex;
            }
        }
        return t;
    }

    /** The records behind the set; empty for a lean set. */
    public List<StoredEvent> events() {
        return events;
    }

    /** Whether full records are held ({@link #events()}), or only the columns. */
    public boolean hasEvents() {
        return eventIds.length == 0 || !events.isEmpty();
    }

    public int eventCount() {
        return eventIds.length;
    }

    public long eventId(int eventIndex) {
        return eventIds[eventIndex];
    }

    /** Event-level columns; filled for lean sets only. */
    public EventColumns eventColumns() {
        return eventColumns;
    }

    public int firstIncidentOf(int eventIndex) {
        return eventFirst[eventIndex];
    }

    public int endIncidentOf(int eventIndex) {
        return eventFirst[eventIndex + 1];
    }

    /** Index of the event with this database id, or -1. */
    public int eventIndexOfId(long id) {
        if (!events.isEmpty()) {
            for (int i = 0; i < events.size(); i++) if (events.get(i).id() == id) return i;
            return -1;
        }
        int k = Arrays.binarySearch(eventIds, id); // lean sets are loaded in id order
        return k < 0 ? -1 : k;
    }

    public StoredEvent eventOf(int incident) {
        return events.get(event[incident]);
    }

    public EventType typeOf(int incident) {
        return TYPES[type[incident]];
    }

    /** EventType.values() once: each call of it copies the array (a million copies for a legend's pass over every point). */
    private static final EventType[] TYPES = EventType.values();

    public boolean has(int incident, byte flag) {
        return (flags[incident] & flag) != 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects rows from the store into growable columns; {@link #build()} trims them into a set. */
    public static final class Builder implements IncidentRowSink {
        private int n, events;
        private long lastId = Long.MIN_VALUE;
        private long[] ids = new long[1024];
        private int[] first = new int[1025];
        private Row rows = new Row(1024);
        private EventColumns cols = new EventColumns(1024);

        /**
         * Sizes the columns for this many events and places before the first row, so that at the usual one place per
         * event they never grow and {@link #build()} keeps them rather than copying them out.
         */
        @Override
        public void expectAtLeast(long rows) {
            if (n > 0 || events > 0 || rows <= ids.length) return;
            int size = (int) Math.min(rows, MAX_HINT);
            ids = new long[size];
            first = new int[size + 1];
            cols = new EventColumns(size);
            this.rows = new Row(size);
        }

        /** A hint above this is not believed (the columns grow as rows come). */
        private static final int MAX_HINT = 1 << 28;

        @Override
        public void row(long eventId, EventType type, int dayFrom, int dayTo, int fatalities, int placeFatalities, double eventConfidence,
                        boolean rejected, boolean edited, boolean hasPlace, double lat, double lon, double precisionKm, double placeConfidence) {
            if (eventId != lastId) {
                if (events == ids.length) {
                    ids = Arrays.copyOf(ids, events * 2);
                    first = Arrays.copyOf(first, events * 2 + 1);
                    cols = cols.grow(events * 2);
                }
                ids[events] = eventId;
                first[events] = n;
                cols.type()[events] = (byte) type.ordinal();
                cols.dayFrom()[events] = dayFrom;
                cols.dayTo()[events] = dayFrom == UNDATED ? UNDATED : dayTo;
                cols.fatalities()[events] = fatalities;
                cols.confidence()[events] = (float) eventConfidence;
                cols.flags()[events] = flags(dayFrom, dayTo, eventConfidence, 1, rejected, edited);
                events++;
                lastId = eventId;
            }
            if (!hasPlace) return;
            if (n == rows.capacity()) rows = rows.grow();
            rows.put(n++, events - 1, type, dayFrom, dayTo, placeFatalities, eventConfidence, rejected, edited, lat, lon, precisionKm, placeConfidence);
        }

        public int size() {
            return n;
        }

        public IncidentSet build() {
            IncidentSet s;
            if (rows.capacity() == n && ids.length == events) {
                // sized exactly by the hint: the columns become the set's, with no second copy of a million rows
                first[events] = n;
                s = new IncidentSet(rows.cols, ids, first);
            } else {
                s = new IncidentSet(List.of(), n, events);
                System.arraycopy(ids, 0, s.eventIds, 0, events);
                System.arraycopy(first, 0, s.eventFirst, 0, events);
                s.eventFirst[events] = n;
                rows.copyInto(s, n);
            }
            rows = new Row(0);
            ids = new long[0];
            first = new int[1];
            s.eventColumns = cols.type().length == events ? cols : cols.grow(events);
            cols = EventColumns.EMPTY;
            return s;
        }
    }

    /** The builder's growable columns (the finished set's arrays are exact-sized). */
    private static final class Row {
        final IncidentSet cols;

        Row(int capacity) {
            cols = new IncidentSet(List.of(), capacity, 0);
        }

        int capacity() {
            return cols.size;
        }

        void put(int i, int ei, EventType t, int from, int to, int dead, double confidence, boolean rejected, boolean edited,
                 double la, double lo, double precision, double placeConfidence) {
            cols.set(i, ei, t, from, to, dead, confidence, rejected, edited, la, lo, precision, placeConfidence);
        }

        Row grow() {
            Row r = new Row(cols.size * 2);
            copyInto(r.cols, cols.size);
            return r;
        }

        void copyInto(IncidentSet to, int count) {
            System.arraycopy(cols.event, 0, to.event, 0, count);
            System.arraycopy(cols.wx, 0, to.wx, 0, count);
            System.arraycopy(cols.wy, 0, to.wy, 0, count);
            System.arraycopy(cols.lat, 0, to.lat, 0, count);
            System.arraycopy(cols.lon, 0, to.lon, 0, count);
            System.arraycopy(cols.type, 0, to.type, 0, count);
            System.arraycopy(cols.fatalities, 0, to.fatalities, 0, count);
            System.arraycopy(cols.precisionKm, 0, to.precisionKm, 0, count);
            System.arraycopy(cols.dayFrom, 0, to.dayFrom, 0, count);
            System.arraycopy(cols.dayTo, 0, to.dayTo, 0, count);
            System.arraycopy(cols.flags, 0, to.flags, 0, count);
        }
    }
}
