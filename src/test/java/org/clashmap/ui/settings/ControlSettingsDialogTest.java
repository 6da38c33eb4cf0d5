package org.clashmap.ui.settings;

import org.clashmap.ui.ClashMapApp;
import org.clashmap.ui.widgets.Labels;

import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.render.ControlPalette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.*;

/** The "Control settings…" dialog on its own: it shows the settings, refuses bad input with a message, resets to the defaults. */
@ExtendWith(ApplicationExtension.class)
public class ControlSettingsDialogTest {
    private Stage stage;
    private ControlSettingsDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null && dialog.isShowing()) robot.interact(() -> dialog.close());
    }

    private ControlSettingsDialog open(FxRobot robot, ControlSettings s, Locale locale) {
        ResourceBundle t = ClashMapApp.bundle(locale);
        robot.interact(() -> {
            dialog = new ControlSettingsDialog(s, t, new Labels(t));
            dialog.initOwner(stage);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheSettingsAndResetGoesBackToTheDefaultsUntilOk(FxRobot robot) {
        ControlSettings mine = new ControlSettings(ControlOptions.DEFAULTS.withFrontDistanceKm(60).withFadeDays(90).withContestedDays(3),
                Map.of("isis", 0xFF00FF));
        open(robot, mine, Locale.ENGLISH);
        assertEquals("60", robot.lookup("#settings-reach").queryAs(TextField.class).getText());
        assertEquals("90", robot.lookup("#settings-fade").queryAs(TextField.class).getText());
        assertEquals("3", robot.lookup("#settings-contested").queryAs(TextField.class).getText());
        assertEquals(Color.rgb(255, 0, 255), robot.lookup("#settings-colour-isis").queryAs(ColorPicker.class).getValue());
        assertEquals(ControlSettingsDialog.colour(ControlPalette.defaultArgb("regime")),
                robot.lookup("#settings-colour-regime").queryAs(ColorPicker.class).getValue());
        assertEquals(ControlPalette.sides().size(), robot.lookup(".color-picker").queryAll().size(), "a colour for each side");
        assertEquals("Control settings", dialog.getTitle());

        robot.clickOn("#settings-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing(), "reset does not close the dialog");
        assertEquals("30", robot.lookup("#settings-reach").queryAs(TextField.class).getText());
        assertEquals("180", robot.lookup("#settings-fade").queryAs(TextField.class).getText());
        assertEquals("7", robot.lookup("#settings-contested").queryAs(TextField.class).getText());
        assertEquals(ControlSettingsDialog.colour(ControlPalette.defaultArgb("isis")),
                robot.lookup("#settings-colour-isis").queryAs(ColorPicker.class).getValue());

        robot.clickOn("#settings-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        assertEquals(ControlSettings.defaults(), dialog.getResult());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndOkDoesNothing(FxRobot robot) {
        open(robot, ControlSettings.defaults(), Locale.ENGLISH);
        Label error = robot.lookup("#settings-error").queryAs(Label.class);
        Button ok = robot.lookup("#settings-ok").queryAs(Button.class);
        assertEquals("", error.getText());
        assertFalse(ok.isDisabled());

        type(robot, "#settings-reach", "0");
        assertEquals("Front reach must be a number of kilometres from 1 to 200.", error.getText());
        assertTrue(ok.isDisabled());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing(), "OK does not close the dialog on a bad value");
        // firing OK from the keyboard or code does not get past the check either
        robot.interact(ok::fire);
        assertTrue(dialog.isShowing());

        type(robot, "#settings-reach", "45");
        type(robot, "#settings-contested", "two");
        assertEquals("Contested window must be a whole number of days from 0 to 365.", error.getText());
        type(robot, "#settings-contested", "14");
        type(robot, "#settings-fade", "99999");
        assertEquals("Fade age must be a whole number of days from 1 to 3650.", error.getText());
        type(robot, "#settings-fade", "120");
        assertEquals("", error.getText());
        assertFalse(ok.isDisabled());
        robot.interact(() -> robot.lookup("#settings-colour-sdf").queryAs(ColorPicker.class).setValue(Color.rgb(0, 0, 255)));

        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        ControlSettings r = dialog.getResult();
        assertEquals(ControlOptions.DEFAULTS.withFrontDistanceKm(45).withFadeDays(120).withContestedDays(14), r.options());
        assertEquals(Map.of("sdf", 0xFF0000FF), r.colours(), "only the changed side is an override");
    }

    @Test
    void cancelGivesNoSettings(FxRobot robot) {
        open(robot, ControlSettings.defaults(), Locale.ENGLISH);
        type(robot, "#settings-reach", "60");
        robot.clickOn("#settings-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        assertNull(dialog.getResult());
    }

    @Test
    void inArabicTheDialogIsMirroredAndSpeaksArabic(FxRobot robot) {
        open(robot, ControlSettings.defaults(), Locale.forLanguageTag("ar"));
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, dialog.getDialogPane().getEffectiveNodeOrientation());
        assertEquals("إعدادات السيطرة", dialog.getTitle());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> "مدى خط الجبهة (كم)".equals(l.getText())));
        assertEquals("استعادة الإعدادات الافتراضية", robot.lookup("#settings-reset").queryAs(Button.class).getText());
        assertEquals("موافق", robot.lookup("#settings-ok").queryAs(Button.class).getText());
        assertEquals("إلغاء", robot.lookup("#settings-cancel").queryAs(Button.class).getText());
        // long hints are broken into single lines (JavaFX wraps right-to-left text wrongly), each shorter than the whole
        javafx.scene.layout.VBox hint = robot.lookup("#settings-reach-hint").queryAs(javafx.scene.layout.VBox.class);
        assertTrue(hint.getChildren().size() >= 2, "the reach hint takes two lines or more");
        String joined = String.join(" ", hint.getChildren().stream().map(n -> ((Label) n).getText()).toList());
        assertEquals(ClashMapApp.bundle(Locale.forLanguageTag("ar")).getString("settings.reach.hint"), joined, "no line repeats another's words");
        TextField reach = robot.lookup("#settings-reach").queryAs(TextField.class);
        robot.interact(() -> reach.setText("٦٠"));
        assertEquals("", robot.lookup("#settings-error").queryAs(Label.class).getText(), "Arabic-Indic digits are numbers");
        robot.interact(() -> reach.setText("٥٠٠"));
        assertTrue(robot.lookup("#settings-error").queryAs(Label.class).getText().startsWith("يجب أن يكون مدى خط الجبهة"));
    }
}
