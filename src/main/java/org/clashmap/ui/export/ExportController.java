package org.clashmap.ui.export;

import org.clashmap.ui.model.Shell;

import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.clashmap.export.ExportFormat;
import org.clashmap.export.MapImageRequest;
import org.clashmap.geo.Language;
import org.clashmap.app.Workspace;
import org.clashmap.store.StoredEvent;

import java.io.File;
import java.nio.file.Path;
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
        ComboBox<int[]> size = new ComboBox<>(FXCollections.observableArrayList(SIZES));
        size.setConverter(new javafx.util.StringConverter<>() {
            public String toString(int[] s) {
                return s == null ? "" : s[0] + " × " + s[1];
            }

            public int[] fromString(String s) {
                return null;
            }
        });
        size.setValue(SIZES.get(0));
        TextField title = new TextField(text.getString("export.map.defaultTitle"));
        ComboBox<Language> lang = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        lang.setValue("ar".equals(text.getLocale().getLanguage()) ? Language.AR : Language.EN);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(10));
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
            run(() -> {
                workspace.exportMap(req, set, visible, f.toPath());
                return String.format(text.getString("export.done"), f);
            });
        });
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

    private void run(Callable<String> work) {
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
    }

    private Window owner() {
        return window.owner();
    }
}
