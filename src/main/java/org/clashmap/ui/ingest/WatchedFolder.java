package org.clashmap.ui.ingest;

import javafx.application.Platform;
import org.clashmap.ingest.FolderWatch;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.app.Workspace;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * File → Watch folder… (decision 025): a {@link FolderWatch} on the window's workspace. Each batch it
 * ingests refreshes map, table and timeline ({@code refresh}, on the FX thread) and says in the status
 * bar what came in, and how many reports came without a date. The same menu item stops it.
 */
public final class WatchedFolder {
    private final Workspace workspace;
    private final ResourceBundle t;
    private final Runnable refresh;
    private final Consumer<String> status;
    private FolderWatch watch;

    public WatchedFolder(Workspace workspace, ResourceBundle t, Runnable refresh, Consumer<String> status) {
        this.workspace = workspace;
        this.t = t;
        this.refresh = refresh;
        this.status = status;
    }

    public boolean watching() {
        return watch != null;
    }

    public void start(Path dir) {
        stop();
        watch = new FolderWatch(dir, (files, cancelled) -> workspace.ingest(files, IngestProgress.NONE, cancelled), new FolderWatch.Listener() {
            @Override
            public void ingested(List<Path> files, IngestSummary s) {
                String line = String.format(t.getString("watch.batch"), LocalTime.now().truncatedTo(ChronoUnit.SECONDS), dir,
                        files.size() == 1 ? files.get(0).getFileName() : files.size() + " files", s.added() + s.updated(), s.events(),
                        s.problems().size()) + (s.undated() > 0 ? "  " + UndatedReports.line(t, s) : "");
                Platform.runLater(() -> {
                    if (s.added() + s.updated() > 0) refresh.run();
                    status.accept(line);
                });
            }

            @Override
            public void problem(String message) {
                Platform.runLater(() -> status.accept(message));
            }
        }, FolderWatch.SETTLE).start();
        status.accept(String.format(t.getString("watch.started"), dir));
    }

    public void stop() {
        if (watch == null) return;
        FolderWatch w = watch;
        watch = null;
        Path dir = w.folder();
        Thread stopper = new Thread(() -> {
            w.close();
            Platform.runLater(() -> status.accept(String.format(t.getString("watch.stopped"), dir)));
        }, "watch-stop");
        stopper.setDaemon(true);
        stopper.start();
    }
}
