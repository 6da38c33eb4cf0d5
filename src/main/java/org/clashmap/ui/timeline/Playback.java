package org.clashmap.ui.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's time window and how it moves, with no clock and no JavaFX: the pane feeds it
 * elapsed seconds from an AnimationTimer, tests feed it numbers. Days are epoch days, inclusive.
 * <p>
 * Two modes, as in QGIS's Temporal Controller: a sliding window of fixed width, or cumulative
 * (everything from the first day up to t). At 1× playback advances {@link #STEPS_PER_SECOND}
 * steps a second; it stops at the end unless looping.
 */
public final class Playback {
    enum Mode { WINDOW, CUMULATIVE }

    static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8, 16, 32, 64};
    static final double STEPS_PER_SECOND = 2;
    /** Shift+arrow moves this many steps. */
    static final int LARGE_STEP = 7;

    private int min, max, from, to;
    private Mode mode = Mode.WINDOW;
    private int stepDays = 1;
    private double speed = 1;
    private boolean loop, playing;
    private double pendingSteps;
    private final List<Runnable> listeners = new ArrayList<>();

    Playback(int min, int max) {
        setExtent(min, max);
    }

    /** The days the data covers; the window is kept inside it (whole extent when it was unset). */
    void setExtent(int min, int max) {
        this.min = min;
        this.max = Math.max(min, max);
        from = this.min;
        to = this.max;
        changed();
    }

    /** Sets the window (clamped to the extent); in cumulative mode the start is pinned to the first day. */
    void setWindow(int from, int to) {
        int f = clamp(Math.min(from, to)), t = clamp(Math.max(from, to));
        if (mode == Mode.CUMULATIVE) f = min;
        if (f == this.from && t == this.to) return;
        this.from = f;
        this.to = t;
        changed();
    }

    void setMode(Mode m) {
        if (m == mode) return;
        mode = m;
        if (m == Mode.CUMULATIVE) from = min;
        else if (to - from > (max - min) / 4) from = clamp(to - Math.max(stepDays * 4, 30) + 1); // a fresh window, not all of time
        changed();
    }

    void setStepDays(int d) {
        stepDays = Math.max(1, d);
    }

    void setSpeed(double s) {
        speed = Math.max(SPEEDS[0], Math.min(SPEEDS[SPEEDS.length - 1], s));
    }

    void setLoop(boolean b) {
        loop = b;
    }

    /** Moves the window by n steps (negative goes back), keeping its width, clamped to the extent. */
    void step(int n) {
        int delta = n * stepDays;
        if (mode == Mode.CUMULATIVE) {
            setWindow(min, to + delta);
            return;
        }
        int width = to - from;
        int f = from + delta;
        f = Math.max(min, Math.min(max - width, f));
        setWindow(f, f + width);
    }

    void home() {
        if (mode == Mode.CUMULATIVE) setWindow(min, min + stepDays - 1);
        else setWindow(min, min + (to - from));
    }

    void end() {
        setWindow(mode == Mode.CUMULATIVE ? min : max - (to - from), max);
    }

    boolean atEnd() {
        return to >= max;
    }

    void play() {
        if (atEnd() && !loop) home(); // pressing play at the end replays rather than doing nothing
        playing = true;
        pendingSteps = 0;
        changed();
    }

    void pause() {
        playing = false;
        changed();
    }

    void toggle() {
        if (playing) pause();
        else play();
    }

    /**
     * Advances by the time elapsed since the last tick. Returns true when the window moved. At the
     * end it wraps to the start when looping, otherwise it stops playing.
     */
    boolean tick(double elapsedSeconds) {
        if (!playing) return false;
        pendingSteps += elapsedSeconds * speed * STEPS_PER_SECOND;
        boolean moved = false;
        while (pendingSteps >= 1) {
            pendingSteps -= 1;
            if (atEnd()) {
                if (!loop) {
                    pause();
                    return moved;
                }
                home();
            } else {
                step(1);
            }
            moved = true;
        }
        return moved;
    }

    private int clamp(int d) {
        return Math.max(min, Math.min(max, d));
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    void onChange(Runnable r) {
        listeners.add(r);
    }

    int from() { return from; }
    int to() { return to; }
    int min() { return min; }
    int max() { return max; }
    Mode mode() { return mode; }
    int stepDays() { return stepDays; }
    double speed() { return speed; }
    boolean looping() { return loop; }
    boolean playing() { return playing; }
}
