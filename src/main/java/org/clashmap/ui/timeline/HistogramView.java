package org.clashmap.ui.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.clashmap.extract.EventType;
import org.clashmap.geo.render.IncidentStyle;
import org.clashmap.geo.index.TimeHistogram;

import java.util.function.DoubleUnaryOperator;

/**
 * The timeline's bars: events per bin stacked by type in the map's colours, bins inside the time
 * window bright and the rest faded (what a bar counts is said in words by the pane's label). Drawn on one canvas; the x mapping (day → pixel) is supplied
 * by the pane so bars line up with the range slider's track below.
 */
public final class HistogramView extends CanvasView {
    private static final EventType[] TYPES = EventType.values();
    private TimeHistogram histogram;
    private int windowFrom, windowTo;
    private int highlighted;
    private DoubleUnaryOperator dayToX = d -> d;

    HistogramView() {
        setId("timeline-histogram");
        setMinHeight(40);
        setPrefHeight(64);
    }

    void setHistogram(TimeHistogram h) {
        histogram = h;
        redraw();
    }

    void setWindow(int from, int to) {
        windowFrom = from;
        windowTo = to;
        redraw();
    }

    /** Maps a day (fractional: day d spans [d, d + 1)) to an x in this view. */
    void setDayToX(DoubleUnaryOperator f) {
        dayToX = f;
        redraw();
    }

    /** How many non-empty bins the last drawing showed inside the window. */
    int highlightedBins() {
        return highlighted;
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        highlighted = 0;
        if (histogram == null || histogram.bins == 0) return;
        double x0 = dayToX.applyAsDouble(windowFrom), x1 = dayToX.applyAsDouble(windowTo + 1.0);
        g.setFill(Color.rgb(0, 120, 215, 0.12));
        g.fillRect(x0, 0, x1 - x0, h);
        // Square-root scale: a quiet month stays visible next to the worst week of the war.
        double top = Math.sqrt(Math.max(1, histogram.maxStack()));
        for (int b = 0; b < histogram.bins; b++) {
            int total = histogram.total(b);
            if (total == 0) continue;
            int start = histogram.binStart(b), end = histogram.binEnd(b);
            boolean inside = end >= windowFrom && start <= windowTo;
            if (inside) highlighted++;
            double bx0 = dayToX.applyAsDouble(start), bx1 = dayToX.applyAsDouble(end + 1.0);
            double bw = Math.max(1, bx1 - bx0 - (bx1 - bx0 > 3 ? 1 : 0));
            double barH = (h - 2) * Math.sqrt(total) / top, y = h;
            for (int t = 0; t < TimeHistogram.TYPES; t++) {
                int n = histogram.count(b, t);
                if (n == 0) continue;
                double seg = barH * n / total;
                int argb = IncidentStyle.colour(TYPES[t]);
                g.setFill(Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, inside ? 0.95 : 0.3));
                g.fillRect(bx0, y - seg, bw, seg);
                y -= seg;
            }
        }
        g.setStroke(Color.rgb(0, 120, 215, 0.9));
        g.setLineWidth(1.5);
        g.strokeLine(x0, 0, x0, h);
        g.strokeLine(x1, 0, x1, h);
    }
}
