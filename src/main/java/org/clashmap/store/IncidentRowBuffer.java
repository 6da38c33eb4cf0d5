package org.clashmap.store;

import org.clashmap.extract.EventType;

import java.util.Arrays;

/**
 * Incident rows held in growable primitive columns until they can be handed on in order: the
 * second reader of a parallel lean load fills one while the first streams straight to the sink.
 */
final class IncidentRowBuffer implements IncidentRowSink {
    private static final EventType[] TYPES = EventType.values();
    private static final byte REJECTED = 1, EDITED = 2, HAS_PLACE = 4;
    private int n;
    private long[] eventId = new long[1024];
    private byte[] type = new byte[1024], flags = new byte[1024];
    private int[] dayFrom = new int[1024], dayTo = new int[1024], fatalities = new int[1024], placeFatalities = new int[1024];
    private double[] confidence = new double[1024], lat = new double[1024], lon = new double[1024],
            precisionKm = new double[1024], placeConfidence = new double[1024];

    @Override
    public void row(long id, EventType t, int from, int to, int dead, int placeDead, double eventConfidence,
                    boolean rejected, boolean edited, boolean hasPlace, double la, double lo, double precision, double placeConf) {
        if (n == eventId.length) grow(n * 2);
        eventId[n] = id;
        type[n] = (byte) t.ordinal();
        flags[n] = (byte) ((rejected ? REJECTED : 0) | (edited ? EDITED : 0) | (hasPlace ? HAS_PLACE : 0));
        dayFrom[n] = from;
        dayTo[n] = to;
        fatalities[n] = dead;
        placeFatalities[n] = placeDead;
        confidence[n] = eventConfidence;
        lat[n] = la;
        lon[n] = lo;
        precisionKm[n] = precision;
        placeConfidence[n] = placeConf;
        n++;
    }

    @Override
    public void expectAtLeast(long rows) {
        if (n == 0 && rows > eventId.length) grow((int) Math.min(rows, MAX_HINT));
    }

    /** A hint above this is not believed (the columns grow as rows come). */
    private static final int MAX_HINT = 1 << 28;

    int size() {
        return n;
    }

    /** Hands every row on, in the order received. */
    void replayTo(IncidentRowSink sink) {
        for (int i = 0; i < n; i++) {
            byte f = flags[i];
            sink.row(eventId[i], TYPES[type[i]], dayFrom[i], dayTo[i], fatalities[i], placeFatalities[i], confidence[i],
                    (f & REJECTED) != 0, (f & EDITED) != 0, (f & HAS_PLACE) != 0, lat[i], lon[i], precisionKm[i], placeConfidence[i]);
        }
    }

    private void grow(int size) {
        eventId = Arrays.copyOf(eventId, size);
        type = Arrays.copyOf(type, size);
        flags = Arrays.copyOf(flags, size);
        dayFrom = Arrays.copyOf(dayFrom, size);
        dayTo = Arrays.copyOf(dayTo, size);
        fatalities = Arrays.copyOf(fatalities, size);
        placeFatalities = Arrays.copyOf(placeFatalities, size);
        confidence = Arrays.copyOf(confidence, size);
        lat = Arrays.copyOf(lat, size);
        lon = Arrays.copyOf(lon, size);
        precisionKm = Arrays.copyOf(precisionKm, size);
        placeConfidence = Arrays.copyOf(placeConfidence, size);
    }
}
