package org.clashmap.ui.settings;

import org.clashmap.ui.widgets.Labels;
import org.clashmap.ui.widgets.LineWrapper;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.render.ControlPalette;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * "Control settings…": the control model's front reach, fade age and contested window, and a colour
 * for each side, with "Reset to defaults". OK stays disabled while a field is not a usable value,
 * and a line under the fields says which one and why. The result is the new {@link ControlSettings}
 * (null on Cancel); applying and saving them is the caller's business.
 */
public final class ControlSettingsDialog extends Dialog<ControlSettings> {
    private final ResourceBundle t;
    private final ControlOptions base;
    final TextField reach = field("settings-reach");
    final TextField fade = field("settings-fade");
    final TextField contested = field("settings-contested");
    final Map<String, ColorPicker> pickers = new LinkedHashMap<>();
    final Label error = new Label();
    /** OK and Cancel in the interface's language (JavaFX's own labels follow the JVM's locale, not ours). */
    final ButtonType okType, cancelType;

    public ControlSettingsDialog(ControlSettings current, ResourceBundle t, Labels labels) {
        this.t = t;
        this.base = current.options();
        setTitle(t.getString("settings.title"));
        setHeaderText(t.getString("settings.header"));
        getDialogPane().setId("control-settings");
        if ("ar".equals(t.getLocale().getLanguage())) getDialogPane().setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);

        GridPane numbers = new GridPane();
        numbers.setHgap(8);
        numbers.setVgap(2);
        row(numbers, 0, "settings.reach", reach);
        row(numbers, 2, "settings.fade", fade);
        row(numbers, 4, "settings.contested", contested);

        GridPane colours = new GridPane();
        colours.setHgap(8);
        colours.setVgap(4);
        int i = 0;
        for (String side : ControlPalette.sides()) {
            ColorPicker p = new ColorPicker();
            p.setId("settings-colour-" + side);
            p.setPrefWidth(64);
            pickers.put(side, p);
            Label name = new Label(labels.actor(side));
            name.setLabelFor(p);
            colours.add(p, (i % 2) * 2, i / 2);
            colours.add(name, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        Label coloursTitle = new Label(t.getString("settings.colours"));
        coloursTitle.getStyleClass().add("settings-section");
        error.setId("settings-error");
        // One line: JavaFX 21 wraps right-to-left text wrongly (see LineWrapper); the messages are short.
        error.setStyle("-fx-text-fill: #b00020;");
        VBox content = new VBox(10, numbers, coloursTitle, colours, error);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);

        okType = new ButtonType(t.getString("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        cancelType = new ButtonType(t.getString("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType reset = new ButtonType(t.getString("settings.reset"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(okType, cancelType, reset);
        Node resetButton = getDialogPane().lookupButton(reset);
        resetButton.setId("settings-reset");
        // Reset fills in the defaults and keeps the dialog open: the analyst still confirms with OK.
        resetButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            fill(ControlSettings.defaults());
        });
        Node ok = getDialogPane().lookupButton(okType);
        ok.setId("settings-ok");
        getDialogPane().lookupButton(cancelType).setId("settings-cancel");
        reach.textProperty().addListener((o, a, b) -> validate());
        fade.textProperty().addListener((o, a, b) -> validate());
        contested.textProperty().addListener((o, a, b) -> validate());
        // Belt and braces: OK is disabled while invalid, and never closes the dialog on a bad value.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (validate() == null) e.consume();
        });
        fill(current);
        setResultConverter(b -> {
            if (b != okType) return null;
            ControlOptions o = validate();
            return o == null ? null : new ControlSettings(o, colours());
        });
    }

    /** Puts settings into the fields and pickers. */
    void fill(ControlSettings s) {
        reach.setText(ControlSettings.number(s.options().frontDistanceKm()));
        fade.setText(Integer.toString(s.options().fadeDays()));
        contested.setText(Integer.toString(s.options().contestedDays()));
        pickers.forEach((side, p) -> p.setValue(colour(s.colour(side))));
        validate();
    }

    /** The options typed, or null after showing what is wrong (and disabling OK). */
    ControlOptions validate() {
        ControlOptions o;
        try {
            o = ControlSettings.parse(base, reach.getText(), fade.getText(), contested.getText());
            error.setText("");
        } catch (ControlSettings.Invalid e) {
            error.setText(String.format(t.getString(e.key), e.args));
            o = null;
        }
        Node ok = okType == null ? null : getDialogPane().lookupButton(okType);
        if (ok != null) ok.setDisable(o == null);
        return o;
    }

    /** The colour of every side as the pickers show it (ControlSettings drops those equal to actors.tsv). */
    Map<String, Integer> colours() {
        Map<String, Integer> m = new LinkedHashMap<>();
        pickers.forEach((side, p) -> m.put(side, argb(p.getValue())));
        return m;
    }

    public static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private void row(GridPane g, int r, String key, TextField f) {
        Label l = new Label(t.getString(key));
        l.setLabelFor(f);
        // Wrapped here, one label a line: JavaFX 21 wraps right-to-left text wrongly (see LineWrapper).
        VBox hint = new VBox();
        hint.setId(f.getId() + "-hint");
        for (String line : HINT_WRAP.wrap(t.getString(key + ".hint"), 420)) {
            Label part = new Label(line);
            part.getStyleClass().add("settings-hint");
            part.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
            hint.getChildren().add(part);
        }
        g.add(l, 0, r);
        g.add(f, 1, r);
        g.add(hint, 1, r + 1);
    }

    private static final LineWrapper HINT_WRAP = new LineWrapper(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 11));

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }
}
