package org.clashmap.ui.map;

import org.clashmap.ui.widgets.Labels;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clashmap.extract.EventType;
import org.clashmap.geo.render.ControlPalette;
import org.clashmap.geo.control.ControlSnapshot;
import org.clashmap.geo.render.IncidentPainter;
import org.clashmap.geo.render.IncidentStyle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The map legend: one row per event family, drawn by the same painter as the map symbols; below
 * them, who holds what on the day shown: one row per side present in the colour {@link ControlPalette}
 * gives it (the analyst's, if set), then the control symbols in use.
 */
public final class Legend extends VBox {
    private final ResourceBundle t;
    private final Labels labels;
    private final VBox control = new VBox(1), areas = new VBox(1);
    /** What the control rows show now (sides, colours, symbols): rebuilt only when this changes. */
    private List<Object> shown = List.of();

    public Legend(ResourceBundle t, Labels labels) {
        super(1);
        this.t = t;
        this.labels = labels;
        setId("legend");
        getStyleClass().add("legend");
        // The title collapses the legend (a click) and moves it (a drag), so it never has to hide a part of the map
        // an analyst is reading (issue 19 item 3); the rows let mouse events through to the map.
        Label header = new Label();
        header.setId("legend-header");
        header.setCursor(javafx.scene.Cursor.HAND);
        VBox body = new VBox(1);
        body.setId("legend-body");
        body.setMouseTransparent(true);
        Runnable showHeader = () -> header.setText((body.isVisible() ? "▾ " : "▸ ") + t.getString("legend.title"));
        showHeader.run();
        double[] press = new double[4];
        header.setOnMousePressed(e -> {
            press[0] = e.getSceneX();
            press[1] = e.getSceneY();
            press[2] = getTranslateX();
            press[3] = getTranslateY();
        });
        header.setOnMouseDragged(e -> {
            setTranslateX(press[2] + e.getSceneX() - press[0]);
            setTranslateY(press[3] + e.getSceneY() - press[1]);
        });
        header.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) return; // the end of a drag, not a click
            body.setVisible(!body.isVisible());
            body.setManaged(body.isVisible());
            showHeader.run();
        });
        getChildren().addAll(header, body);
        IncidentPainter painter = new IncidentPainter();
        for (EventType type : EventType.values()) {
            Canvas c = new Canvas(16, 16);
            int colour = IncidentStyle.colour(type);
            painter.drawShape(new FxSurface(c.getGraphicsContext2D()), IncidentStyle.shape(type), 8, 8, 5,
                    IncidentStyle.withAlpha(colour, 0.9), 0xFF202020, 1, false);
            body.getChildren().add(new HBox(6, c, new Label(labels.type(type))));
        }
        Canvas undated = new Canvas(16, 16);
        painter.drawShape(new FxSurface(undated.getGraphicsContext2D()), IncidentStyle.shape(EventType.BATTLES), 8, 8, 5,
                IncidentStyle.withAlpha(IncidentStyle.colour(EventType.BATTLES), 0.25), IncidentStyle.colour(EventType.BATTLES), 2, true);
        body.getChildren().add(new HBox(6, undated, new Label(t.getString("legend.undated"))));
        body.getChildren().add(new Label(t.getString("legend.size")));
        control.setId("legend-control");
        body.getChildren().add(control);
        areas.setId("legend-areas");
        body.getChildren().add(areas);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(false);
    }

    /** Collapses or opens the legend's rows (as a click on its title does). */
    public void setCollapsed(boolean collapsed) {
        javafx.scene.Node body = lookup("#legend-body");
        body.setVisible(!collapsed);
        body.setManaged(!collapsed);
        ((Label) lookup("#legend-header")).setText((collapsed ? "▸ " : "▾ ") + t.getString("legend.title"));
    }

    public boolean isCollapsed() {
        return !lookup("#legend-body").isVisible();
    }

    /** Shows the control rows for a snapshot (nothing when it holds nothing). */
    public void showControl(ControlSnapshot s) {
        Set<String> sides = new LinkedHashSet<>();
        for (ControlSnapshot.Dot d : s.dots()) {
            if (d.controller() != null) sides.add(d.controller());
            if (d.contender() != null) sides.add(d.contender());
        }
        List<Object> key = new ArrayList<>();
        for (String side : sides) key.add(side + "=" + ControlPalette.argb(side));
        for (ControlPalette.Entry e : ControlPalette.legend(s)) if (e.kind() != ControlPalette.Kind.SIDE_DOT) key.add(e.kind());
        if (key.equals(shown)) return;
        shown = key;
        control.getChildren().clear();
        if (key.isEmpty()) return;
        Label title = new Label(t.getString("legend.control"));
        title.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        control.getChildren().add(title);
        for (String side : sides) {
            Canvas c = swatch();
            c.setId("legend-side-" + side);
            FxSurface f = new FxSurface(c.getGraphicsContext2D());
            f.fillCircle(8, 8, 5, ControlPalette.argb(side));
            f.strokeCircle(8, 8, 5, 1, ControlPalette.OUTLINE, false);
            control.getChildren().add(new HBox(6, c, new Label(labels.actor(side))));
        }
        for (Object k : key) {
            if (!(k instanceof ControlPalette.Kind kind)) continue;
            Canvas c = swatch();
            FxSurface f = new FxSurface(c.getGraphicsContext2D());
            String label = switch (kind) {
                case CONTESTED_DOT -> {
                    f.fillCircle(8, 8, 6, 0xFFBBBBBB);
                    f.strokeCircle(8, 8, 6, 1.2, ControlPalette.OUTLINE, true);
                    yield kind.key();
                }
                case FRONT_LINE -> {
                    f.strokeLine(1, 8, 15, 8, 3, ControlPalette.FRONT, false);
                    yield kind.key();
                }
                case TENTATIVE_LINE -> {
                    f.strokeLine(1, 8, 15, 8, 2, ControlPalette.withAlpha(ControlPalette.FRONT, 0.55), true);
                    yield kind.key();
                }
                case CONTESTED_ZONE -> {
                    square(f, ControlPalette.withAlpha(ControlPalette.ZONE, 0.35), ControlPalette.ZONE, true);
                    yield kind.key();
                }
                case BASELINE_AREA -> {
                    square(f, 0x5A999999, 0xFF999999, false);
                    yield kind.key();
                }
                case SIDE_DOT -> throw new IllegalStateException();
            };
            control.getChildren().add(new HBox(6, c, new Label(t.getString(label))));
        }
    }

    /** The choropleth's classes (what is counted per which area, a row per class, "0"); nothing for null. */
    public void showAreas(org.clashmap.export.Choropleth c) {
        boolean density = areas.getChildren().contains(densityRow);
        areas.getChildren().clear();
        if (density) areas.getChildren().add(densityRow);
        if (c == null) return;
        org.clashmap.export.FigureTexts tx = new org.clashmap.export.FigureTexts(
                "ar".equals(t.getLocale().getLanguage()) ? org.clashmap.geo.Language.AR : org.clashmap.geo.Language.EN, "export.map_image");
        Label title = new Label(c.heading(tx));
        title.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        areas.getChildren().add(title);
        for (org.clashmap.export.Choropleth.Row r : c.legendRows()) {
            Canvas sw = swatch();
            square(new FxSurface(sw.getGraphicsContext2D()), r.argb() == 0 ? 0 : IncidentStyle.withAlpha(r.argb(), org.clashmap.geo.render.AreaPainter.FILL_ALPHA),
                    org.clashmap.geo.render.AreaPainter.OUTLINE, false);
            Label l = new Label(r.label());
            l.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT); // "4 – 12" reads left to right in Arabic too
            areas.getChildren().add(new HBox(6, sw, l));
        }
    }

    private final HBox densityRow = new HBox(6);

    /** A row for the density surface while it is shown. */
    public void showDensity(boolean on) {
        if (densityRow.getChildren().isEmpty()) {
            Canvas sw = swatch();
            FxSurface f = new FxSurface(sw.getGraphicsContext2D());
            for (int k = 0; k < 3; k++) f.fillCircle(8, 8, 6 * (1 - k * 0.3), org.clashmap.geo.render.DensitySurface.legendColour(0.35 + k * 0.3));
            org.clashmap.export.FigureTexts tx = new org.clashmap.export.FigureTexts(
                    "ar".equals(t.getLocale().getLanguage()) ? org.clashmap.geo.Language.AR : org.clashmap.geo.Language.EN, "export.map_image");
            densityRow.getChildren().addAll(sw, new Label(tx.own("legend.density")));
            densityRow.setId("legend-density");
        }
        areas.getChildren().remove(densityRow);
        if (on) areas.getChildren().add(0, densityRow);
    }

    /** The legend's area rows' texts (tests). */
    public List<String> areaTexts() {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node n : areas.getChildren()) {
            if (n instanceof Label l) out.add(l.getText());
            else if (n instanceof HBox h) for (javafx.scene.Node k : h.getChildren()) if (k instanceof Label l) out.add(l.getText());
        }
        return out;
    }

    private static Canvas swatch() {
        return new Canvas(16, 16);
    }

    private static void square(FxSurface f, int fill, int stroke, boolean dashed) {
        double[] xs = {3, 13, 13, 3}, ys = {3, 3, 13, 13};
        f.fillPolygon(xs, ys, 4, fill);
        f.strokePolygon(xs, ys, 4, 1, stroke, dashed);
    }
}
