package org.clashmap.ui.review;

import org.clashmap.ui.widgets.Labels;
import org.clashmap.ui.model.Shell;

import org.clashmap.extract.EventPlace;
import org.clashmap.app.Workspace;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.Reviewer;
import org.clashmap.store.StoredEvent;

import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The analyst's corrections: each one is stored as an edit through the workspace, then the
 * event is read back (edits applied) and shown again, so what the window shows is what is stored.
 * The application notes each event's edit version when it is selected ({@code Reviewer.look}): when
 * another analyst on a shared database changed it since, the edit is refused, and the event is shown
 * again with their change and the reason in the status bar (decision 027).
 */
public final class ReviewController {
    private final Workspace workspace;
    private final Shell window;
    private final ResourceBundle text;

    public ReviewController(Workspace workspace, Shell window, ResourceBundle text) {
        this.workspace = workspace;
        this.window = window;
        this.text = text;
    }

    public void confirm() {
        withSelected(e -> workspace.reviewer().setReview(e.id(), ReviewStatus.CONFIRMED));
    }

    /**
     * Rejects the selected event and moves on to the next row, as an analyst going down the table expects;
     * the status bar says what was rejected and how to take it back.
     */
    public void reject() {
        StoredEvent e = window.model().selected.get();
        if (e == null) {
            window.status().message.setText(text.getString("status.noselection"));
            return;
        }
        int before = window.rowOf(e.id());
        workspace.reviewer().setReview(e.id(), ReviewStatus.REJECTED);
        refresh(e.id());
        // The rejected row stays (shown struck out) or leaves the table when rejected events are hidden.
        int still = window.rowOf(e.id());
        int next = still >= 0 ? still + 1 : before;
        boolean movedOn = before >= 0 && next < window.rowCount();
        if (movedOn) window.selectRow(next);
        Labels labels = new Labels(text);
        String what = labels.subType(e) + (e.places().isEmpty() ? "" : " — " + e.places().get(0).nameAr()) + ", " + labels.dateRange(e.date());
        window.status().message.setText(String.format(text.getString(movedOn ? "status.rejected.next" : "status.rejected"), what));
    }

    public void undo() {
        withSelected(e -> workspace.reviewer().undoLast(e.id()));
    }

    public void redo() {
        withSelected(e -> workspace.reviewer().redoLast(e.id()));
    }

    public void edit() {
        StoredEvent e = window.model().selected.get();
        if (e == null) {
            window.status().message.setText(text.getString("status.noselection"));
            return;
        }
        Reviewer r = workspace.reviewer();
        EditEventDialog d = new EditEventDialog(e, text, new Labels(text), r.history(e.id()), workspace::placeCandidates);
        if (window.owner() != null) d.initOwner(window.owner());
        d.showAndWait().ifPresent(c -> storing(e.id(), () -> {
            if (c.subType() != null) r.setSubType(e.id(), c.subType());
            if (c.date() != null) r.setDate(e.id(), c.date());
            if (c.deadChanged()) r.setFatalities(e.id(), c.dead());
            if (c.actorsChanged()) r.setActors(e.id(), c.actor1().isEmpty() ? null : c.actor1(), c.actor2().isEmpty() ? null : c.actor2());
            for (int i = 0; i < c.places().size(); i++) if (c.places().get(i) != null) r.setPlace(e.id(), i, c.places().get(i));
            refresh(e.id());
        }));
    }

    /** A selected symbol dragged to a new point: the place becomes that point, 1 km precision. */
    public void moved(StoredEvent e, int placeOrdinal, double lat, double lon) {
        EventPlace old = e.places().get(placeOrdinal);
        storing(e.id(), () -> {
            workspace.reviewer().setPlace(e.id(), placeOrdinal, new EventPlace(null, old.nameAr(), old.nameEn(), null, lat, lon, 1.0, 1,
                    old.charStart(), old.charEnd()));
            refresh(e.id());
            window.status().message.setText(String.format(text.getString("status.moved"), old.nameAr()));
        });
    }

    /** Runs an edit; refused by the store (another analyst changed the event, or removed it), it shows the event as stored and says why. */
    private void storing(long id, Runnable edit) {
        try {
            edit.run();
            workspace.controlInputsChanged();
        } catch (org.clashmap.store.Refusal refused) { // another analyst's change, or the event removed since
            refresh(id);
            window.status().message.setText(org.clashmap.ui.widgets.RefusalText.of(refused, text));
        }
    }

    private void withSelected(Consumer<StoredEvent> action) {
        StoredEvent e = window.model().selected.get();
        if (e == null) {
            window.status().message.setText(text.getString("status.noselection"));
            return;
        }
        storing(e.id(), () -> {
            action.accept(e);
            refresh(e.id());
        });
    }

    private void refresh(long id) {
        window.replaceEvent(workspace.event(id));
    }
}
