package org.clashmap.ui.ingest;

import javafx.concurrent.Task;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.app.Workspace;

import java.nio.file.Path;
import java.util.List;

/** Ingests files or folders off the FX thread; Cancel stops between reports, keeping what was stored. */
public final class IngestTask extends Task<IngestSummary> {
    private final Workspace workspace;
    private final List<Path> paths;

    public IngestTask(Workspace workspace, List<Path> paths) {
        this.workspace = workspace;
        this.paths = paths;
    }

    @Override
    protected IngestSummary call() {
        return workspace.ingest(paths, (done, total, current) -> {
            updateProgress(done, total);
            updateMessage(done + " / " + total + "  " + current);
        }, this::isCancelled);
    }
}
