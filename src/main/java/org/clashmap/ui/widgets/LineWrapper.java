package org.clashmap.ui.widgets;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping measured with JavaFX's own text layout. JavaFX 21 on Linux wraps
 * right-to-left text wrongly (each wrapped line repeats the rest of the paragraph), while single
 * lines shape and render correctly, so long Arabic text is broken into lines here.
 */
public final class LineWrapper {
    private final Text probe = new Text();

    public LineWrapper(Font font) {
        probe.setFont(font);
    }

    public double width(String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    public List<String> wrap(String paragraph, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static final String TEXT_KEY = "clashmap.unbrokenText";

    /**
     * Shows {@code text} on a label or check box broken into lines here, to the width it is given, rather than
     * by JavaFX's {@code wrapText}: in a right-to-left pane JavaFX's wrapped lines ran over the check box (issue 19
     * item 7). The control fills its parent's width, so its lines follow that width, never its own text. Call again
     * to change the text; line breaks in {@code text} are kept.
     */
    public static void breakLines(javafx.scene.control.Labeled l, String text) {
        boolean installed = l.getProperties().containsKey(TEXT_KEY);
        l.getProperties().put(TEXT_KEY, text);
        if (!installed) {
            l.setWrapText(false);
            l.setMaxWidth(Double.MAX_VALUE);
            // after the layout pass that gave the width: a text set during it would not resize the control
            l.widthProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> rebreak(l)));
            l.fontProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> rebreak(l)));
            l.skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> rebreak(l)));
        }
        l.setText(text);
        rebreak(l);
    }

    private static void rebreak(javafx.scene.control.Labeled l) {
        String text = (String) l.getProperties().get(TEXT_KEY);
        double w = l.getWidth();
        if (text == null || w <= 0) return;
        javafx.scene.Node box = l.lookup(".box"); // a check box's square, beside the text
        double reserved = l.getInsets().getLeft() + l.getInsets().getRight() + 2
                + (box == null ? 0 : box.getLayoutBounds().getWidth() + l.getGraphicTextGap());
        LineWrapper wrapper = new LineWrapper(l.getFont());
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) lines.addAll(wrapper.wrap(paragraph, Math.max(20, w - reserved)));
        String broken = String.join("\n", lines);
        if (!broken.equals(l.getText())) l.setText(broken);
    }
}
