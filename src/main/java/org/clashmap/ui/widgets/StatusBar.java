package org.clashmap.ui.widgets;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.clashmap.geo.Coordinates;

import java.util.Locale;

/** Bottom bar: a message on one side, cursor position (degrees and MGRS) and zoom on the other. */
public final class StatusBar extends HBox {
    public final Label message = new Label();
    final Label position = new Label();
    final Label mgrs = new Label();
    final Label zoom = new Label();
    public final javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();

    public StatusBar() {
        super(16);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("status-bar");
        position.setId("cursor-position");
        mgrs.setId("cursor-mgrs");
        zoom.setId("zoom-level");
        message.setId("status-message");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        progress.setId("status-progress");
        progress.setVisible(false);
        progress.setPrefWidth(160);
        getChildren().addAll(message, progress, spring, position, mgrs, zoom);
    }

    public void showCursor(double lat, double lon) {
        position.setText(Coordinates.decimal(lat, lon));
        mgrs.setText("MGRS " + Coordinates.mgrs(lat, lon));
    }

    public void showZoom(double z) {
        zoom.setText(String.format(Locale.ROOT, "z %.1f", z));
    }
}
