package org.clashmap.ui;

import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.clashmap.geo.basemap.BasemapAttribution;
import org.clashmap.ui.widgets.LineWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Help → Keyboard shortcuts and Help → About. Both are built of single-line labels rather than one
 * wrapped text: JavaFX 21 wraps right-to-left text wrongly (lines repeated and cut, issue 19 item 7),
 * so Arabic lines are broken by {@link LineWrapper} and each is laid out right to left.
 */
final class HelpDialogs {
    private static final double TEXT_WIDTH = 440;

    private HelpDialogs() {}

    /** The shortcuts as a two-column list: keys (left to right as typed) and what they do. */
    static Alert shortcuts(Window owner, ResourceBundle t) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(14);
        grid.setVgap(3);
        LineWrapper wrap = new LineWrapper(Font.getDefault());
        int row = 0;
        for (String[] s : rows(t)) {
            Label keys = new Label(s[0]);
            // Keys read as typed (Ctrl+Shift+Z), also in the Arabic dialog.
            keys.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            GridPane.setValignment(keys, VPos.TOP);
            grid.add(keys, 0, row);
            grid.add(lines(wrap.wrap(s[1], TEXT_WIDTH)), 1, row);
            row++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, row * 22.0));
        scroll.setPrefViewportWidth(TEXT_WIDTH + 200);
        return dialog(owner, t, t.getString("menu.help.shortcuts"), scroll);
    }

    /**
     * What ClashMap is, its licence, and the credits the map data requires, in the dialog's direction: the Arabic
     * credits (ATTRIBUTION_ar, decision 037) are Arabic sentences naming the sources, so they read right to left
     * like the text above them (single-line labels, decision 007); names and licences inside keep their own order.
     */
    static Alert about(Window owner, ResourceBundle t) {
        LineWrapper wrap = new LineWrapper(Font.getDefault());
        VBox box = new VBox(6);
        box.setId("about-text");
        box.getChildren().add(lines(wrap.wrap(t.getString("about.text"), TEXT_WIDTH)));
        Label credits = new Label(t.getString("about.credits"));
        credits.setStyle("-fx-font-weight: bold;");
        box.getChildren().add(credits);
        for (String credit : BasemapAttribution.lines(rtl(t) ? org.clashmap.geo.Language.AR : org.clashmap.geo.Language.EN)) {
            box.getChildren().add(lines(wrap.wrap(credit, TEXT_WIDTH)));
        }
        return dialog(owner, t, t.getString("menu.help.about"), box);
    }

    /** The rows {@code shortcut.1}, {@code shortcut.2}, ... of the bundle, each "keys TAB what they do". */
    static List<String[]> rows(ResourceBundle t) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; ; i++) {
            String row;
            try {
                row = t.getString("shortcut." + i);
            } catch (MissingResourceException e) {
                return rows;
            }
            rows.add(row.split("\t", 2));
        }
    }

    private static VBox lines(List<String> lines) {
        VBox box = new VBox(0);
        for (String l : lines) box.getChildren().add(new Label(l));
        return box;
    }

    private static boolean rtl(ResourceBundle t) {
        return "ar".equals(t.getLocale().getLanguage());
    }

    private static Alert dialog(Window owner, ResourceBundle t, String title, javafx.scene.Node content) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setPadding(new Insets(4));
        a.setResizable(true);
        if (owner != null) a.initOwner(owner);
        if (rtl(t)) a.getDialogPane().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        return a;
    }
}
