package org.clashmap.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The timeline's date axis under the bars: a tick at each calendar boundary {@link DateTicks} picks
 * for the width, its ISO date beside it, longer ticks at each new year. Uses the pane's day → x
 * mapping, so ticks sit exactly on the bars' edges and the slider's track.
 */
public final class DateAxisView extends CanvasView {
    static final double HEIGHT = 18;
    private int fromDay, toDayExclusive;
    private DoubleUnaryOperator dayToX = d -> d;
    private List<DateTicks.Tick> ticks = List.of();

    DateAxisView() {
        setId("timeline-axis");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
    }

    /** The days the axis spans, {@code [fromDay, toDayExclusive)}, and where each day falls. */
    void setScale(int fromDay, int toDayExclusive, DoubleUnaryOperator dayToX) {
        this.fromDay = fromDay;
        this.toDayExclusive = toDayExclusive;
        this.dayToX = dayToX;
        redraw();
    }

    /** The ticks of the last drawing (for tests and for whoever reads the axis). */
    List<DateTicks.Tick> ticks() {
        return ticks;
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (toDayExclusive <= fromDay || w <= 0) {
            ticks = List.of();
            return;
        }
        double x0 = dayToX.applyAsDouble(fromDay), x1 = dayToX.applyAsDouble(toDayExclusive);
        ticks = DateTicks.ticks(fromDay, toDayExclusive, x1 - x0);
        g.setStroke(Color.gray(0.45));
        g.setLineWidth(1);
        g.strokeLine(x0, 0.5, x1, 0.5);
        g.setFill(Color.gray(0.2));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (DateTicks.Tick t : ticks) {
            double x = Math.round(dayToX.applyAsDouble(t.epochDay())) + 0.5;
            g.strokeLine(x, 0, x, t.major() ? 7 : 4);
            // The label starts at its tick and runs right, like a calendar's column heading; one that would
            // run past the axis end is left out rather than clipped.
            if (x + 3 + t.label().length() * 6.5 <= w) g.fillText(t.label(), x + 3, 3);
        }
    }
}
