package org.clashmap.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.geo.Attribution;
import org.clashmap.ingest.DatabaseWorkspace;
import org.clashmap.ingest.Workspace;
import org.clashmap.store.Database;
import org.clashmap.store.StoreException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

/** The JavaFX application. Started through {@link #launchApp} from the jar's plain main class. */
public class ClashMapApp extends Application {
    private MainWindow window;
    private Workspace workspace;

    public static void launchApp(String[] args) {
        Application.launch(ClashMapApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppServices.initTiles();
        ResourceBundle text = ResourceBundle.getBundle("ui.messages", Locale.getDefault());
        window = new MainWindow(text, new Actions(stage, text));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(ClashMapApp.class.getResource("/ui/clashmap.css").toExternalForm());
        stage.setTitle("ClashMap");
        stage.setScene(scene);
        stage.show();
        window.map.requestFocus();
        Path db = dbPath(getParameters().getNamed().get("db"));
        window.status.message.setText(text.getString("status.database") + " " + db);
        openWorkspace(db, text, stage);
    }

    /** Opens the database (a refusal is shown, not thrown) and loads its events in the background. */
    private void openWorkspace(Path db, ResourceBundle text, Stage stage) {
        try {
            workspace = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), System.getProperty("user.name"));
        } catch (StoreException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText(text.getString("error.database"));
            a.initOwner(stage);
            a.show();
            window.status.message.setText(e.getMessage());
            return;
        }
        window.setArticleText(workspace::articleText);
        WorkspaceLoader loader = new WorkspaceLoader(workspace, text);
        window.status.message.textProperty().bind(loader.messageProperty());
        window.status.progress.progressProperty().bind(loader.progressProperty());
        window.status.progress.setVisible(true);
        loader.setOnSucceeded(e -> {
            window.status.message.textProperty().unbind();
            window.status.progress.setVisible(false);
            window.showEvents(loader.getValue());
            window.status.message.setText(String.format(text.getString("status.loaded"), loader.getValue().size(), db));
        });
        loader.setOnFailed(e -> {
            window.status.message.textProperty().unbind();
            window.status.progress.setVisible(false);
            window.status.message.setText(String.valueOf(loader.getException().getMessage()));
        });
        Thread t = new Thread(loader, "load-events");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        if (workspace != null) workspace.close();
    }

    static Path dbPath(String arg) {
        return arg == null ? org.clashmap.store.Database.defaultPath() : Path.of(arg);
    }

    public MainWindow window() {
        return window;
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
            info(text.getString("menu.help.about"), "ClashMap — GPL-3.0\n\n" + String.join("\n", Attribution.lines()));
        }

        @Override
        public void showShortcuts() {
            info(text.getString("menu.help.shortcuts"), text.getString("help.shortcuts"));
        }

        @Override
        public void zoomHome() {
            window.map.goHome();
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
