package org.clashmap.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import org.clashmap.app.DatabaseWorkspace;
import org.clashmap.app.Workspace;
import org.clashmap.extract.RuleBasedExtractor;
import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.ingest.IngestProgress;
import org.clashmap.store.Database;
import org.clashmap.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event → Merge with incident… takes a typed incident id (a word or an unknown id is refused with a message and
 * changes nothing); Undo (Ctrl+Z) takes the merge back when it is the analyst's newest change and Redo brings it
 * again, on the seeds (issue 17 item 3).
 */
@ExtendWith(ApplicationExtension.class)
class MergeAndUndoInTheWindowTest {
    @TempDir
    Path tmp;

    @Test
    void mergeByTypedIdIsValidatedAndUndoneAndRedone() throws Exception {
        Path db = tmp.resolve("seeds.db");
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
        }
        try (OpenedWindow opened = OpenedWindow.open(db, 60)) {
            MainWindow window = opened.window();
            Workspace ws = opened.app().workspace();
            ResourceBundle t = ResourceBundle.getBundle("ui.messages", java.util.Locale.ENGLISH);
            StoredEvent a = fx(() -> window.model.shownEvents.get(0));
            StoredEvent b = fx(() -> window.model.shownEvents.stream().filter(e -> !e.articleId().equals(a.articleId())).findFirst().orElseThrow());
            long incA = ws.incidentOf(a.id()).id(), incB = ws.incidentOf(b.id()).id();
            int shown = fx(() -> window.model.shownCount());
            fx(() -> {
                window.model.selected.set(a);
                return null;
            });
            assertEquals(KeyCombination.valueOf("Shortcut+Z"), item(opened, "menu.event.undo").getAccelerator());

            // a word, then an id no incident has: refused, said, nothing changed
            assertEquals(String.format(t.getString("incident.merge.notNumber"), "twelve"), mergeTyping(opened, "twelve"));
            assertEquals(String.format(t.getString("incident.merge.unknown"), 999_999), mergeTyping(opened, "999999"));
            assertEquals(String.format(t.getString("incident.merge.self"), incA), mergeTyping(opened, " " + incA + " "));
            assertEquals(incB, ws.incidentOf(b.id()).id());

            String said = mergeTyping(opened, String.valueOf(incB));
            assertEquals(String.format(t.getString("incident.merged"), incB, incA), said);
            assertEquals(incA, ws.incidentOf(b.id()).id(), "B's event joined the selected event's incident");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model.shownCount()) == shown - 1);

            fire(opened, "menu.event.undo");
            assertEquals(String.format(t.getString("incident.undone.merge"), incA, incB), fx(() -> window.status.message.getText()));
            assertEquals(incB, ws.incidentOf(b.id()).id(), "undone: B's event is its own incident again, under its id");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.model.shownCount()) == shown);

            fire(opened, "menu.event.redo");
            assertEquals(incA, ws.incidentOf(b.id()).id(), "redone");
            fire(opened, "menu.event.undoIncident");
            assertEquals(incB, ws.incidentOf(b.id()).id());
            fire(opened, "menu.event.undoIncident");
            assertEquals(t.getString("incident.nothingToUndo"), fx(() -> window.status.message.getText()));
            assertNotEquals(ws.incidentOf(a.id()).id(), ws.incidentOf(b.id()).id());
        }
    }

    /** Event → Merge with incident…, types {@code typed}, OK; returns what the status bar then says (closing a warning). */
    private static String mergeTyping(OpenedWindow opened, String typed) throws Exception {
        MenuItem merge = item(opened, "menu.event.mergeWith");
        Platform.runLater(merge::fire); // the dialog waits for its answer: not from this thread
        DialogPane prompt = waitForDialog(p -> p.lookup(".text-field") != null);
        fx(() -> {
            ((TextField) prompt.lookup(".text-field")).setText(typed);
            ((Button) prompt.lookupButton(ButtonType.OK)).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane warning = fx(() -> dialog(p -> p.lookup(".text-field") == null));
        if (warning != null) fx(() -> {
            warning.getScene().getWindow().hide();
            return null;
        });
        return fx(() -> opened.window().status.message.getText());
    }

    private static DialogPane waitForDialog(java.util.function.Predicate<DialogPane> which) throws Exception {
        return OpenedWindow.waitForDialog(which);
    }

    private static DialogPane dialog(java.util.function.Predicate<DialogPane> which) {
        return OpenedWindow.dialogs().stream().filter(which).findFirst().orElse(null);
    }

    private static void fire(OpenedWindow opened, String id) throws Exception {
        opened.fire(id);
    }

    private static MenuItem item(OpenedWindow opened, String id) {
        return opened.menuItem(id);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
