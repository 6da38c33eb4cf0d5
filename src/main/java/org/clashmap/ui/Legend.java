package org.clashmap.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clashmap.extract.EventType;
import org.clashmap.geo.IncidentPainter;
import org.clashmap.geo.IncidentStyle;

import java.util.ResourceBundle;

/** The map legend: one row per event family, drawn by the same painter as the map symbols. */
final class Legend extends VBox {
    Legend(ResourceBundle t, Labels labels) {
        super(1);
        setId("legend");
        getStyleClass().add("legend");
        getChildren().add(new Label(t.getString("legend.title")));
        IncidentPainter painter = new IncidentPainter();
        for (EventType type : EventType.values()) {
            Canvas c = new Canvas(16, 16);
            int colour = IncidentStyle.colour(type);
            painter.drawShape(new FxSurface(c.getGraphicsContext2D()), IncidentStyle.shape(type), 8, 8, 5,
                    IncidentStyle.withAlpha(colour, 0.9), 0xFF202020, 1, false);
            getChildren().add(new HBox(6, c, new Label(labels.type(type))));
        }
        Canvas undated = new Canvas(16, 16);
        painter.drawShape(new FxSurface(undated.getGraphicsContext2D()), IncidentStyle.shape(EventType.BATTLES), 8, 8, 5,
                IncidentStyle.withAlpha(IncidentStyle.colour(EventType.BATTLES), 0.25), IncidentStyle.colour(EventType.BATTLES), 2, true);
        getChildren().add(new HBox(6, undated, new Label(t.getString("legend.undated"))));
        getChildren().add(new Label(t.getString("legend.size")));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
    }
}
