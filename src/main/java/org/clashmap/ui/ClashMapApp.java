package org.clashmap.ui;

import org.clashmap.ui.settings.WindowPlacement;

import org.clashmap.ui.concurrent.Background;

import org.clashmap.ui.model.LightRows;
import org.clashmap.ui.widgets.Labels;

import org.clashmap.ui.export.ExportController;
import org.clashmap.ui.ingest.IngestTask;
import org.clashmap.ui.ingest.UndatedReports;
import org.clashmap.ui.ingest.WatchedFolder;
import org.clashmap.ui.ingest.MetadataDialog;
import org.clashmap.ui.ingest.WorkspaceLoader;
import org.clashmap.ui.map.AppServices;
import org.clashmap.ui.review.IncidentActions;
import org.clashmap.ui.review.ReviewController;
import org.clashmap.ui.settings.ControlSettings;
import org.clashmap.ui.settings.ControlSettingsDialog;

import org.clashmap.store.StoredEvent;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.app.DatabaseWorkspace;
import org.clashmap.app.Workspace;
import org.clashmap.store.Database;
import org.clashmap.store.DatabaseAddress;
import org.clashmap.store.StoreException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

/** The JavaFX application. Started through {@link #launchApp} from the jar's plain main class. */
public class ClashMapApp extends Application {
    private MainWindow window;
    private Workspace workspace;
    /** Where the open workspace's database is (what File → Open database… offers to change). */
    private DatabaseAddress address;
    private Stage stage;
    private ResourceBundle text;
    private ReviewController review;
    private ExportController export;
    /** Where the analyst's control settings are kept (the user node in the app, a throwaway node in tests). */
    private java.util.prefs.Preferences prefs;
    private ControlSettings settings = ControlSettings.defaults();
    private final java.util.concurrent.atomic.AtomicLong controlGeneration = new java.util.concurrent.atomic.AtomicLong();

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("ui.messages", locale);
    }

    /** A window in the bundle's language; Arabic mirrors the whole layout right to left. */
    private MainWindow buildWindow(ResourceBundle bundle) {
        this.text = bundle;
        org.clashmap.ui.widgets.DialogLanguage.follow(() -> text);
        MainWindow w = new MainWindow(bundle, new Actions(stage, bundle));
        boolean rtl = "ar".equals(bundle.getLocale().getLanguage());
        w.setNodeOrientation(rtl ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        // The map itself is geography, not text: it never mirrors.
        w.map.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        // The version of the event the analyst now sees, in whatever database the window is on at the time
        // (File → Open database… changes it): an edit of an event someone else changed since is refused.
        w.model.selected.addListener((o, was, now) -> {
            if (workspace == null || now == null || was != null && was.id() == now.id()) return;
            try {
                workspace.reviewer().look(now.id());
            } catch (StoreException | IllegalArgumentException e) {
                w.status.message.setText(e.getMessage()); // gone or unreachable: an edit will say so again
            }
        });
        if (workspace != null) attach(w);
        return w;
    }

    private void attach(MainWindow w) {
        w.setArticleText(workspace::articleText);
        w.setAgreement(workspace::alsoIn);
        w.onSetController((place, actor) -> {
            workspace.setController(place.placeId(), place.nameAr(), place.nameEn(), place.lat(), place.lon(), actor, w.controlDate());
            reloadControl();
        });
        review = new ReviewController(workspace, w, text);
        export = new ExportController(workspace, w, text);
        w.onPlaceDragged(review::moved);
        incidents = new IncidentActions(workspace, w, w.source, text, this::reloadControl);
    }

    private IncidentActions incidents;
    /** Whether this window's last Undo undid a merge or split (so Redo brings that back). */
    private boolean lastUndoWasIncident;
    private WatchedFolder watched;

    /** Starts watching {@code dir} (File → Watch folder… after its folder chooser): each batch ingested refreshes the window. */
    void watchFolder(Path dir) {
        if (watched == null) watched = new WatchedFolder(workspace, text, this::refreshFromStore, m -> window.status.message.setText(m));
        watched.start(dir);
    }

    /** Map, table, timeline and control layer from the store again (after an ingest or a watched batch). */
    private void refreshFromStore() {
        window.showEvents(workspace.events());
        window.showIncidentFacts(workspace.incidentFacts());
        reloadControl();
    }

    /**
     * Puts the window on another database (File → Open database…): it is opened first, and one that is
     * refused leaves the window on the old one (the refusal is shown). True when the window switched.
     */
    boolean switchDatabase(DatabaseAddress next) {
        Workspace old = workspace;
        DatabaseAddress oldAddress = address;
        workspace = null;
        openWorkspace(next, text, stage);
        if (workspace == null) {
            workspace = old;
            address = oldAddress;
            return false;
        }
        if (watched != null) {
            watched.stop();
            watched = null;
        }
        if (old != null) old.close();
        return true;
    }

    /** Other analysts' changes to a shared database, as they commit (null: none watched). */
    private AutoCloseable othersWatch;
    /** Changes come in bursts (an ingest commits report by report): the window reloads once the burst has paused. */
    private final javafx.animation.PauseTransition othersSettle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
    private volatile String othersLast;

    /** Reloads the window when another program changes a shared database, and says who and when. */
    private void watchOthers() {
        stopWatchingOthers();
        try {
            othersWatch = workspace.watchOthers(change -> {
                othersLast = change;
                Platform.runLater(othersSettle::playFromStart);
            });
        } catch (StoreException e) {
            window.status.message.setText(e.getMessage()); // no live updates; the window works as before
        }
        othersSettle.setOnFinished(e -> {
            if (workspace == null) return;
            refreshFromStore();
            window.status.message.setText(othersLast);
        });
    }

    private void stopWatchingOthers() {
        if (othersWatch == null) return;
        try {
            othersWatch.close();
        } catch (Exception ignored) {
            // the listening connection is gone already
        }
        othersWatch = null;
    }

    /** Rebuilds the window in another language, keeping the events and the selection. */
    void switchLanguage(Locale locale) {
        var events = window.model.incidents.get().events();
        var selected = window.model.selected.get();
        var centre = window.map.center();
        double zoom = window.map.zoom();
        window = buildWindow(bundle(locale));
        stage.getScene().setRoot(window);
        window.showEvents(events);
        if (workspace != null) window.showIncidentFacts(workspace.incidentFacts());
        window.model.selected.set(selected);
        window.map.zoomTo(zoom);
        window.map.centreOn(centre.getLatitude(), centre.getLongitude());
        reloadControl();
    }

    public static void launchApp(String[] args) {
        Application.launch(ClashMapApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        open(stage, dbAddress(getParameters().getNamed().get("db")), Locale.getDefault());
        String event = getParameters().getNamed().get("event");
        if (event != null) focusWhenLoaded(Long.parseLong(event));
    }

    /** Selects an event and zooms to it once the events are loaded (clashmap gui --event ID). */
    private void focusWhenLoaded(long id) {
        window.model.incidents.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.clashmap.geo.index.IncidentSet> o,
                                org.clashmap.geo.index.IncidentSet a, org.clashmap.geo.index.IncidentSet set) {
                int index = set.eventIndexOfId(id);
                if (index < 0) return;
                window.model.incidents.removeListener(this);
                // After the model has finished taking the new events in (it restores the old selection).
                javafx.application.Platform.runLater(() -> {
                    // a lean set holds no records: the model fetches this one
                    StoredEvent e = set.hasEvents() ? set.events().get(index) : window.model.full(LightRows.row(set, index));
                    window.model.selected.set(e);
                    int first = set.firstIncidentOf(index);
                    if (first < set.endIncidentOf(index)) window.map.focus(set.lat[first], set.lon[first], 9);
                });
            }
        });
    }

    /** Shows the window on a database with the control settings from the user's preferences: what start() does. */
    void open(Stage stage, DatabaseAddress db, Locale locale) {
        java.util.prefs.Preferences node;
        try {
            node = ControlSettings.userNode();
        } catch (RuntimeException e) {
            node = null; // no preferences store: settings last for this session only
        }
        open(stage, db, locale, node);
    }

    /** Shows the window on a SQLite file, taking the control settings from (and saving them to) {@code prefs}; tests pass their own node. */
    void open(Stage stage, Path db, Locale locale, java.util.prefs.Preferences prefs) {
        open(stage, DatabaseAddress.sqlite(db), locale, prefs);
    }

    /** Shows the window on a database (SQLite file or PostgreSQL), taking the control settings from {@code prefs}. */
    void open(Stage stage, DatabaseAddress db, Locale locale, java.util.prefs.Preferences prefs) {
        AppServices.initTiles();
        this.stage = stage;
        this.prefs = prefs;
        try {
            settings = prefs == null ? ControlSettings.defaults() : ControlSettings.load(prefs);
        } catch (RuntimeException e) {
            settings = ControlSettings.defaults();
        }
        org.clashmap.geo.render.ControlPalette.setOverrides(settings.colours());
        window = buildWindow(bundle(locale));
        Scene scene = new Scene(window, WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        scene.getStylesheets().add(ClashMapApp.class.getResource("/ui/clashmap.css").toExternalForm());
        stage.setTitle("ClashMap");
        stage.setScene(scene);
        WindowPlacement saved = WindowPlacement.load(prefs);
        if (saved != null) saved.applyTo(stage);
        rememberPlacement(stage, prefs);
        stage.show();
        window.map.requestFocus();
        window.status.message.setText(text.getString("status.database") + " " + db);
        openWorkspace(db, text, stage);
    }

    /** Where the window was when not maximised: what a maximised window returns to, so that is what is saved. */
    private WindowPlacement normalPlacement;

    /** Saves the window's size and position when it closes, so it reopens there (WindowPlacement). */
    private void rememberPlacement(Stage stage, java.util.prefs.Preferences prefs) {
        if (prefs == null) return;
        javafx.beans.InvalidationListener track = o -> {
            if (!stage.isMaximized()) normalPlacement = WindowPlacement.of(stage, null);
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            try {
                WindowPlacement.of(stage, normalPlacement).save(prefs);
            } catch (java.util.prefs.BackingStoreException | RuntimeException ex) {
                // not worth an error dialog on the way out: the window opens at its default place next time
            }
        });
    }

    /** The --db argument: a SQLite path or a PostgreSQL address (an address it cannot read opens the default file). */
    static DatabaseAddress dbAddress(String arg) {
        return arg == null ? DatabaseAddress.sqlite(org.clashmap.store.Database.defaultPath()) : DatabaseAddress.parse(arg);
    }

    public MainWindow window() {
        return window;
    }

    public Workspace workspace() {
        return workspace;
    }

    ControlSettings settings() {
        return settings;
    }

    /**
     * The analyst's new control settings: side colours at once (palette, legend, what is drawn), the
     * model's tunables for the control map recomputed in the background and for exports; saved so
     * they survive a restart (a store that refuses is reported, the settings still apply).
     */
    void applySettings(ControlSettings s) {
        settings = s;
        org.clashmap.geo.render.ControlPalette.setOverrides(s.colours());
        window.map.control.repaint();
        window.legend.showControl(window.map.control.snapshot());
        String saveProblem = null;
        if (prefs != null) {
            try {
                s.save(prefs);
            } catch (java.util.prefs.BackingStoreException | RuntimeException e) {
                saveProblem = String.format(text.getString("settings.error.save"), e.getMessage());
            }
        }
        if (workspace == null) return;
        workspace.setControlOptions(s.options());
        var o = s.options();
        String done = saveProblem != null ? saveProblem : String.format(text.getString("settings.applied"),
                ControlSettings.number(o.frontDistanceKm()), o.fadeDays(), o.contestedDays());
        window.status.message.setText(text.getString("status.control"));
        reloadControl(() -> window.status.message.setText(done));
    }

    ReviewController review() {
        return review;
    }

    /** Opens the database (a refusal is shown, not thrown) and loads its events in the background. */
    private void openWorkspace(DatabaseAddress db, ResourceBundle text, Stage stage) {
        try {
            workspace = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), System.getProperty("user.name"));
            address = db;
        } catch (StoreException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText(text.getString("error.database"));
            a.initOwner(stage);
            a.show();
            window.status.message.setText(e.getMessage());
            return;
        }
        workspace.setControlOptions(settings.options());
        watchOthers();
        attach(window);
        window.setEventLookup(workspace::event);
        WorkspaceLoader loader = new WorkspaceLoader(workspace, text);
        window.status.message.textProperty().bind(loader.messageProperty());
        window.status.progress.progressProperty().bind(loader.progressProperty());
        window.status.progress.setVisible(true);
        loader.setOnSucceeded(e -> {
            window.status.message.textProperty().unbind();
            window.status.progress.setVisible(false);
            WorkspaceLoader.Loaded loaded = loader.getValue();
            if (loaded.lean() == null) window.showEvents(loaded.events());
            else window.showIncidents(loaded.lean());
            window.showIncidentFacts(loaded.facts());
            window.status.message.setText(String.format(text.getString("status.loaded"), loaded.incidentCount(), loaded.placeCount(), db));
            reloadControl();
        });
        loader.setOnFailed(e -> {
            window.status.message.textProperty().unbind();
            window.status.progress.setVisible(false);
            window.status.message.setText(String.valueOf(loader.getException().getMessage()));
        });
        Background.run(loader);
    }

    /** Rebuilds who-holds-what in the background and shows it (after loading, ingesting or an analyst's change). */
    void reloadControl() {
        reloadControl(() -> { });
    }

    /** {@link #reloadControl()}, then {@code shown} on the FX thread once the new control map is on screen. */
    private void reloadControl(Runnable shown) {
        if (workspace == null) return;
        Workspace ws = workspace;
        // Only the newest request is shown: an older computation (e.g. with the previous settings) that finishes late is dropped.
        long generation = controlGeneration.incrementAndGet();
        javafx.concurrent.Task<org.clashmap.geo.control.ControlMap> task = new javafx.concurrent.Task<>() {
            @Override
            protected org.clashmap.geo.control.ControlMap call() {
                return ws.controlMap();
            }
        };
        task.setOnSucceeded(e -> {
            if (generation != controlGeneration.get()) return;
            window.showControl(task.getValue());
            shown.run();
        });
        task.setOnFailed(e -> window.status.message.setText(String.valueOf(task.getException().getMessage())));
        Background.run(task);
    }

    @Override
    public void stop() {
        if (watched != null) watched.stop();
        stopWatchingOthers();
        if (workspace != null) workspace.close();
    }

    /** The chart window, made on first use. */
    private org.clashmap.ui.charts.ChartWindow charts;

    /** File → Export's controller (tests). */
    ExportController exporter() {
        return export;
    }

    /** The chart window if it was opened (tests). */
    org.clashmap.ui.charts.ChartWindow charts() {
        return charts;
    }

    private final class Actions implements MenuActions {
        private final Stage stage;
        private final ResourceBundle text;

        Actions(Stage stage, ResourceBundle text) {
            this.stage = stage;
            this.text = text;
        }

        @Override
        public void quit() {
            stage.close();
            Platform.exit();
        }

        @Override
        public void showAbout() {
            HelpDialogs.about(stage, text).show();
        }

        @Override
        public void showShortcuts() {
            HelpDialogs.shortcuts(stage, text).show();
        }

        @Override
        public void zoomHome() {
            window.map.goHome();
        }

        @Override
        public void setLanguage(Locale locale) {
            switchLanguage(locale);
        }

        /** Gluon keeps drawn tiles per map view, so the window is rebuilt to redraw them in the new language. */
        @Override
        public void setMapLabels(org.clashmap.geo.Language lang) {
            if (AppServices.mapLabels() == lang) return;
            AppServices.setMapLabels(lang);
            switchLanguage(text.getLocale());
        }

        @Override
        public void controlSettings() {
            ControlSettingsDialog d = new ControlSettingsDialog(settings, text, new Labels(text));
            d.initOwner(stage);
            // Not showAndWait: the window keeps painting while the dialog is open.
            d.setOnHidden(e -> {
                ControlSettings s = d.getResult();
                if (s != null) applySettings(s);
            });
            d.show();
        }

        @Override
        public void showCharts() {
            if (charts == null || charts.stage().getOwner() != stage) {
                charts = new org.clashmap.ui.charts.ChartWindow(stage, window.model(), workspace::incidentFacts, text);
            }
            charts.show();
        }

        @Override
        public void confirmSelected() {
            if (review != null) review.confirm();
        }

        @Override
        public void rejectSelected() {
            if (review != null) review.reject();
        }

        /**
         * One Undo for the analyst's last change (decision 037): the newest merge or split when it is newer than the
         * selected event's newest edit, else that edit.
         */
        @Override
        public void undoSelected() {
            if (incidents == null) return;
            StoredEvent sel = window.model().selected.get();
            java.time.Instant edit = sel == null ? null : workspace.reviewer().lastEditAt(sel.id());
            java.time.Instant merge = incidents.lastIncidentEditAt();
            lastUndoWasIncident = merge != null && (edit == null || merge.isAfter(edit));
            if (lastUndoWasIncident) incidents.undoIncidentEdit();
            else if (review != null) review.undo();
        }

        /** Redo follows what this window's Undo undid last: a merge or split, or the selected event's edit. */
        @Override
        public void redoSelected() {
            if (lastUndoWasIncident && incidents != null) incidents.redoIncidentEdit();
            else if (review != null) review.redo();
        }

        @Override
        public void mergeWithIncident() {
            if (incidents != null) incidents.mergeSelected();
        }

        @Override
        public void undoIncidentEdit() {
            if (incidents != null) incidents.undoIncidentEdit();
            lastUndoWasIncident = true;
        }

        @Override
        public void redoIncidentEdit() {
            if (incidents != null) incidents.redoIncidentEdit();
        }

        @Override
        public void editSelected() {
            if (review != null) review.edit();
        }

        @Override
        public void exportMap() {
            if (export != null) export.exportMap();
        }

        @Override
        public void exportAnimation() {
            if (export != null) export.exportAnimation();
        }

        @Override
        public void setAreas(org.clashmap.export.AreaCounts.Level level) {
            window.model().areaLevel.set(level);
        }

        @Override
        public void setAreaMeasure(org.clashmap.export.AreaCounts.Measure measure) {
            window.model().areaMeasure.set(measure);
        }

        @Override
        public void setDensity(boolean on) {
            window.model().density.set(on);
        }

        @Override
        public void removeOutlet() {
            if (incidents != null) incidents.removeOutlet();
        }

        @Override
        public void removeRun() {
            if (incidents != null) incidents.removeRun();
        }

        private java.util.concurrent.Future<?> ingestRun;

        @Override
        public void exportData() {
            if (export != null) export.exportData();
        }

        @Override
        public void openReport() {
            if (workspace == null) return;
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter(
                    "Reports (*.txt, *.html, *.htm, result.json, *.xml, *.rss, *.atom)", "*.txt", "*.html", "*.htm", "*.json", "*.xml", "*.rss", "*.atom"),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
            java.io.File f = fc.showOpenDialog(stage);
            if (f == null) return;
            Path file = f.toPath();
            // Pages, exports and feeds carry their own dates; a text report without metadata asks for them.
            if (workspace.hasMetadata(file) || org.clashmap.sources.SourceKind.named(file) != org.clashmap.sources.SourceKind.TEXT) {
                runIngest(java.util.List.of(file));
            } else {
                MetadataDialog d = new MetadataDialog(file, text);
                d.initOwner(stage);
                d.showAndWait().ifPresent(meta -> showSummary(workspace.ingest(file, meta)));
            }
        }

        @Override
        public void ingestFolder() {
            if (workspace == null) return;
            java.io.File dir = new javafx.stage.DirectoryChooser().showDialog(stage);
            if (dir != null) runIngest(java.util.List.of(dir.toPath()));
        }

        /**
         * File → Open database…: a SQLite path or a postgresql:// address. The new database is opened first; one
         * that is refused leaves the window on the old one (the refusal is shown).
         */
        @Override
        public void openDatabase() {
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(address == null ? "" : address.toString());
            d.setTitle(text.getString("database.open.title"));
            d.setHeaderText(text.getString("database.open.header"));
            d.setContentText(text.getString("database.open.label"));
            d.initOwner(stage);
            d.getEditor().setPrefColumnCount(48);
            d.showAndWait().map(String::strip).filter(v -> !v.isEmpty()).ifPresent(v -> {
                DatabaseAddress next;
                try {
                    next = DatabaseAddress.parse(v);
                } catch (IllegalArgumentException e) {
                    window.status.message.setText(e.getMessage());
                    return;
                }
                switchDatabase(next);
            });
        }

        @Override
        public void watchFolder() {
            if (workspace == null) return;
            if (watched != null && watched.watching()) {
                watched.stop();
                return;
            }
            java.io.File dir = new javafx.stage.DirectoryChooser().showDialog(stage);
            if (dir != null) ClashMapApp.this.watchFolder(dir.toPath());
        }

        @Override
        public void dateUndated() {
            if (workspace != null) UndatedReports.offer(stage, text, workspace, this::refresh);
        }

        private void refresh() {
            refreshFromStore();
        }

        /** Ingest in the background with a progress bar and Cancel; problems listed at the end. */
        private void runIngest(java.util.List<Path> paths) {
            IngestTask task = new IngestTask(workspace, paths);
            javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
            bar.setPrefWidth(360);
            bar.progressProperty().bind(task.progressProperty());
            javafx.scene.control.Label line = new javafx.scene.control.Label();
            line.textProperty().bind(task.messageProperty());
            Alert dialog = new Alert(Alert.AlertType.NONE);
            dialog.setTitle(text.getString("ingest.title"));
            dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, bar, line));
            dialog.getButtonTypes().setAll(new javafx.scene.control.ButtonType(text.getString("ingest.cancel"),
                    javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
            dialog.initOwner(stage);
            dialog.setOnHidden(e -> task.cancel());
            task.setOnSucceeded(e -> {
                dialog.setOnHidden(null);
                dialog.close();
                showSummary(task.getValue());
            });
            task.setOnCancelled(e -> {
                // Cancel stops between reports: wait for the batch being stored, then say what was kept.
                java.util.concurrent.Future<?> ingest = ingestRun;
                Background.run(() -> {
                    try {
                        if (ingest != null) ingest.get();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException ex) {
                        // the task reports its own failure; here only its end matters
                    }
                    Platform.runLater(() -> {
                        if (incidents != null) incidents.afterCancelledIngest();
                    });
                });
            });
            task.setOnFailed(e -> {
                dialog.close();
                info(text.getString("ingest.title"), String.valueOf(task.getException().getMessage()));
            });
            ingestRun = Background.run(task);
            dialog.show();
        }

        private void showSummary(org.clashmap.ingest.IngestSummary s) {
            String body = String.format(text.getString("ingest.done"), s.added(), s.alreadyStored(), s.events());
            if (s.undated() > 0) body += "\n\n" + UndatedReports.line(text, s);
            if (!s.problems().isEmpty()) body += "\n\n" + text.getString("ingest.problems") + "\n" + String.join("\n", s.problems());
            refresh();
            UndatedReports.showSummary(stage, text, text.getString("ingest.title"), body, s, workspace, this::refresh);
        }

        private void info(String title, String body) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, body);
            a.setTitle(title);
            a.setHeaderText(title);
            a.initOwner(stage);
            a.show();
        }
    }
}
