package org.clashmap.ui.review;

import org.clashmap.ui.model.Shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import org.clashmap.app.Workspace;
import org.clashmap.store.IncidentStore;
import org.clashmap.store.IncidentUndo;
import org.clashmap.store.ReportStore;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The analyst's decisions about incidents across reports and about what was ingested (decision
 * 021): split an event out of its incident, merge two incidents, remove a report, an outlet's
 * reports or an ingest run, date an undated report. Each is one store transaction; the window
 * then reloads its events and incident facts. A refusal (no such incident, a bad date) is shown,
 * not thrown.
 */
public final class IncidentActions {
    private final Workspace workspace;
    private final Shell window;
    private final SourcePane source;
    private final ResourceBundle t;
    private final Runnable reloaded;

    public IncidentActions(Workspace workspace, Shell window, SourcePane source, ResourceBundle t, Runnable reloaded) {
        this.workspace = workspace;
        this.window = window;
        this.source = source;
        this.t = t;
        this.reloaded = reloaded;
        window.setIncidentLookup(e -> e == null ? null : workspace.incidentOf(e.id()));
        SourcePane s = source;
        s.split.setOnAction(a -> splitSelected());
        s.merge.setOnAction(a -> mergeSelected());
        s.remove.setOnAction(a -> removeSelectedReport());
        s.date.setOnAction(a -> dateSelectedReport());
    }

    /** Reloads events and incident facts into the window, keeping the selection when it still exists. */
    void reload() {
        window.showEvents(workspace.events());
        window.showIncidentFacts(workspace.incidentFacts());
        StoredEvent sel = window.model().selected.get();
        if (sel != null) window.model().selected.set(workspace.event(sel.id()));
        window.refreshSource();
        reloaded.run();
    }

    void splitSelected() {
        StoredEvent e = window.model().selected.get();
        IncidentStore.Incident inc = source.shownIncident();
        if (e == null || inc == null) return;
        act(() -> {
            long created = workspace.splitIncident(inc.id(), List.of(e.id()));
            window.status().message.setText(String.format(t.getString("source.incident"), created, 1, 1, "✂"));
        });
    }

    /**
     * Merge with incident…: asks for an incident id and merges that incident into the one shown in the source pane
     * (or the selected event's). The id is checked first: not a number, this incident itself, or no such incident
     * each get a clear message and change nothing.
     */
    public void mergeSelected() {
        IncidentStore.Incident inc = source.shownIncident();
        StoredEvent sel = window.model().selected.get();
        if (inc == null && sel != null) inc = workspace.incidentOf(sel.id());
        if (inc == null) {
            refuse(t.getString("incident.merge.noSelection"));
            return;
        }
        TextInputDialog d = new TextInputDialog();
        d.setTitle(t.getString("source.merge"));
        d.setHeaderText(String.format(t.getString("incident.merge.prompt"), inc.id()));
        d.initOwner(window.owner());
        Optional<String> typed = d.showAndWait();
        if (typed.isEmpty() || typed.get().isBlank()) return;
        long keep = inc.id();
        act(() -> {
            long other = incidentId(typed.get(), keep);
            workspace.mergeIncidents(keep, other);
            window.status().message.setText(String.format(t.getString("incident.merged"), other, keep));
        });
    }

    /** The incident id typed, checked against the store; refusals name the problem in the interface's language. */
    long incidentId(String typed, long keep) {
        long id;
        try {
            id = Long.parseLong(typed.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(String.format(t.getString("incident.merge.notNumber"), typed.strip()));
        }
        if (id == keep) throw new IllegalArgumentException(String.format(t.getString("incident.merge.self"), id));
        if (workspace.incident(id) == null) throw new IllegalArgumentException(String.format(t.getString("incident.merge.unknown"), id));
        return id;
    }

    /** When the newest merge or split still in force was made, or null when there is none. */
    public java.time.Instant lastIncidentEditAt() {
        IncidentUndo.Step s = workspace.incidentUndo().lastInForce();
        return s == null ? null : java.time.Instant.parse(s.createdAt());
    }

    /** Undoes the newest merge or split (decision 037) and says which in the status bar. */
    public void undoIncidentEdit() {
        act(() -> {
            IncidentUndo.Step s = workspace.incidentUndo().undo();
            window.status().message.setText(s == null ? t.getString("incident.nothingToUndo") : describe(s, "incident.undone."));
        });
    }

    /** Redoes the merge or split undone last and says which. */
    public void redoIncidentEdit() {
        act(() -> {
            IncidentUndo.Step s = workspace.incidentUndo().redo();
            window.status().message.setText(s == null ? t.getString("incident.nothingToRedo") : describe(s, "incident.redone."));
        });
    }

    private String describe(IncidentUndo.Step s, String key) {
        return String.format(t.getString(key + s.action()), s.incident(), s.other());
    }

    private void refuse(String message) {
        window.status().message.setText(message);
        Alert a = new Alert(Alert.AlertType.WARNING, message);
        a.initOwner(window.owner());
        a.show();
    }

    void removeSelectedReport() {
        StoredEvent e = window.model().selected.get();
        if (e == null || e.articleId() == null) return;
        ReportStore.StoredReport r = workspace.reports().report(e.articleId());
        if (r == null) return;
        if (!confirm(String.format(t.getString("source.remove.confirm"), r.fileName(), r.events()))) return;
        act(() -> done(workspace.reports().removeReport(r.id())));
    }

    void dateSelectedReport() {
        StoredEvent e = window.model().selected.get();
        if (e == null || e.articleId() == null) return;
        ReportStore.StoredReport r = workspace.reports().report(e.articleId());
        TextInputDialog d = new TextInputDialog(r.published() == null ? "" : r.published().toString());
        d.setHeaderText(String.format(t.getString("source.date.prompt"), r.fileName()));
        d.initOwner(window.owner());
        Optional<String> day = d.showAndWait();
        if (day.isEmpty() || day.get().isBlank()) return;
        act(() -> {
            LocalDate published;
            try {
                published = LocalDate.parse(day.get().strip());
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(String.format(t.getString("date.invalid"), day.get().strip()));
            }
            workspace.dateReport(r.id(), published);
        });
    }

    public void removeOutlet() {
        List<String> outlets = workspace.reports().reports().stream().map(ReportStore.StoredReport::outlet).distinct().sorted().toList();
        if (outlets.isEmpty()) return;
        // shown in the interface's language (the Arabic name an outlet carries), removed by its stored name
        org.clashmap.ui.widgets.Labels labels = new org.clashmap.ui.widgets.Labels(t);
        List<String> shown = outlets.stream().map(o -> labels.outlet(o).isBlank() ? o : labels.outlet(o)).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(shown.get(0), shown);
        d.setHeaderText(t.getString("remove.outlet.prompt"));
        d.initOwner(window.owner());
        d.showAndWait().ifPresent(o -> act(() -> done(workspace.reports().removeOutlet(outlets.get(shown.indexOf(o))))));
    }

    public void removeRun() {
        List<ReportStore.Run> runs = workspace.reports().runs().stream().filter(r -> r.reports() > 0).toList();
        if (runs.isEmpty()) return;
        List<String> names = runs.stream().map(r -> describe(r, t)).toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(names.get(names.size() - 1), names);
        d.setHeaderText(t.getString("remove.run.prompt"));
        d.initOwner(window.owner());
        d.showAndWait().ifPresent(n -> act(() -> done(workspace.reports().removeRun(runs.get(names.indexOf(n)).id()))));
    }

    /** An ingest run in a list: its number, start, what was ingested (the built-in sample named in the interface's language), reports. */
    static String describe(ReportStore.Run r, ResourceBundle t) {
        String label = "built-in seeds".equals(r.label()) ? t.getString("run.seeds") : r.label();
        return "#" + r.id() + "  " + r.startedAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "") + "  " + label + "  (" + r.reports() + ")"
                + (r.cancelled() ? "  ✗" : "");
    }

    /** After a cancelled ingest: say what was kept and offer to remove it. */
    public void afterCancelledIngest() {
        List<ReportStore.Run> runs = workspace.reports().runs();
        // A cancelled run that kept nothing leaves no row: then the last run is an older, finished one.
        ReportStore.Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        // Cancel interrupts the ingest thread: its run may be left unfinished rather than marked cancelled.
        if (last != null && !last.cancelled() && last.finishedAt() != null) last = null;
        if (last == null) last = new ReportStore.Run(0, "", "", null, true, 0);
        reload();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, String.format(t.getString("ingest.cancelled"), last.reports(), last.id()));
        a.setHeaderText(t.getString("ingest.title"));
        ButtonType keep = new ButtonType(t.getString("ingest.cancelled.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType remove = new ButtonType(t.getString("ingest.cancelled.remove"), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(remove, keep);
        a.initOwner(window.owner());
        if (last.reports() == 0) a.getButtonTypes().setAll(keep);
        long run = last.id();
        a.showAndWait().filter(b -> b == remove).ifPresent(b -> act(() -> done(workspace.reports().removeRun(run))));
    }

    private void done(ReportStore.Removal r) {
        window.status().message.setText(String.format(t.getString("remove.done"), r.describe()));
    }

    private boolean confirm(String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question);
        a.initOwner(window.owner());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Runs one decision; a refusal is shown in the status bar and an alert, then the window reloads. */
    private void act(Runnable work) {
        try {
            work.run();
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException ex) {
            refuse(org.clashmap.ui.widgets.RefusalText.of(ex, t));
            return;
        }
        reload();
    }
}
