package org.clashmap.ui.charts;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clashmap.export.EventPoint;
import org.clashmap.export.MapImageRenderer;
import org.clashmap.export.charts.ChartData;
import org.clashmap.export.charts.ChartFigure;
import org.clashmap.export.charts.ChartSpec;
import org.clashmap.extract.EventType;
import org.clashmap.geo.Language;
import org.clashmap.store.IncidentFacts;
import org.clashmap.ui.model.AppModel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.time.TimeTableXYDataset;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A window beside the map with one chart of the events the map shows ({@link AppModel#shownEvents}),
 * counted as {@code clashmap chart} and the exports count them. It follows every change of the
 * filters and the timeline; clicking a bar sets the window's date window to the bar's period (and
 * its type filter to the bar's type when stacked by type), so the map shows that bar's incidents.
 */
public final class ChartWindow {
    private final Stage stage = new Stage();
    private final AppModel model;
    private final Supplier<Map<Long, IncidentFacts>> facts;
    private final ResourceBundle text;
    private final ComboBox<ChartSpec.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(ChartSpec.Kind.values()));
    private final ComboBox<ChartSpec.Period> period = new ComboBox<>(FXCollections.observableArrayList(ChartSpec.Period.values()));
    private final ComboBox<ChartSpec.Stack> stack = new ComboBox<>(FXCollections.observableArrayList(ChartSpec.Stack.values()));
    private final ImageView view = new ImageView();
    private final Pane holder = new Pane(view);
    private Map<Long, IncidentFacts> incidentFacts;
    private ChartData data;
    private JFreeChart chart;
    private ChartRenderingInfo info;
    private double scale = 1;
    private boolean pending;

    public ChartWindow(Window owner, AppModel model, Supplier<Map<Long, IncidentFacts>> facts, ResourceBundle text) {
        this.model = model;
        this.facts = facts;
        this.text = text;
        kind.setId("chart-kind");
        kind.setConverter(names("charts.kind."));
        period.setConverter(names("charts.period."));
        stack.setConverter(names("charts.stack."));
        kind.setValue(ChartSpec.Kind.INCIDENTS);
        period.setValue(ChartSpec.Period.MONTH);
        stack.setValue(ChartSpec.Stack.TYPE);
        for (ComboBox<?> c : new ComboBox<?>[]{kind, period, stack}) c.valueProperty().addListener((o, a, b) -> redraw());
        HBox bar = new HBox(8, new Label(text.getString("charts.kind")), kind, new Label(text.getString("charts.period")), period,
                new Label(text.getString("charts.stack")), stack);
        bar.setPadding(new Insets(6));
        holder.setMinSize(320, 240);
        holder.setPrefSize(1000, 600);
        holder.widthProperty().addListener((o, a, b) -> redraw());
        holder.heightProperty().addListener((o, a, b) -> redraw());
        view.setId("chart-image");
        view.setOnMouseClicked(e -> click(e.getX(), e.getY()));
        BorderPane root = new BorderPane(holder);
        root.setTop(bar);
        if (rtl()) root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(new Scene(root));
        stage.setTitle(text.getString("charts.title"));
        stage.initOwner(owner);
        model.shownEvents.addListener((ListChangeListener<Object>) c -> redraw());
        model.incidents.addListener((o, a, b) -> incidentFacts = null);
    }

    public void show() {
        stage.show();
        stage.toFront();
        redraw();
    }

    public Stage stage() {
        return stage;
    }

    /** Where the last drawing put its bars, in chart units ({@link #scale()} times smaller than the image's pixels). */
    public ChartRenderingInfo info() {
        return info;
    }

    public double scale() {
        return scale;
    }

    public ImageView image() {
        return view;
    }

    /** The chart's numbers as drawn last (tests). */
    public ChartData data() {
        return data;
    }

    private boolean rtl() {
        return "ar".equals(text.getLocale().getLanguage());
    }

    private <E extends Enum<E>> StringConverter<E> names(String prefix) {
        return new StringConverter<>() {
            public String toString(E e) {
                return e == null ? "" : text.getString(prefix + e.name());
            }

            public E fromString(String s) {
                return null;
            }
        };
    }

    /** Many changes in one pulse (a timeline drag) draw once. */
    private void redraw() {
        if (pending || !stage.isShowing()) return;
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            draw();
        });
    }

    private void draw() {
        int w = (int) Math.max(320, holder.getWidth()), h = (int) Math.max(240, holder.getHeight());
        if (incidentFacts == null) incidentFacts = facts.get();
        var f = model.filter.get();
        ChartSpec spec = new ChartSpec(kind.getValue(), period.getValue(), stack.getValue(), 15,
                rtl() ? Language.AR : Language.EN, f.from(), f.to());
        data = ChartData.of(spec, EventPoint.of(model.shownEvents, incidentFacts));
        chart = ChartFigure.chart(data);
        info = new ChartRenderingInfo();
        scale = MapImageRenderer.deviceScale(w, h);
        view.setImage(SwingFXUtils.toFXImage(ChartFigure.image(chart, w, h, info), null));
    }

    /** A bar narrows the window's filter to itself. */
    private void click(double x, double y) {
        if (info == null || data == null) return;
        ChartEntity hit = info.getEntityCollection().getEntity(x / scale, y / scale);
        int series;
        if (hit instanceof XYItemEntity xy && xy.getDataset() instanceof TimeTableXYDataset ds) {
            var p = ds.getTimePeriod(xy.getItem());
            LocalDate from = p.getStart().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate to = p.getEnd().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            model.setWindow(from, to);
            series = xy.getSeriesIndex();
        } else if (hit instanceof CategoryItemEntity c) {
            series = c.getDataset().getRowIndex(c.getRowKey());
        } else {
            return;
        }
        if (data.spec().stack() == ChartSpec.Stack.TYPE && series >= 0 && series < data.series().size())
            model.filter.set(model.filter.get().withTypes(Set.of(EventType.valueOf(data.series().get(series)))));
        else if (data.spec().stack() == ChartSpec.Stack.ACTOR && series >= 0 && series < data.series().size()
                && !ChartData.NONE.equals(data.series().get(series)))
            model.filter.set(model.filter.get().withActors(Set.of(data.series().get(series))));
    }
}
