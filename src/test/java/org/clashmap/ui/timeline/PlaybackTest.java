package org.clashmap.ui.timeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Playback driven by hand-fed ticks: no clock, no JavaFX. */
public class PlaybackTest {
    @Test
    void advancesByTheChosenStepAtTheChosenSpeed() {
        Playback p = new Playback(100, 200);
        p.setWindow(100, 106);
        p.setStepDays(7);
        p.play();
        assertTrue(p.playing());
        assertFalse(p.tick(0.4 / Playback.STEPS_PER_SECOND), "less than a step's time moves nothing");
        assertTrue(p.tick(0.6 / Playback.STEPS_PER_SECOND));
        assertEquals(107, p.from());
        assertEquals(113, p.to(), "the window keeps its width");
        p.setSpeed(4);
        p.tick(1 / Playback.STEPS_PER_SECOND); // 4 steps at 4×
        assertEquals(107 + 4 * 7, p.from());
    }

    @Test
    void stopsAtTheEndUnlessLooping() {
        Playback p = new Playback(0, 20);
        p.setWindow(0, 4);
        p.setStepDays(5);
        p.play();
        p.tick(100);
        assertEquals(16, p.from());
        assertEquals(20, p.to());
        assertFalse(p.playing(), "stops at the end");
        assertFalse(p.tick(1));

        p.setLoop(true);
        p.play();
        p.tick(1 / Playback.STEPS_PER_SECOND);
        assertEquals(0, p.from(), "wraps to the start");
        assertEquals(4, p.to());
        assertTrue(p.playing());
    }

    @Test
    void speedIsClampedToTheOfferedRange() {
        Playback p = new Playback(0, 10);
        p.setSpeed(1000);
        assertEquals(64, p.speed());
        p.setSpeed(0.01);
        assertEquals(0.25, p.speed());
    }

    @Test
    void cumulativeModePinsTheStartAndGrowsTheEnd() {
        Playback p = new Playback(0, 100);
        p.setMode(Playback.Mode.CUMULATIVE);
        p.home();
        assertEquals(0, p.from());
        assertEquals(0, p.to());
        p.setStepDays(10);
        p.step(1);
        assertEquals(0, p.from());
        assertEquals(10, p.to());
        p.setWindow(50, 60);
        assertEquals(0, p.from(), "the start stays at the first day");
        p.end();
        assertEquals(100, p.to());
    }

    @Test
    void stepsAndJumpsStayInsideTheExtent() {
        Playback p = new Playback(0, 100);
        p.setWindow(10, 19);
        p.step(-15);
        assertEquals(0, p.from());
        assertEquals(9, p.to());
        p.end();
        assertEquals(91, p.from());
        assertEquals(100, p.to());
        p.step(3);
        assertEquals(91, p.from());
        p.home();
        assertEquals(0, p.from());
        assertEquals(9, p.to());
    }

    @Test
    void listenersHearEveryMove() {
        Playback p = new Playback(0, 100);
        int[] calls = {0};
        p.onChange(() -> calls[0]++);
        p.setWindow(0, 9);
        p.step(1);
        p.step(1);
        assertEquals(3, calls[0]);
    }
}
