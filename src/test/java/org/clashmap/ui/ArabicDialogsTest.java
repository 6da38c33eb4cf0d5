package org.clashmap.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the interface in Arabic, every dialog of the window speaks Arabic (issue 19 item 7): each is opened from
 * its menu on the seeds (edit, merge with incident, its refusal, export map, export animation, date a report,
 * remove an outlet's reports, remove an ingest run, shortcuts, about, control settings) and every text it shows
 * (title, header, labels, buttons, choices, prompts, tooltips) is read: a Latin word fails the test unless it is a
 * proper name, a format, a key name, a file name or a command ({@link #ALLOWED}).
 */
@ExtendWith(ApplicationExtension.class)
class ArabicDialogsTest {
    @TempDir
    Path tmp;

    /** Latin words an Arabic dialog may show: names of products, data sets and formats, keys, the command line's name. */
    static final Set<String> ALLOWED = Set.of("ClashMap", "clashmap", "OCHA", "ACLED", "UCDP", "GED", "PNG", "SVG", "PDF", "GIF", "MP4",
            "CSV", "GeoJSON", "GeoPackage", "KML", "Google", "Earth", "OpenStreetMap", "Natural", "GeoNames", "Open", "Syria", "COD", "AB",
            "CC", "BY", "IGO", "SA", "ODbL", "Ctrl", "Shift", "Alt", "Home", "End", "Tab", "Space", "F1", "Enter", "Esc", "JavaFX", "Java",
            "SQLite", "PostgreSQL", "PostGIS", "YYYY", "MM", "DD", "km", "Gluon", "JFreeChart", "PDFBox", "picocli", "HDX", "v02",
            "data-geography", "incidents", "list", "GNU", "GPL", "Sundberg", "Melander", "Högbladh", "BY-IGO", "COD-AB", "Open-Syria",
            "YYYY-MM-DD");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}0-9_'’-]*");

    @Test
    void everyDialogOfTheArabicWindowIsArabic() throws Exception {
        Path db = tmp.resolve("seeds.db");
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
        }
        try (OpenedWindow opened = OpenedWindow.open(db, 60, Locale.forLanguageTag("ar"))) {
            MainWindow window = opened.window();
            StoredEvent e = fx(() -> window.model.shownEvents.stream().filter(x -> !x.actors().isEmpty() && !x.places().isEmpty()).findFirst().orElseThrow());
            fx(() -> {
                window.model.selected.set(e);
                return null;
            });
            org.clashmap.ui.widgets.Labels labels = new org.clashmap.ui.widgets.Labels(java.util.ResourceBundle.getBundle("ui.messages", Locale.forLanguageTag("ar")));
            List<String> data = opened.app().workspace().reports().reports().stream().map(r -> r.outlet())
                    .filter(o -> !o.isBlank() && labels.outlet(o).equals(o)).distinct().toList();
            Map<String, List<String>> english = new LinkedHashMap<>();
            for (String item : List.of("menu.event.edit", "menu.event.mergeWith", "menu.file.exportMap", "menu.file.exportAnimation",
                    "menu.file.dateUndated", "menu.file.removeOutlet", "menu.file.removeRun", "menu.help.shortcuts", "menu.help.about",
                    "menu.view.controlSettings")) {
                List<String> found = new ArrayList<>();
                DialogPane pane = open(opened, item);
                assertNotNull(pane, item + " opens a dialog");
                found.addAll(latin(fx(() -> texts(pane)), data));
                if (item.equals("menu.event.mergeWith")) {
                    // and the refusal of a word typed for an id
                    fx(() -> {
                        ((TextInputControl) pane.lookup(".text-field")).setText("abc");
                        ((Button) pane.lookupButton(ButtonType.OK)).fire();
                        return null;
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    DialogPane warning = OpenedWindow.waitForDialog(p -> p != pane);
                    found.addAll(latin(fx(() -> texts(warning)), data));
                    close(warning);
                } else {
                    close(pane);
                }
                if (!found.isEmpty()) english.put(item, found);
            }
            assertEquals(Map.of(), english, "Latin words in the Arabic dialogs");
        }
    }

    /**
     * A refusal that comes from the store reaches the Arabic window in Arabic (issue 19): two incidents merged, the
     * report of one removed since, then Event → Undo merge/split in the window; the store refuses (the event is gone)
     * and the window's warning says so in its own words, naming the incidents.
     */
    @Test
    void aRefusalOfTheStoreIsShownInArabic() throws Exception {
        Path db = tmp.resolve("refused.db");
        long keep, other;
        try (Workspace w = new DatabaseWorkspace(Database.open(db), Gazetteers.load(), new RuleBasedExtractor(Gazetteers.load()), "tester")) {
            w.ingestBuiltInSeeds(IngestProgress.NONE);
        }
        try (Database d = Database.open(db)) {
            org.clashmap.store.IncidentStore incidents = new org.clashmap.store.IncidentStore(d, "tester");
            List<Long> single = new ArrayList<>(), reports = new ArrayList<>();
            for (long inc : new java.util.TreeSet<>(incidents.incidentByEvent().values())) {
                List<org.clashmap.store.IncidentStore.Member> m = incidents.incident(inc).members();
                if (m.size() == 1 && !reports.contains(m.get(0).event().articleId())) {
                    single.add(inc);
                    reports.add(m.get(0).event().articleId());
                }
            }
            keep = single.get(0);
            other = single.get(1);
            incidents.merge(keep, other);
            new org.clashmap.store.ReportStore(d).removeReport(reports.get(1));
        }
        try (OpenedWindow opened = OpenedWindow.open(db, 60, Locale.forLanguageTag("ar"))) {
            DialogPane warning = open(opened, "menu.event.undoIncident");
            List<String> texts = fx(() -> texts(warning));
            String content = String.valueOf(warning.getContentText());
            close(warning);
            assertEquals(List.of(), latin(texts, List.of()), "Latin words in the refusal");
            assertTrue(content.startsWith("رُفض") && content.contains(Long.toString(keep)) && content.contains(Long.toString(other)), content);
        }
    }

    /** Every text a dialog shows: its window's title, header, content, labels and buttons, choices, prompts and tooltips. */
    static List<String> texts(DialogPane pane) {
        List<String> out = new ArrayList<>();
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage s) out.add(s.getTitle());
        out.add(pane.getHeaderText());
        out.add(pane.getContentText());
        collect(pane, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l) out.add(l.getText());
        if (n instanceof TextInputControl t) out.add(t.getPromptText());
        if (n instanceof Control c && c.getTooltip() != null) out.add(c.getTooltip().getText());
        if (n instanceof javafx.scene.control.ComboBox<?> c) {
            for (Object item : c.getItems()) out.add(display(c, item));
        }
        if (n instanceof javafx.scene.control.ChoiceBox<?> c) {
            for (Object item : c.getItems()) out.add(c.getConverter() == null ? String.valueOf(item) : ((javafx.util.StringConverter<Object>) c.getConverter()).toString(item));
        }
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }

    /** What a combo box shows for an item: its cell factory's text, else its converter's. */
    @SuppressWarnings("unchecked")
    private static String display(javafx.scene.control.ComboBox<?> c, Object item) {
        if (c.getCellFactory() != null) {
            javafx.scene.control.ListCell<Object> cell = ((javafx.util.Callback<javafx.scene.control.ListView<Object>, javafx.scene.control.ListCell<Object>>)
                    (Object) c.getCellFactory()).call(new javafx.scene.control.ListView<>());
            cell.updateListView(new javafx.scene.control.ListView<>());
            try {
                java.lang.reflect.Method m = javafx.scene.control.Cell.class.getDeclaredMethod("updateItem", Object.class, boolean.class);
                m.setAccessible(true);
                m.invoke(cell, item, false);
                return cell.getText();
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        }
        return ((javafx.util.StringConverter<Object>) c.getConverter()).toString(item);
    }

    /**
     * The Latin words of the texts that are not allowed, each with the text it is in. Not words: file names, what the
     * analyst typed (quoted «…»), key combinations (Ctrl+K), colours (#1b9e77), P-codes (SY04), and {@code data}: the
     * outlets as the reports name them where they carry no Arabic name.
     */
    static List<String> latin(List<String> texts, List<String> data) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (t == null) continue;
            String words = t;
            for (String d : data) words = words.replace(d, " ");
            words = words.replaceAll("[\\w./-]*\\.[A-Za-z0-9]{2,8}\\b", " ").replaceAll("https?://\\S+", " ").replaceAll("«[^»]*»", " ")
                    .replaceAll("\\b(?:Ctrl|Shift|Alt)(?:\\+\\w+)+", " ").replaceAll("#[0-9a-fA-F]{6}\\b", " ").replaceAll("\\bSY\\d+\\b", " ");
            Matcher m = LATIN_WORD.matcher(words);
            while (m.find()) {
                if (!ALLOWED.contains(m.group())) out.add(m.group() + " in «" + t + "»");
            }
        }
        return out;
    }

    private static DialogPane open(OpenedWindow opened, String id) throws Exception {
        MenuItem item = opened.menuItem(id);
        Set<DialogPane> before = fx(OpenedWindow::dialogs);
        Platform.runLater(item::fire); // a modal dialog waits for its answer: not from this thread
        return OpenedWindow.waitForDialog(p -> !before.contains(p));
    }

    private static void close(DialogPane pane) throws Exception {
        fx(() -> {
            Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
            if (cancel == null) cancel = (Button) pane.lookupButton(ButtonType.CLOSE);
            if (cancel == null) cancel = (Button) pane.lookupButton(ButtonType.OK);
            if (cancel != null) cancel.fire();
            if (pane.getScene() != null && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()) pane.getScene().getWindow().hide();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
