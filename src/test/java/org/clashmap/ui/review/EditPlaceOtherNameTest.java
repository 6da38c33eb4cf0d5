package org.clashmap.ui.review;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.gazetteer.Context;
import org.clashmap.gazetteer.Gazetteer;
import org.clashmap.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 12: when every candidate of a place's own name is wrong, the edit dialog lets the analyst type
 * another name and pick among its places (the real gazetteer, a sentence written for the test).
 */
@ExtendWith(ApplicationExtension.class)
class EditPlaceOtherNameTest {
    static final String SENTENCE = "سيطرت قوات النظام على تل كردي المطل على مدينة القريتين.";
    final Gazetteer gazetteer = Gazetteers.load();
    final ResourceBundle t = ResourceBundle.getBundle("ui.messages", Locale.ENGLISH);
    ComboBox<Candidate> box;
    TextField other;

    @Start
    void start(Stage stage) {
        box = new ComboBox<>();
        box.getItems().setAll(gazetteer.lookup("تل كردي", Context.of(SENTENCE)));
        box.setValue(box.getItems().get(0));
        other = EditEventDialog.otherNameField(0, box, t, name -> gazetteer.lookup(name, Context.of(SENTENCE)));
        stage.setScene(new Scene(new VBox(box, other), 500, 120));
        stage.show();
    }

    private void enter(String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            other.setText(name);
            other.fireEvent(new javafx.event.ActionEvent());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anotherNameReplacesTheCandidatesAndPicksItsBest() throws Exception {
        assertEquals("cur:kurdi_hill", box.getValue().place().id(), "the name's own candidate to begin with");
        enter("القريتين");
        assertEquals("ocha:C2663", box.getValue().place().id());
        assertTrue(box.getItems().stream().allMatch(c -> c.place().nameAr().contains("القريتين")
                || c.place().variantsAr().stream().anyMatch(v -> v.contains("القريتين"))), "only the typed name's places");
    }

    @Test
    void aNameTheGazetteerLacksChangesNothingAndSaysSo() throws Exception {
        enter("قريةلاوجودلها");
        assertEquals("cur:kurdi_hill", box.getValue().place().id());
        assertTrue(other.getPromptText().contains("قريةلاوجودلها"), other.getPromptText());
        assertEquals("", other.getText());
    }
}
