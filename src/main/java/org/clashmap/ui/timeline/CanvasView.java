package org.clashmap.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region drawn on one canvas that fills it: the canvas follows the region's size and is drawn again when it changes. */
abstract class CanvasView extends Region {
    protected final Canvas canvas = new Canvas();

    CanvasView() {
        getChildren().add(canvas);
    }

    /** Draws the whole view on {@link #canvas}. */
    abstract void redraw();

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }
}
