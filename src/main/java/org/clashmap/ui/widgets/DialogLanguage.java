package org.clashmap.ui.widgets;

import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Every dialog speaks the interface language. JavaFX names its standard buttons (OK, Cancel, Yes,
 * No, Close, Apply) from its own bundles, which have no Arabic, so Arabic dialogs said "OK" and
 * "Cancel" (issue 19 item 7). Rather than fix each of the dozen dialogs, one listener on the
 * application's windows renames the standard buttons of every dialog as it opens, and lays an
 * Arabic dialog out right to left.
 */
public final class DialogLanguage {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok", ButtonType.CANCEL, "button.cancel", ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no", ButtonType.CLOSE, "button.close", ButtonType.APPLY, "button.apply");
    private static Supplier<ResourceBundle> current;

    private DialogLanguage() {}

    /** From now on, each dialog that opens follows {@code text} (asked at opening, so a language switch counts). */
    public static synchronized void follow(Supplier<ResourceBundle> text) {
        boolean first = current == null;
        current = text;
        if (!first) return;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    DialogPane pane = dialogPaneOf(w);
                    if (pane != null) apply(pane, current.get());
                }
            }
        });
    }

    /**
     * The titles and headers JavaFX gives an alert it was not given its own (JavaFX's English, its only language),
     * and the keys that name them in the interface's language.
     */
    private static final Map<String, String> ALERT_WORDS = Map.of("Warning", "dialog.warning", "Confirmation", "dialog.confirmation",
            "Message", "dialog.message", "Error", "dialog.error", "Information", "dialog.message");

    /**
     * Names the pane's standard buttons in {@code text}'s language, and an alert's default title and header ("Warning",
     * "Confirmation"); Arabic panes read right to left.
     */
    public static void apply(DialogPane pane, ResourceBundle text) {
        if ("ar".equals(text.getLocale().getLanguage())) pane.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        String header = localised(pane.getHeaderText(), text);
        if (header != null) pane.setHeaderText(header);
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof javafx.stage.Stage stage) {
            String title = localised(stage.getTitle(), text);
            if (title != null) stage.setTitle(title);
        }
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button b) {
                try {
                    b.setText(text.getString(key));
                } catch (MissingResourceException e) {
                    // a bundle without the key keeps JavaFX's name
                }
            }
        }
    }

    private static DialogPane dialogPaneOf(Window w) {
        if (w.getScene() == null) return null;
        Parent root = w.getScene().getRoot();
        if (root instanceof DialogPane p) return p;
        for (Node n : root.getChildrenUnmodifiable()) if (n instanceof DialogPane p) return p;
        return null;
    }

    /** The interface's word for one of JavaFX's default alert titles or headers, or null when {@code s} is not one. */
    private static String localised(String s, ResourceBundle text) {
        String key = s == null ? null : ALERT_WORDS.get(s);
        if (key == null) return null;
        try {
            return text.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
