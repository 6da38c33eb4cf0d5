package org.clashmap.ui.ingest;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.clashmap.ingest.IngestSummary;
import org.clashmap.app.Workspace;
import org.clashmap.store.ReportStore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Undated is loud (decision 025): after an ingest that stored reports without a publication date the
 * window says how many and offers to give them their day (File → Date undated reports… does the same
 * at any time): pick a report, type its day; its events are dated again and re-linked.
 */
public final class UndatedReports {
    private UndatedReports() {
    }

    /** The summary's line about undated reports, or "" when there are none. */
    public static String line(ResourceBundle t, IngestSummary s) {
        return s.undated() == 0 ? "" : String.format(t.getString("ingest.undated"), s.undated());
    }

    /** After an ingest: the summary, with a "Set dates…" button when reports came without a date. */
    public static void showSummary(Window owner, ResourceBundle t, String title, String body, IngestSummary s, Workspace ws, Runnable reload) {
        Alert a = new Alert(s.undated() > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, body);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(owner);
        if (s.undated() == 0) {
            a.show();
            return;
        }
        ButtonType date = new ButtonType(t.getString("undated.set"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(t.getString("undated.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(date, later);
        a.showAndWait().filter(b -> b == date).ifPresent(b -> offer(owner, t, ws, reload));
    }

    /** Lets the analyst date the undated reports one after the other, until they stop. */
    public static void offer(Window owner, ResourceBundle t, Workspace ws, Runnable reload) {
        while (true) {
            List<ReportStore.StoredReport> undated = ws.reports().reports().stream()
                    .filter(r -> r.published() == null && r.duplicateOf() == null).toList();
            if (undated.isEmpty()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION, t.getString("undated.none"));
                a.initOwner(owner);
                a.show();
                return;
            }
            List<String> names = undated.stream().map(r -> "#" + r.id() + "  " + r.fileName()
                    + (r.outlet().isEmpty() ? "" : "  (" + new org.clashmap.ui.widgets.Labels(t).outlet(r.outlet()) + ")") + "  " + r.events()).toList();
            ChoiceDialog<String> pick = new ChoiceDialog<>(names.get(0), names);
            pick.setHeaderText(String.format(t.getString("undated.pick"), undated.size()));
            pick.initOwner(owner);
            Optional<String> chosen = pick.showAndWait();
            if (chosen.isEmpty()) return;
            ReportStore.StoredReport r = undated.get(names.indexOf(chosen.get()));
            TextInputDialog day = new TextInputDialog();
            day.setHeaderText(String.format(t.getString("source.date.prompt"), r.fileName()));
            day.initOwner(owner);
            Optional<String> typed = day.showAndWait();
            if (typed.isEmpty() || typed.get().isBlank()) return;
            try {
                ws.dateReport(r.id(), LocalDate.parse(typed.get().strip()));
            } catch (DateTimeParseException | IllegalArgumentException | IllegalStateException ex) {
                Alert a = new Alert(Alert.AlertType.ERROR, ex instanceof DateTimeParseException ? String.format(t.getString("date.invalid"), typed.get().strip()) : typed.get() + ": " + ex.getMessage());
                a.initOwner(owner);
                a.showAndWait();
                continue;
            }
            reload.run();
        }
    }
}
