package org.clashmap.ui;

import org.clashmap.ui.model.AppModel;
import org.clashmap.ui.widgets.Labels;
import org.clashmap.ui.widgets.LineWrapper;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The filter pane in Arabic, as narrow as the window's left column: the long check boxes ("إظهار كل ذكر …") are
 * broken into lines that fit beside their box, never by JavaFX's right-to-left wrapping, which ran over the box.
 */
@ExtendWith(ApplicationExtension.class)
public class FilterPaneRightToLeftTest {
    private final ResourceBundle ar = ResourceBundle.getBundle("ui.messages", Locale.forLanguageTag("ar"));
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        FilterPane pane = new FilterPane(new AppModel(), ar, new Labels(ar));
        scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 220, 600);
        scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void longCheckBoxesAreBrokenIntoLinesThatFitBesideTheirBox(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[]{"#filter-mentions", "#filter-corroborated"}) {
            CheckBox cb = robot.lookup(id).queryAs(CheckBox.class);
            assertFalse(cb.isWrapText(), id + ": JavaFX does not wrap it");
            String[] lines = cb.getText().split("\n");
            Node box = cb.lookup(".box");
            Node text = cb.lookup(".text");
            Bounds boxB = box.localToScene(box.getBoundsInLocal()), textB = text.localToScene(text.getBoundsInLocal());
            Bounds cbB = cb.localToScene(cb.getBoundsInLocal());
            assertTrue(String.join(" ", lines).replace("  ", " ").equals(ar.getString(id.equals("#filter-mentions") ? "filter.mentions" : "filter.corroborated")),
                    id + " keeps every word: " + cb.getText());
            LineWrapper measure = new LineWrapper(cb.getFont());
            for (String line : lines) {
                assertTrue(measure.width(line) <= cbB.getWidth() - boxB.getWidth(), id + ": '" + line + "' fits beside the box");
            }
            // right to left: the box at the right, the text to its left, apart
            assertTrue(boxB.getMinX() > cbB.getMinX() + cbB.getWidth() / 2, id + ": box at the right " + boxB + " in " + cbB);
            assertTrue(textB.getMaxX() <= boxB.getMinX() + 0.5, id + ": text " + textB + " left of the box " + boxB);
            assertTrue(textB.getMinX() >= cbB.getMinX() - 0.5, id + ": text inside the check box " + textB + " " + cbB);
        }
        CheckBox mentions = robot.lookup("#filter-mentions").queryAs(CheckBox.class);
        assertTrue(mentions.getText().contains("\n"), "at 220 px the mentions box takes two lines or more: " + mentions.getText());
    }
}
