package org.clashmap.ui;

import javafx.concurrent.Task;
import org.clashmap.ingest.Workspace;
import org.clashmap.store.StoredEvent;

import java.util.List;
import java.util.ResourceBundle;

/**
 * Loads the events off the FX thread. On the first run (empty database) it ingests the built-in
 * seeds first, reporting progress; later runs just read what is stored.
 */
final class WorkspaceLoader extends Task<List<StoredEvent>> {
    private final Workspace workspace;
    private final ResourceBundle text;

    WorkspaceLoader(Workspace workspace, ResourceBundle text) {
        this.workspace = workspace;
        this.text = text;
    }

    @Override
    protected List<StoredEvent> call() {
        if (workspace.isEmpty()) {
            workspace.ingestBuiltInSeeds((done, total, current) -> {
                updateProgress(done, total);
                updateMessage(String.format(text.getString("status.ingesting"), done, total));
            });
        }
        updateMessage(text.getString("status.loading"));
        updateProgress(-1, 1);
        return workspace.events();
    }
}
