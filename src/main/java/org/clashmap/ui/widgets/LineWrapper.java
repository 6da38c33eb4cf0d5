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
}
