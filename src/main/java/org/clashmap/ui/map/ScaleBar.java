package org.clashmap.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.clashmap.geo.ScaleBarLength;

/** A scale bar in kilometres for the latitude at the centre of the map. */
public final class ScaleBar extends Canvas {
    private static final double MAX_PX = 140;

    ScaleBar() {
        super(MAX_PX + 70, 34);
        setMouseTransparent(true);
    }

    void update(double latitude, double zoom) {
        ScaleBarLength len = ScaleBarLength.fit(latitude, zoom, MAX_PX);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFill(Color.rgb(255, 255, 255, 0.75));
        g.fillRect(0, 0, len.pixels() + 64, getHeight());
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        double y = 24;
        g.strokeLine(6, y, 6 + len.pixels(), y);
        g.strokeLine(6, y - 6, 6, y);
        g.strokeLine(6 + len.pixels(), y - 6, 6 + len.pixels(), y);
        g.setFill(Color.BLACK);
        g.setFont(Font.font(12));
        g.fillText(len.label(), 8, 14);
    }
}
