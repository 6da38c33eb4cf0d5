package org.clashmap.ui.timeline;

import org.clashmap.ui.model.AppModel;
import org.clashmap.ui.model.ViewFilter;

import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clashmap.geo.index.IncidentSet;
import org.clashmap.geo.index.TimeHistogram;
import org.clashmap.geo.index.TimeIndex;
import org.controlsfx.control.RangeSlider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The timeline under the map: a histogram of events per day/week/month stacked by type, a range
 * slider whose thumbs resize the time window and whose bar drags it, and playback controls.
 * Keys work while the timeline has focus (so they never fight the map's arrows): space plays or
 * pauses, ←/→ step (Shift: {@value Playback#LARGE_STEP} steps), Home/End jump to either end.
 * The window goes to the model as the filter's date range, which the filter pane's pickers show.
 */
public final class TimelinePane extends VBox {
    private final AppModel model;
    private final ResourceBundle text;
    final Playback playback = new Playback(0, 0);
    final HistogramView histogram = new HistogramView();
    final DateAxisView axis = new DateAxisView();
    final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    final ToggleButton play = new ToggleButton();
    final ToggleButton undated = new ToggleButton();
    final Label windowLabel = new Label();
    /** Says in words what a bar counts: "Each bar: incidents in 7 days (highest 14)". */
    final Label barsLabel = new Label();
    private final ChoiceBox<Playback.Mode> mode = new ChoiceBox<>();
    private final ChoiceBox<Integer> step = new ChoiceBox<>();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final CheckBox loop;
    private final DateTimeFormatter format;
    private Consumer<String> onWindowText = s -> { };
    private boolean hasDates, syncing, playing;
    private final AnimationTimer timer = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (last >= 0) playback.tick((now - last) / 1e9);
            last = now;
            if (!playback.playing()) {
                last = -1;
                stop();
            }
        }
    };

    public TimelinePane(AppModel model, ResourceBundle text) {
        super(2);
        this.model = model;
        this.text = text;
        this.format = org.clashmap.ui.widgets.IsoDates.FORMAT; // one unambiguous format, as the table and exports
        setId("timeline");
        setPadding(new Insets(4, 8, 4, 8));
        setFocusTraversable(true);
        loop = new CheckBox(text.getString("timeline.loop"));
        loop.setId("timeline-loop");
        getChildren().addAll(controls(), histogram, axis, slider);
        slider.setId("timeline-slider");
        slider.setShowTickMarks(false);
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(false);
        histogram.setOnMousePressed(e -> requestFocus());
        slider.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        slider.lowValueProperty().addListener((o, a, b) -> fromSlider());
        slider.highValueProperty().addListener((o, a, b) -> fromSlider());
        slider.widthProperty().addListener((o, a, b) -> alignHistogram());
        histogram.widthProperty().addListener((o, a, b) -> alignHistogram());
        playback.onChange(this::fromPlayback);
        model.onAttributeChange(this::recount);
        model.filter.addListener((o, a, f) -> fromFilter(f));
    }

    private Node controls() {
        play.setId("timeline-play");
        play.setFocusTraversable(false);
        showPlayOrPause(false);
        play.setOnAction(e -> {
            if (play.isSelected()) playback.play();
            else playback.pause();
        });
        Button back = button("◀◀", "timeline-back", () -> playback.step(-1));
        Button fwd = button("▶▶", "timeline-forward", () -> playback.step(1));
        mode.setId("timeline-mode");
        mode.getItems().addAll(Playback.Mode.values());
        mode.setValue(Playback.Mode.WINDOW);
        mode.setConverter(converter(m -> text.getString("timeline.mode." + m.name())));
        mode.valueProperty().addListener((o, a, b) -> playback.setMode(b));
        step.setId("timeline-step");
        step.getItems().addAll(1, 7, 30);
        step.setValue(1);
        step.setConverter(converter(d -> text.getString("timeline.step." + d)));
        step.valueProperty().addListener((o, a, b) -> playback.setStepDays(b));
        speed.setId("timeline-speed");
        for (double s : Playback.SPEEDS) speed.getItems().add(s);
        speed.setValue(1.0);
        speed.setConverter(converter(s -> (s < 1 ? String.valueOf(s) : String.valueOf(s.intValue())) + "×"));
        speed.valueProperty().addListener((o, a, b) -> playback.setSpeed(b));
        loop.selectedProperty().addListener((o, a, b) -> playback.setLoop(b));
        undated.setId("timeline-undated");
        undated.setSelected(true);
        undated.setOnAction(e -> model.filter.set(model.filter.get().withShowUndated(undated.isSelected())));
        windowLabel.setId("timeline-window");
        windowLabel.setMinWidth(Region.USE_PREF_SIZE);
        barsLabel.setId("timeline-bars");
        barsLabel.setStyle("-fx-text-fill: #555;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, back, play, fwd, speed, loop, mode, step, windowLabel, gap, barsLabel, undated);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * The play button shows what a press will do: ▶ (play) while paused, two bars (pause) while playing.
     * Drawn as shapes, not characters, so no font can lack them.
     */
    private void showPlayOrPause(boolean playing) {
        javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
        icon.setContent(playing ? "M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z" : "M0,0 L10,6 L0,12 Z");
        icon.setId(playing ? "timeline-icon-pause" : "timeline-icon-play");
        icon.setStyle("-fx-fill: #333;");
        play.setGraphic(icon);
        String what = text.getString(playing ? "timeline.pause" : "timeline.play");
        play.setAccessibleText(what);
        play.setTooltip(new javafx.scene.control.Tooltip(what + " (" + text.getString("timeline.space") + ")"));
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Where the large date text on the map goes. */
    public void onWindowText(Consumer<String> c) {
        onWindowText = c;
        c.accept(windowLabel.getText());
    }

    private void onKey(KeyEvent e) {
        int large = e.isShiftDown() ? Playback.LARGE_STEP : 1;
        KeyCode k = e.getCode();
        switch (k) {
            case SPACE -> playback.toggle();
            case LEFT -> playback.step(-large);
            case RIGHT -> playback.step(large);
            case HOME -> playback.home();
            case END -> playback.end();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** New data or a new non-date filter: recount the bars; new data also resets the extent. */
    private void recount() {
        IncidentSet set = model.incidents.get();
        TimeIndex index = model.timeIndex();
        boolean newExtent = index.datedCount() > 0 && (!hasDates || index.minDay() != playback.min() || index.maxDay() != playback.max());
        hasDates = index.datedCount() > 0;
        TimeHistogram h = TimeHistogram.count(set, model.attributeIncidents(), index.minDay(), index.maxDay());
        histogram.setHistogram(h);
        barsLabel.setText(h.bins == 0 ? "" : String.format(text.getString("timeline.bars." + (h.binDays == 1 || h.binDays == 7 ? h.binDays : "n")),
                h.maxStack(), h.binDays));
        undated.setText(String.format(text.getString("timeline.undated"), h.undated()));
        if (newExtent) {
            step.setValue(h.binDays);
            syncing = true;
            slider.setMin(index.minDay());
            slider.setMax(index.maxDay() + 1.0);
            syncing = false;
            playback.setExtent(index.minDay(), index.maxDay());
            alignHistogram();
        }
    }

    private void fromPlayback() {
        if (play.isSelected() != playback.playing()) play.setSelected(playback.playing());
        if (playing != playback.playing()) {
            playing = playback.playing();
            showPlayOrPause(playing);
        }
        if (playback.playing()) timer.start();
        if (mode.getValue() != playback.mode()) mode.setValue(playback.mode());
        if (!syncing) {
            syncing = true;
            // Order matters: RangeSlider refuses a low above the current high and vice versa.
            double lo = playback.from(), hi = playback.to() + 1.0;
            if (lo > slider.getHighValue()) {
                slider.setHighValue(hi);
                slider.setLowValue(lo);
            } else {
                slider.setLowValue(lo);
                slider.setHighValue(hi);
            }
            syncing = false;
        }
        histogram.setWindow(playback.from(), playback.to());
        String label = !hasDates ? "" : playback.mode() == Playback.Mode.CUMULATIVE
                ? String.format(text.getString("timeline.upto"), day(playback.to()))
                : playback.from() == playback.to() ? day(playback.from()) : day(playback.from()) + " – " + day(playback.to());
        windowLabel.setText(label);
        onWindowText.accept(label);
        if (hasDates && !syncing) {
            syncing = true;
            model.setWindow(LocalDate.ofEpochDay(playback.from()), LocalDate.ofEpochDay(playback.to()));
            syncing = false;
        }
    }

    private void fromSlider() {
        if (syncing || !hasDates) return;
        int from = (int) Math.floor(slider.getLowValue() + 1e-9);
        int to = Math.max(from, (int) Math.ceil(slider.getHighValue() - 1e-9) - 1);
        syncing = true;
        playback.setWindow(from, to);
        syncing = false;
        fromPlaybackToModel();
    }

    private void fromPlaybackToModel() {
        histogram.setWindow(playback.from(), playback.to());
        model.setWindow(LocalDate.ofEpochDay(playback.from()), LocalDate.ofEpochDay(playback.to()));
    }

    /** The filter pane's pickers (or anyone else) changed the dates: move the window to match. */
    private void fromFilter(ViewFilter f) {
        if (undated.isSelected() != f.showUndated()) undated.setSelected(f.showUndated());
        if (syncing || !hasDates) return;
        int from = f.from() == null ? playback.min() : (int) f.from().toEpochDay();
        int to = f.to() == null ? playback.max() : (int) f.to().toEpochDay();
        playback.setWindow(from, to);
    }

    private String day(int epochDay) {
        return format.format(LocalDate.ofEpochDay(epochDay));
    }

    /** Lines the bars up with the slider's track, whatever the skin's thumb size. */
    private void alignHistogram() {
        Node track = slider.lookup(".track");
        double left = 8, right = histogram.getWidth() - 8;
        if (track != null && histogram.getScene() != null) {
            Bounds b = histogram.sceneToLocal(track.localToScene(track.getBoundsInLocal()));
            if (b.getWidth() > 0) {
                left = b.getMinX();
                right = b.getMaxX();
            }
        }
        double min = slider.getMin(), span = Math.max(1e-9, slider.getMax() - slider.getMin()), l = left, r = right;
        histogram.setDayToX(d -> l + (d - min) / span * (r - l));
        axis.setScale((int) Math.round(min), (int) Math.round(slider.getMax()), d -> l + (d - min) / span * (r - l));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        alignHistogram();
    }
}
