package org.clashmap.ui;

import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clashmap.extract.EventPlace;
import org.clashmap.store.StoredEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The report behind the selected event: its text right to left with the event's sentence
 * highlighted and the place words marked, the publication details, and the report's other events.
 */
final class SourcePane extends VBox {
    private final Label header = new Label();
    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final ScrollPane scroll;
    final ListView<StoredEvent> others = new ListView<>();
    private final Labels labels;
    private final ResourceBundle t;
    private int sentenceStart = -1, sentenceEnd = -1;

    SourcePane(ResourceBundle t, Labels labels, Consumer<StoredEvent> onPick) {
        super(6);
        this.t = t;
        this.labels = labels;
        setId("source-pane");
        setPadding(new Insets(6));
        header.setWrapText(true);
        header.setId("source-header");
        flow.setId("source-text");
        flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        flow.setLineSpacing(4);
        flow.setPadding(new Insets(4));
        highlight.setManaged(false);
        highlight.setFill(Color.rgb(255, 214, 0, 0.45));
        highlight.setStroke(null);
        Pane layered = new Pane(highlight, flow);
        flow.prefWidthProperty().bind(widthProperty().subtract(30));
        scroll = new ScrollPane(layered);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        others.setId("source-other-events");
        others.setPrefHeight(120);
        others.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StoredEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : labels.dateRange(e.date()) + "  " + labels.subType(e) + "  "
                        + String.join("، ", e.places().stream().map(EventPlace::nameAr).toList()));
            }
        });
        others.setOnMouseClicked(m -> {
            StoredEvent e = others.getSelectionModel().getSelectedItem();
            if (e != null) onPick.accept(e);
        });
        flow.layoutBoundsProperty().addListener((o, a, b) -> updateHighlight());
        getChildren().addAll(header, scroll, new Label(t.getString("source.others")), others);
    }

    /** Shows an event's report; {@code text} is the whole report, {@code siblings} its other events. */
    void show(StoredEvent e, String text, List<StoredEvent> siblings) {
        if (e == null || text == null) {
            header.setText(e == null ? "" : t.getString("source.none"));
            flow.getChildren().clear();
            others.getItems().clear();
            sentenceStart = sentenceEnd = -1;
            updateHighlight();
            return;
        }
        header.setText(String.join("  ·  ", nonEmpty(e.outlet(), e.fileName(), labels.dateRange(e.date()), labels.subType(e),
                e.fatalities() == null ? null : t.getString("col.dead") + ": " + e.fatalities())));
        flow.getChildren().setAll(runs(text, e));
        sentenceStart = e.charStart();
        sentenceEnd = e.charEnd();
        others.getItems().setAll(siblings.stream().filter(s -> s.id() != e.id()).toList());
        updateHighlight();
        // Bring the sentence into view: scroll proportionally to where it starts in the report.
        scroll.setVvalue(text.isEmpty() ? 0 : (double) e.charStart() / text.length());
    }

    /** The sentence's span as currently highlighted (for tests), or -1. */
    int highlightedStart() {
        return sentenceStart;
    }

    String highlightedText() {
        StringBuilder b = new StringBuilder();
        flow.getChildren().forEach(n -> {
            if (n instanceof Text tx && tx.getStyleClass().contains("sentence")) b.append(tx.getText());
        });
        return b.toString();
    }

    private void updateHighlight() {
        if (sentenceStart < 0) {
            highlight.getElements().clear();
            return;
        }
        highlight.getElements().setAll(flow.rangeShape(sentenceStart, sentenceEnd));
        highlight.setTranslateX(flow.getLayoutX());
        highlight.setTranslateY(flow.getLayoutY());
    }

    /** Splits the report into runs: plain text, the sentence, and inside it the place words. */
    private static List<Text> runs(String text, StoredEvent e) {
        List<int[]> marks = new ArrayList<>();
        for (EventPlace p : e.places()) {
            if (p.charStart() >= e.charStart() && p.charEnd() <= e.charEnd() && p.charEnd() > p.charStart()) {
                marks.add(new int[]{p.charStart(), p.charEnd()});
            }
        }
        marks.sort(Comparator.comparingInt(m -> m[0]));
        List<Text> out = new ArrayList<>();
        int s = clamp(e.charStart(), text), end = clamp(e.charEnd(), text);
        out.add(plain(text.substring(0, s)));
        int pos = s;
        for (int[] m : marks) {
            if (m[0] < pos) continue;
            out.add(sentence(text.substring(pos, m[0]), false));
            out.add(sentence(text.substring(m[0], m[1]), true));
            pos = m[1];
        }
        out.add(sentence(text.substring(pos, end), false));
        out.add(plain(text.substring(end)));
        return out;
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(text.length(), i));
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.setFont(Font.font(14));
        return t;
    }

    private static Text sentence(String s, boolean place) {
        Text t = new Text(s);
        t.getStyleClass().add("sentence");
        t.setFont(Font.font(null, FontWeight.BOLD, 14));
        if (place) {
            t.getStyleClass().add("place");
            t.setFill(Color.web("#b3261e"));
            t.setUnderline(true);
        }
        return t;
    }

    private static String[] nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }
}
