package org.clashmap.ui.review;

import org.clashmap.ui.widgets.Labels;
import org.clashmap.ui.widgets.LineWrapper;
import org.clashmap.ui.widgets.RtlWord;

import org.clashmap.store.IncidentStore;

import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
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
public final class SourcePane extends VBox {
    private final Label header = new Label();
    /**
     * The report's file name and the event's dates on their own line, always left to right: inside the
     * Arabic header line JavaFX reordered 000_1ef341747bf478e6.txt as 1_000ef341747bf478e6.txt and
     * 2018-04-24 as 24-04-2018 (issue 19 item 7).
     */
    private final Label file = new Label();
    private final Label agreement = new Label();
    /** The report, one wrapped label per paragraph (see layout). */
    private final VBox paragraphs = new VBox(6);
    private final ScrollPane scroll;
    final ListView<StoredEvent> others = new ListView<>();
    private final Labels labels;
    private final ResourceBundle t;
    private int sentenceStart = -1, sentenceEnd = -1;
    private String shownText;
    private StoredEvent shownEvent;
    private double laidOutWidth;
    private static final Font PLAIN = Font.font(null, FontWeight.NORMAL, 14), BOLD = Font.font(null, FontWeight.BOLD, 14);
    private final LineWrapper plainWrap = new LineWrapper(PLAIN), boldWrap = new LineWrapper(BOLD);

    public SourcePane(ResourceBundle t, Labels labels, Consumer<StoredEvent> onPick) {
        super(6);
        this.t = t;
        this.labels = labels;
        setId("source-pane");
        setPadding(new Insets(6));
        header.setWrapText(true);
        header.setId("source-header");
        file.setId("source-file");
        file.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        file.setStyle("-fx-text-fill: #555;");
        paragraphs.setId("source-text");
        paragraphs.setPadding(new Insets(4));
        paragraphs.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        paragraphs.setFillWidth(true);
        paragraphs.setMinWidth(0);

        scroll = new ScrollPane(paragraphs);
        // Re-wrap when the pane is resized (lines are broken here, not by JavaFX).
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (Math.abs(b.getWidth() - laidOutWidth) > 4) relayout();
        });
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        others.setId("source-other-events");
        others.setPrefHeight(120);
        others.setMinHeight(90);
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
        agreement.setId("source-agreement");
        agreement.setWrapText(true);
        agreement.setStyle("-fx-text-fill: #1b5e20;");
        showAgreement(List.of());
        incidentLabel.setId("source-incident");
        incidentLabel.setWrapText(true);
        incidentLabel.getStyleClass().add("corroboration-badge");
        incidentReports.setId("source-incident-reports");
        incidentReports.setPrefHeight(96);
        incidentReports.setMinHeight(70);
        incidentReports.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            private final Label head = new Label(), sentence = new Label();
            private final VBox box = new VBox(1, head, sentence);

            {
                // One line, right to left, cut with an ellipsis at its end; the whole sentence on hover
                // and, highlighted in its report, on click.
                sentence.setWrapText(false);
                sentence.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                sentence.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
                sentence.setMinWidth(0);
                sentence.prefWidthProperty().bind(lv.widthProperty().subtract(30));
                sentence.maxWidthProperty().bind(lv.widthProperty().subtract(30));
                box.maxWidthProperty().bind(lv.widthProperty().subtract(24));
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(IncidentStore.Member m, boolean empty) {
                super.updateItem(m, empty);
                setText(null);
                if (empty || m == null) {
                    setGraphic(null);
                    return;
                }
                StoredEvent e = m.event();
                head.setText((shownEvent != null && e.id() == shownEvent.id() ? "▶ " : "") + String.join("  ·  ", nonEmpty(e.outlet(), e.fileName(),
                        m.published() == null ? null : m.published().toString(),
                        e.fatalities() == null ? null : t.getString("col.dead") + ": " + e.fatalities(),
                        e.review() == org.clashmap.store.ReviewStatus.REJECTED ? "✗" : null)));
                sentence.setText(e.sentence() == null ? "" : e.sentence().strip());
                setTooltip(new javafx.scene.control.Tooltip(sentence.getText()));
                setGraphic(box);
            }
        });
        incidentReports.setOnMouseClicked(m -> {
            IncidentStore.Member picked = incidentReports.getSelectionModel().getSelectedItem();
            if (picked != null && (shownEvent == null || picked.event().id() != shownEvent.id())) onPick.accept(picked.event());
        });
        split.setId("source-split");
        merge.setId("source-merge");
        remove.setId("source-remove");
        date.setId("source-date");
        incidentBox.getChildren().addAll(incidentLabel, new Label(t.getString("source.incident.reports")), incidentReports,
                new javafx.scene.layout.FlowPane(6, 4, split, merge, remove, date));
        showIncident(null);
        getChildren().addAll(header, file, agreement, incidentBox, scroll, new Label(t.getString("source.others")), others);
    }

    private final Label incidentLabel = new Label();
    public final ListView<IncidentStore.Member> incidentReports = new ListView<>();
    public final javafx.scene.control.Button split = new javafx.scene.control.Button(), merge = new javafx.scene.control.Button(),
            remove = new javafx.scene.control.Button(), date = new javafx.scene.control.Button();
    private final VBox incidentBox = new VBox(4);
    private IncidentStore.Incident shownIncident;

    /** The incident across reports the shown event belongs to (decision 021): its badge, its reports, split and merge. */
    public void showIncident(IncidentStore.Incident inc) {
        shownIncident = inc;
        split.setText(t.getString("source.split"));
        merge.setText(t.getString("source.merge"));
        remove.setText(t.getString("source.remove"));
        date.setText(t.getString("source.date"));
        boolean any = inc != null;
        incidentBox.setVisible(shownEvent != null);
        incidentBox.setManaged(shownEvent != null);
        incidentReports.getItems().setAll(any ? inc.members() : List.of());
        incidentReports.setVisible(any && inc.members().size() > 1);
        incidentReports.setManaged(any && inc.members().size() > 1);
        split.setDisable(!any || inc.members().size() < 2);
        merge.setDisable(!any);
        boolean report = shownEvent != null && shownEvent.articleId() != null;
        remove.setDisable(!report);
        date.setDisable(!report);
        if (!any) {
            incidentLabel.setText("");
            incidentLabel.getStyleClass().remove("corroborated");
            return;
        }
        var f = inc.facts();
        String dead = f.best() == null ? t.getString("source.incident.deadUnknown")
                : f.low().equals(f.high()) ? String.format(t.getString("source.incident.dead"), f.best())
                : String.format(t.getString("source.incident.deadRange"), f.best(), f.low(), f.high());
        incidentLabel.setText(String.format(t.getString("source.incident"), inc.id(), f.reports(), f.outlets(), dead));
        if (f.corroborated()) {
            if (!incidentLabel.getStyleClass().contains("corroborated")) incidentLabel.getStyleClass().add("corroborated");
        } else {
            incidentLabel.getStyleClass().remove("corroborated");
        }
    }

    public IncidentStore.Incident shownIncident() {
        return shownIncident;
    }

    public String incidentText() {
        return incidentLabel.getText();
    }

    /** Shows an event's report; {@code text} is the whole report, {@code siblings} its other events. */
    public void show(StoredEvent e, String text, List<StoredEvent> siblings) {
        if (e == null || text == null) {
            header.setText(e == null ? "" : t.getString("source.none"));
            file.setText(e == null || e.fileName() == null ? "" : e.fileName());
            showAgreement(List.of());
            paragraphs.getChildren().clear();
            others.getItems().clear();
            sentenceStart = sentenceEnd = -1;
            shownText = null;
            shownEvent = e;
            showIncident(null);
            return;
        }
        header.setText(String.join("  ·  ", nonEmpty(e.outlet() == null ? null : labels.outlet(e.outlet()), labels.subType(e),
                e.fatalities() == null ? null : t.getString("col.dead") + ": " + e.fatalities())));
        file.setText(String.join("  ·  ", nonEmpty(e.fileName(), labels.dateRange(e.date()))));
        sentenceStart = e.charStart();
        sentenceEnd = e.charEnd();
        shownText = text;
        shownEvent = e;
        relayout();
        others.getItems().setAll(siblings.stream().filter(s -> s.id() != e.id()).toList());
        // Bring the sentence into view once the paragraphs have their heights.
        javafx.application.Platform.runLater(() -> paragraphs.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("sentence-paragraph")).findFirst().ifPresent(this::scrollTo));
    }

    /** The sentence's span as currently highlighted (for tests), or -1. */
    public int highlightedStart() {
        return sentenceStart;
    }

    /** Lines saying which imported datasets have this event too ("also in UCDP: …"). */
    public void showAgreement(List<String> lines) {
        agreement.setText(String.join("\n", lines));
        agreement.setVisible(!lines.isEmpty());
        agreement.setManaged(!lines.isEmpty());
    }

    String agreementText() {
        return agreement.getText();
    }

    /** Words of the shown sentence marked as places or actors (for tests). */
    List<String> markedWords(String styleClass) {
        List<String> out = new ArrayList<>();
        paragraphs.lookupAll("." + styleClass).forEach(n -> out.add(logical((Label) n)));
        return out;
    }

    /** The highlighted sentence as shown (its words joined by single spaces). */
    public String highlightedText() {
        StringBuilder b = new StringBuilder();
        paragraphs.getChildren().forEach(n -> {
            if (n.getStyleClass().contains("sentence")) {
                n.lookupAll(".label").forEach(l -> b.append(b.length() == 0 ? "" : " ").append(logical((Label) l)));
            }
        });
        return b.toString();
    }

    /** A word's text as in the report (a word shown in visual order keeps it as user data). */
    private static String logical(Label l) {
        return l.getUserData() instanceof String word ? word : l.getText();
    }

    private void scrollTo(javafx.scene.Node piece) {
        scroll.applyCss();
        scroll.layout();
        double h = paragraphs.getHeight() - scroll.getViewportBounds().getHeight();
        if (h > 0) scroll.setVvalue(Math.max(0, Math.min(1, (piece.getBoundsInParent().getMinY() - 20) / h)));
    }

    private void relayout() {
        if (shownText == null) return;
        laidOutWidth = scroll.getViewportBounds().getWidth();
        double width = Math.max(80, laidOutWidth - 24);
        String text = shownText;
        StoredEvent e = shownEvent;
        int s = clamp(e.charStart(), text), end = clamp(e.charEnd(), text);
        List<javafx.scene.Node> blocks = new ArrayList<>();
        addParagraphs(blocks, text.substring(0, s), width);
        blocks.add(sentenceBlock(text.substring(s, end), SentenceMarks.of(e, text.substring(s, end)), width));
        addParagraphs(blocks, text.substring(end), width);
        paragraphs.getChildren().setAll(blocks);
        // Keep the sentence in view, after this layout pass has given the paragraphs their heights.
        javafx.scene.Node sentenceBlock = blocks.stream().filter(n -> n.getStyleClass().contains("sentence")).findFirst().orElseThrow();
        javafx.application.Platform.runLater(() -> scrollTo(sentenceBlock));
    }

    /**
     * The sentence, bold and shaded, wrapped word by word; each line is a right-to-left row of
     * word groups so place names (red, underlined) and actor names (blue) can be marked.
     */
    private VBox sentenceBlock(String sentence, List<SentenceMarks.Mark> marks, double width) {
        VBox box = new VBox(1);
        box.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
        box.getStyleClass().add("sentence");
        box.setStyle("-fx-background-color: rgba(255, 214, 0, 0.45); -fx-background-radius: 3; -fx-padding: 3 5 3 5;");
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(sentence);
        while (m.find()) words.add(new int[]{m.start(), m.end()});
        double spaceWidth = boldWrap.width(" ");
        javafx.scene.layout.HBox line = lineBox();
        double used = 0;
        for (int[] w : words) {
            String word = sentence.substring(w[0], w[1]);
            double ww = boldWrap.width(word);
            if (!line.getChildren().isEmpty() && used + spaceWidth + ww > width) {
                box.getChildren().add(line);
                line = lineBox();
                used = 0;
            }
            used += (line.getChildren().isEmpty() ? 0 : spaceWidth) + ww;
            Label l = new Label(word);
            if (RtlWord.needsVisualOrder(word)) {
                // 11” alone in a label would be laid out left to right, its quote on the number's right.
                l.setText(RtlWord.visual(word));
                l.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
                l.setUserData(word);
            }
            l.setFont(BOLD);
            SentenceMarks.Kind kind = SentenceMarks.at(marks, w[0], w[1]);
            if (kind == SentenceMarks.Kind.PLACE) {
                l.getStyleClass().add("place-word");
                l.setStyle("-fx-text-fill: #b3261e; -fx-underline: true;");
            } else if (kind == SentenceMarks.Kind.ACTOR) {
                l.getStyleClass().add("actor-word");
                l.setStyle("-fx-text-fill: #1a5fb4;");
            }
            line.getChildren().add(l);
        }
        if (!line.getChildren().isEmpty()) box.getChildren().add(line);
        return box;
    }

    private javafx.scene.layout.HBox lineBox() {
        javafx.scene.layout.HBox h = new javafx.scene.layout.HBox(boldWrap.width(" "));
        h.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
        return h;
    }

    private void addParagraphs(List<javafx.scene.Node> out, String chunk, double width) {
        for (String para : chunk.split("\n")) if (!para.isBlank()) out.add(block(plainWrap.wrap(para, width), false));
    }

    /** A paragraph as right-aligned single-line labels; the event's sentence bold and shaded. */
    private static VBox block(List<String> lines, boolean sentence) {
        VBox box = new VBox(1);
        box.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
        for (String line : lines) {
            Label l = new Label(line);
            l.setFont(sentence ? BOLD : PLAIN);
            box.getChildren().add(l);
        }
        if (sentence) {
            box.getStyleClass().add("sentence");
            box.setStyle("-fx-background-color: rgba(255, 214, 0, 0.45); -fx-background-radius: 3; -fx-padding: 3 5 3 5;");
        }
        return box;
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(text.length(), i));
    }



    private static String[] nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }
}
