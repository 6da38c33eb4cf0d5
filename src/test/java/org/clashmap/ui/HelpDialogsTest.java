package org.clashmap.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.clashmap.ui.widgets.DialogLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 19 item 7: the shortcuts list in Arabic has each shortcut once, every line whole (JavaFX's own
 * wrapping of Arabic repeated and cut lines), and dialogs name their buttons in the interface language.
 */
@ExtendWith(ApplicationExtension.class)
public class HelpDialogsTest {
    private static final ResourceBundle AR = ClashMapApp.bundle(Locale.forLanguageTag("ar"));
    private static final ResourceBundle EN = ClashMapApp.bundle(Locale.ENGLISH);
    private Stage stage;
    private final AtomicReference<ResourceBundle> language = new AtomicReference<>(AR);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        DialogLanguage.follow(language::get);
    }

    @Test
    void arabicShortcutsAreListedOnceEachOnWholeLines(FxRobot robot) throws Exception {
        Alert a = WaitForAsyncUtils.asyncFx(() -> {
            Alert d = HelpDialogs.shortcuts(stage, AR);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<String[]> rows = HelpDialogs.rows(AR);
            assertEquals(HelpDialogs.rows(EN).size(), rows.size(), "both languages list the same shortcuts");
            assertTrue(rows.size() >= 15);
            Node list = a.getDialogPane().lookup("#shortcuts-list");
            List<String> lines = new ArrayList<>();
            for (Node n : list.lookupAll(".label")) {
                Label l = (Label) n;
                lines.add(l.getText());
                assertFalse(l.getText().contains("\n"), "one line per label: " + l.getText());
                assertTrue(l.getWidth() + 0.5 >= l.prefWidth(-1), "line cut: " + l.getText() + " " + l.getWidth() + " < " + l.prefWidth(-1));
            }
            Set<String> seen = new HashSet<>();
            for (String l : lines) if (!l.isBlank()) assertTrue(seen.add(l) || l.length() < 12, "line repeated: " + l);
            // Every description's words are on the dialog, in order, once.
            String all = String.join(" ", lines);
            for (String[] r : rows) assertTrue(all.contains(r[1].split(" ")[0]), r[1]);
            assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, a.getDialogPane().getEffectiveNodeOrientation());
            assertEquals("موافق", ((Button) a.getDialogPane().lookupButton(ButtonType.OK)).getText());
        } finally {
            robot.interact(a::close);
        }
    }

    @Test
    void dialogButtonsFollowTheInterfaceLanguage(FxRobot robot) throws Exception {
        for (ResourceBundle t : List.of(AR, EN)) {
            language.set(t);
            Alert a = WaitForAsyncUtils.asyncFx(() -> {
                Alert d = new Alert(Alert.AlertType.CONFIRMATION, "?");
                d.initOwner(stage);
                d.show();
                return d;
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(t.getString("button.ok"), ((Button) a.getDialogPane().lookupButton(ButtonType.OK)).getText());
            assertEquals(t.getString("button.cancel"), ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).getText());
            robot.interact(a::close);
        }
        assertEquals("إلغاء", AR.getString("button.cancel"));
    }

    @Test
    void aboutSaysWhatClashMapIsInTheLanguageAndCreditsTheMapData(FxRobot robot) throws Exception {
        Alert a = WaitForAsyncUtils.asyncFx(() -> {
            Alert d = HelpDialogs.about(stage, AR);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        StringBuilder text = new StringBuilder();
        a.getDialogPane().lookup("#about-text").lookupAll(".label").forEach(n -> text.append(((Label) n).getText()).append('\n'));
        assertTrue(text.toString().contains("يستخرج ClashMap الحوادث"), text.toString());
        assertTrue(text.toString().contains("Natural Earth"), "the credits are shown: " + text);
        // every line, the credits too, reads right to left: the lines start at one right edge, their left ends ragged
        javafx.scene.Node box = a.getDialogPane().lookup("#about-text");
        java.util.List<Double> rights = new java.util.ArrayList<>(), lefts = new java.util.ArrayList<>();
        for (javafx.scene.Node n : box.lookupAll(".label")) {
            assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, n.getEffectiveNodeOrientation(), ((Label) n).getText());
            rights.add(n.localToScene(n.getLayoutBounds()).getMaxX());
            lefts.add(n.localToScene(n.getLayoutBounds()).getMinX());
        }
        assertTrue(java.util.Collections.max(rights) - java.util.Collections.min(rights) <= 2, "one right edge: " + rights);
        assertTrue(java.util.Collections.max(lefts) - java.util.Collections.min(lefts) > 50, "ragged left ends: " + lefts);
        robot.interact(a::close);
    }
}
