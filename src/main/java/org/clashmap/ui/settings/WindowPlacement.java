package org.clashmap.ui.settings;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The main window's size, position and maximised state, kept in the user's preferences so the window reopens where
 * the analyst left it. A saved place that no screen shows any more (a detached monitor) is ignored: the window then
 * opens at its default size, centred.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1280, DEFAULT_HEIGHT = 800;
    /** Smaller than this is a window collapsed by accident, not a size to restore. */
    static final double MIN_SIDE = 400;
    private static final String X = "window.x", Y = "window.y", W = "window.width", H = "window.height", MAX = "window.maximized";

    /** The saved placement, or null when there is none or it is unusable. */
    public static WindowPlacement load(Preferences prefs) {
        if (prefs == null) return null;
        double w = prefs.getDouble(W, -1), h = prefs.getDouble(H, -1);
        if (w < MIN_SIDE || h < MIN_SIDE) return null;
        return new WindowPlacement(prefs.getDouble(X, 0), prefs.getDouble(Y, 0), w, h, prefs.getBoolean(MAX, false));
    }

    /** What the stage shows now (its size before maximising, when maximised). */
    public static WindowPlacement of(Stage stage, WindowPlacement beforeMaximised) {
        if (stage.isMaximized() && beforeMaximised != null) {
            return new WindowPlacement(beforeMaximised.x, beforeMaximised.y, beforeMaximised.width, beforeMaximised.height, true);
        }
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    public void save(Preferences prefs) throws BackingStoreException {
        prefs.putDouble(X, x);
        prefs.putDouble(Y, y);
        prefs.putDouble(W, width);
        prefs.putDouble(H, height);
        prefs.putBoolean(MAX, maximized);
        prefs.flush();
    }

    /** Puts the stage here, if some screen shows at least a corner of the title bar's worth of it. */
    public boolean applyTo(Stage stage) {
        if (Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40)).isEmpty()) return false;
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
        return true;
    }
}
