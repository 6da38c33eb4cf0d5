package org.clashmap.geo.control;

/**
 * Who holds each claimed place on one day: arrays indexed like {@link ControlModel}'s places.
 * {@code controller}/{@code contender} are indexes into {@link ControlModel#actors()}, -1 for none.
 * {@link #hash()} identifies the state, so derived geometry is cached per distinct state rather
 * than per day (most days change nothing).
 */
public final class ControlState {
    public static final byte UNKNOWN = 0, HELD = 1, CONTESTED = 2;

    final long epochDay;
    final byte[] status;
    final int[] controller;
    final int[] contender;
    /** Claims backing the current controller within the fade window (capped at 99). */
    final int[] support;
    private final long hash;

    ControlState(long epochDay, byte[] status, int[] controller, int[] contender, int[] support) {
        this.epochDay = epochDay;
        this.status = status;
        this.controller = controller;
        this.contender = contender;
        this.support = support;
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < status.length; i++) {
            h = (h ^ status[i]) * 0x100000001b3L;
            h = (h ^ controller[i]) * 0x100000001b3L;
            h = (h ^ contender[i]) * 0x100000001b3L;
            h = (h ^ support[i]) * 0x100000001b3L;
        }
        this.hash = h;
    }

    public int size() {
        return status.length;
    }

    public byte status(int place) {
        return status[place];
    }

    public int controller(int place) {
        return controller[place];
    }

    public int contender(int place) {
        return contender[place];
    }

    public int support(int place) {
        return support[place];
    }

    public long hash() {
        return hash;
    }

    public java.time.LocalDate date() {
        return java.time.LocalDate.ofEpochDay(epochDay);
    }
}
