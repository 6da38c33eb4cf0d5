package org.clashmap.ui.export;

import org.clashmap.ui.model.Shell;

import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.clashmap.export.ExportFormat;
import org.clashmap.export.MapAnimation;
import org.clashmap.export.MapOverlays;
import org.clashmap.export.Mp4Video;
import org.clashmap.export.MapImageRequest;
import org.clashmap.geo.Language;
import org.clashmap.app.Workspace;
import org.clashmap.store.StoredEvent;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * File → Export map… and Export data…: what the analyst sees (the filtered events, the map's
 * extent) goes out, rendered or written off the FX thread, through the safe writers.
 */
public final class ExportController {
    /** Image sizes analysts ask for: screen, 4K, A4 landscape at 300 dpi. */
    static final List<int[]> SIZES = List.of(new int[]{1920, 1080}, new int[]{3840, 2160}, new int[]{3508, 2480}, new int[]{2480, 3508});

    private final Workspace workspace;
    private final Shell window;
    private final ResourceBundle text;

    public ExportController(Workspace workspace, Shell window, ResourceBundle text) {
        this.workspace = workspace;
        this.window = window;
        this.text = text;
    }

    public void exportMap() {
        Dialog<MapImageRequest> d = new Dialog<>();
        d.setTitle(text.getString("export.map.title"));
        ComboBox<int[]> size = sizes(SIZES);
        size.setValue(SIZES.get(0));
        TextField title = new TextField(text.getString("export.map.defaultTitle"));
        ComboBox<Language> lang = languages();
        GridPane g = grid();
        g.addRow(0, new Label(text.getString("export.map.size")), size);
        g.addRow(1, new Label(text.getString("export.map.titleLabel")), title);
        g.addRow(2, new Label(text.getString("export.map.language")), lang);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK ? null : MapImageRequest.fromView(window.mapViewport(),
                size.getValue()[0], size.getValue()[1], window.model().filter.get().from(), window.model().filter.get().to(),
                lang.getValue(), title.getText()));
        d.initOwner(owner());
        d.showAndWait().ifPresent(req -> {
            FileChooser fc = chooser("map.png", new FileChooser.ExtensionFilter("PNG", "*.png"),
                    new FileChooser.ExtensionFilter("SVG", "*.svg"), new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File chosen = fc.showSaveDialog(owner());
            if (chosen == null) return;
            File f = figureFile(chosen.toPath(), fc.getSelectedExtensionFilter()).toFile();
            var set = window.model().incidents.get();
            var visible = (java.util.BitSet) window.model().visibleIncidents().clone();
            // the image shows what the map shows: its areas and density surface too
            MapOverlays overlays = new MapOverlays(window.model().choropleth(), window.model().density.get());
            run(() -> {
                workspace.exportMap(req, set, visible, overlays, f.toPath());
                return String.format(text.getString("export.done"), f);
            });
        });
    }

    /** Animation sizes: HD, full HD, 4K UHD (the largest, {@link MapAnimation#MAX_W}×{@link MapAnimation#MAX_H}). */
    static final List<int[]> ANIMATION_SIZES = List.of(new int[]{1280, 720}, new int[]{1920, 1080}, new int[]{3840, 2160});

    /** What the animation dialog asks. */
    public record AnimationChoice(MapAnimation.Settings settings, String extension) {
    }

    /**
     * File → Export animation…: the period (the window's, else the events' span), the number of frames
     * and their length, cumulative or sliding, the size and GIF or MP4; then written by
     * {@link MapAnimation}, as {@code clashmap render --animate} writes it, of the map's view with the
     * window's other filters, areas and density surface, the status bar counting frames.
     */
    public void exportAnimation() {
        LocalDate[] span = span();
        if (span == null) {
            window.status().message.setText(text.getString("export.animation.noDates"));
            return;
        }
        Dialog<AnimationChoice> d = animationDialog(span);
        d.initOwner(owner());
        d.showAndWait().ifPresent(this::writeAnimation);
    }

    /** The dialog, filled with the window's period (tests fill and confirm it without showing it). */
    public Dialog<AnimationChoice> animationDialog(LocalDate[] span) {
        Dialog<AnimationChoice> d = new Dialog<>();
        d.setTitle(text.getString("export.animation.title"));
        // ISO dates, as everywhere in the window (issue 19 item 5)
        DatePicker from = org.clashmap.ui.widgets.IsoDates.iso(new DatePicker(span[0])), to = org.clashmap.ui.widgets.IsoDates.iso(new DatePicker(span[1]));
        from.setId("animation-from");
        to.setId("animation-to");
        Spinner<Integer> frames = new Spinner<>(2, 1000, MapAnimation.DEFAULT_FRAMES);
        frames.setId("animation-frames");
        frames.setEditable(true);
        Spinner<Integer> frameMs = new Spinner<>(20, 60_000, 500, 50);
        frameMs.setId("animation-frame-ms");
        frameMs.setEditable(true);
        CheckBox cumulative = new CheckBox(text.getString("export.animation.cumulative"));
        cumulative.setId("animation-cumulative");
        ComboBox<int[]> size = sizes(ANIMATION_SIZES);
        size.setId("animation-size");
        ComboBox<String> format = new ComboBox<>(FXCollections.observableArrayList("GIF", "MP4"));
        format.setId("animation-format");
        format.setValue("GIF");
        boolean ffmpeg = Mp4Video.available();
        Label mp4 = new Label(ffmpeg ? "" : text.getString("export.animation.noFfmpeg"));
        if (!ffmpeg) format.setItems(FXCollections.observableArrayList("GIF"));
        TextField title = new TextField(text.getString("export.map.defaultTitle"));
        ComboBox<Language> lang = languages();
        GridPane g = grid();
        g.addRow(0, new Label(text.getString("export.animation.from")), from);
        g.addRow(1, new Label(text.getString("export.animation.to")), to);
        g.addRow(2, new Label(text.getString("export.animation.frames")), frames);
        g.addRow(3, new Label(text.getString("export.animation.frameMs")), frameMs);
        g.add(cumulative, 1, 4);
        g.addRow(5, new Label(text.getString("export.map.size")), size);
        g.addRow(6, new Label(text.getString("export.animation.format")), format);
        g.add(mp4, 1, 7);
        g.addRow(8, new Label(text.getString("export.map.titleLabel")), title);
        g.addRow(9, new Label(text.getString("export.map.language")), lang);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // a period that ends before it starts cannot be confirmed
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue()), from.valueProperty(), to.valueProperty()));
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            var vp = window.mapViewport();
            var box = MapImageRequest.fromView(vp, size.getValue()[0], size.getValue()[1], null, null, lang.getValue(), null).bbox();
            MapOverlays.Spec overlays = new MapOverlays.Spec(window.model().areaLevel.get(), window.model().areaMeasure.get(),
                    org.clashmap.export.AreaClasses.Method.JENKS, window.model().density.get());
            var settings = new MapAnimation.Settings(box, size.getValue()[0], size.getValue()[1], lang.getValue(), title.getText(),
                    MapAnimation.windows(from.getValue(), to.getValue(), frames.getValue()), cumulative.isSelected(), frameMs.getValue(),
                    MapImageRequest.Style.CLUSTERED, overlays);
            return new AnimationChoice(settings, format.getValue().equals("MP4") ? ".mp4" : ".gif");
        });
        return d;
    }

    private void writeAnimation(AnimationChoice c) {
        FileChooser fc = chooser("animation" + c.extension(), new FileChooser.ExtensionFilter(c.extension().substring(1).toUpperCase(java.util.Locale.ROOT),
                "*" + c.extension()));
        File chosen = fc.showSaveDialog(owner());
        if (chosen == null) return;
        Path out = chosen.toPath();
        if (!MapAnimation.names(out)) out = out.resolveSibling(out.getFileName() + c.extension());
        writeAnimation(c.settings(), out);
    }

    /** Writes the animation in the background, the status bar counting frames (tests call it without the file chooser). */
    public Task<String> writeAnimation(MapAnimation.Settings settings, Path out) {
        var model = window.model();
        var set = model.incidents.get();
        var mask = (java.util.BitSet) model.attributeIncidents().clone();
        java.util.List<org.clashmap.export.EventPoint> rows = settings.overlays().needsRows() ? rowsOf(set, mask) : java.util.List.of();
        int n = settings.windows().size();
        return run(() -> {
            var r = workspace.exportAnimation(settings, set, mask, rows, out,
                    k -> javafx.application.Platform.runLater(() -> window.status().message.setText(String.format(text.getString("export.animation.running"), k, n))));
            return String.format(text.getString("export.animation.done"), out, r.frames(), r.seconds());
        });
    }

    /** The export's rows of the events with an incident in the mask (the window's filters but the dates). */
    private java.util.List<org.clashmap.export.EventPoint> rowsOf(org.clashmap.geo.index.IncidentSet set, java.util.BitSet mask) {
        java.util.List<StoredEvent> events = new java.util.ArrayList<>();
        if (set.hasEvents()) {
            for (int e = 0; e < set.eventCount(); e++) {
                int first = set.firstIncidentOf(e), end = set.endIncidentOf(e);
                int next = mask.nextSetBit(first);
                if (next >= 0 && next < end) events.add(set.events().get(e));
            }
        }
        return org.clashmap.export.EventPoint.of(events, window.model().incidentFacts());
    }

    /** The window's date window, its open ends filled from the events' first and last days; null when no event is dated. */
    public LocalDate[] span() {
        var f = window.model().filter.get();
        var set = window.model().incidents.get();
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int i = 0; i < set.size; i++) {
            if (set.dayFrom[i] == org.clashmap.geo.index.IncidentSet.UNDATED) continue;
            lo = Math.min(lo, set.dayFrom[i]);
            hi = Math.max(hi, set.dayTo[i]);
        }
        if (lo > hi && (f.from() == null || f.to() == null)) return null;
        return new LocalDate[]{f.from() != null ? f.from() : LocalDate.ofEpochDay(lo), f.to() != null ? f.to() : LocalDate.ofEpochDay(hi)};
    }

    /** The figure's language, the window's by default. */
    private ComboBox<Language> languages() {
        ComboBox<Language> lang = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        lang.setValue("ar".equals(text.getLocale().getLanguage()) ? Language.AR : Language.EN);
        lang.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : text.getString("language." + l.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        return lang;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(10));
        return g;
    }

    private static ComboBox<int[]> sizes(List<int[]> choices) {
        ComboBox<int[]> size = new ComboBox<>(FXCollections.observableArrayList(choices));
        size.setConverter(new javafx.util.StringConverter<>() {
            public String toString(int[] s) {
                return s == null ? "" : s[0] + " × " + s[1];
            }

            public int[] fromString(String s) {
                return null;
            }
        });
        size.setValue(choices.get(choices.size() > 2 ? 1 : 0));
        return size;
    }

    public void exportData() {
        FileChooser fc = chooser("events.geojson",
                new FileChooser.ExtensionFilter("GeoJSON", "*.geojson"),
                new FileChooser.ExtensionFilter("GeoPackage", "*.gpkg"),
                new FileChooser.ExtensionFilter("KML (Google Earth)", "*.kml"),
                new FileChooser.ExtensionFilter("CSV (ACLED columns)", "*.csv"));
        File f = fc.showSaveDialog(owner());
        if (f == null) return;
        Path out = f.toPath();
        ExportFormat format = formatOf(out, fc.getSelectedExtensionFilter());
        // Exactly the events the analyst has in view of the filters, not the whole database.
        Set<Long> shown = window.model().shownEvents.stream().map(StoredEvent::id).collect(Collectors.toSet());
        run(() -> {
            var r = workspace.exportData(e -> shown.contains(e.id()), format, out);
            return r.incidents() == r.events() ? String.format(text.getString("export.data.done"), r.events(), r.features(), out)
                    : String.format(text.getString("export.data.doneMentions"), r.events(), r.incidents(), r.features(), out);
        });
    }

    /** The file as named when its extension is a figure format's, else with the chosen filter's extension added. */
    static Path figureFile(Path out, FileChooser.ExtensionFilter chosen) {
        if (org.clashmap.export.FigureFormat.names(out)) return out;
        String ext = chosen == null ? ".png" : chosen.getExtensions().get(0).replace("*", "");
        return out.resolveSibling(out.getFileName() + ext);
    }

    static ExportFormat formatOf(Path out, FileChooser.ExtensionFilter chosen) {
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) if (name.endsWith(f.extension)) return f;
        if (chosen != null) return ExportFormat.parse(chosen.getExtensions().get(0).replace("*.", ""));
        return ExportFormat.GEOJSON;
    }

    private FileChooser chooser(String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().addAll(filters);
        return fc;
    }

    private Task<String> run(Callable<String> work) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return work.call();
            }
        };
        window.status().message.setText(text.getString("export.running"));
        task.setOnSucceeded(e -> window.status().message.setText(task.getValue()));
        task.setOnFailed(e -> {
            String msg = String.valueOf(task.getException().getMessage());
            window.status().message.setText(msg);
            Alert a = new Alert(Alert.AlertType.ERROR, msg);
            a.initOwner(owner());
            a.show();
        });
        org.clashmap.ui.concurrent.Background.run(task);
        return task;
    }

    private Window owner() {
        return window.owner();
    }
}
