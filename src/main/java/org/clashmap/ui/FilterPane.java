package org.clashmap.ui;

import org.clashmap.ui.model.AppModel;
import org.clashmap.ui.widgets.Labels;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventType;
import org.clashmap.store.StoredEvent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Filters: event type, actor, date range, text in the sentences, minimum confidence, outlet,
 * rejected and undated events. Always shows how many events are shown and hidden.
 */
public final class FilterPane extends VBox {
    private final AppModel model;
    private final Labels labels;
    private final ResourceBundle text;
    private final Map<EventType, CheckBox> typeBoxes = new LinkedHashMap<>();
    private final VBox actorBox = new VBox(2), outletBox = new VBox(2), layerBox = new VBox(2);
    final Label counts = new Label();
    private boolean syncingDates;

    FilterPane(AppModel model, ResourceBundle t, Labels labels) {
        super(6);
        this.model = model;
        this.labels = labels;
        this.text = t;
        setId("filter-pane");
        setPadding(new Insets(6));
        counts.setId("filter-counts");

        VBox types = new VBox(2);
        for (EventType type : EventType.values()) {
            CheckBox cb = new CheckBox(labels.type(type));
            cb.setId("filter-type-" + type.name());
            cb.setSelected(true);
            cb.selectedProperty().addListener((o, a, b) -> applyTypes());
            typeBoxes.put(type, cb);
            types.getChildren().add(cb);
        }
        DatePicker from = org.clashmap.ui.widgets.IsoDates.iso(new DatePicker()), to = org.clashmap.ui.widgets.IsoDates.iso(new DatePicker());
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPromptText(t.getString("filter.from"));
        to.setPromptText(t.getString("filter.to"));
        from.valueProperty().addListener((o, a, b) -> {
            if (!syncingDates) model.filter.set(model.filter.get().withDates(b, to.getValue()));
        });
        to.valueProperty().addListener((o, a, b) -> {
            if (!syncingDates) model.filter.set(model.filter.get().withDates(from.getValue(), b));
        });
        TextField text = new TextField();
        text.setId("filter-text");
        text.setPromptText(t.getString("filter.text"));
        text.textProperty().addListener((o, a, b) -> model.filter.set(model.filter.get().withText(b)));
        Slider confidence = new Slider(0, 1, 0);
        confidence.setId("filter-confidence");
        confidence.setShowTickMarks(true);
        confidence.setMajorTickUnit(0.25);
        confidence.valueProperty().addListener((o, a, b) -> model.filter.set(model.filter.get().withMinConfidence(b.doubleValue())));
        CheckBox rejected = new CheckBox(t.getString("filter.rejected"));
        rejected.setId("filter-rejected");
        rejected.selectedProperty().addListener((o, a, b) -> model.filter.set(model.filter.get().withShowRejected(b)));
        CheckBox undated = new CheckBox(t.getString("filter.undated"));
        undated.setId("filter-undated");
        undated.setSelected(true);
        undated.selectedProperty().addListener((o, a, b) -> model.filter.set(model.filter.get().withShowUndated(b)));

        CheckBox mentions = new CheckBox();
        mentions.setId("filter-mentions");
        org.clashmap.ui.widgets.LineWrapper.breakLines(mentions, t.getString("filter.mentions"));
        mentions.selectedProperty().addListener((o, a, b) -> model.filter.set(model.filter.get().withMentions(b)));
        CheckBox corroborated = new CheckBox();
        corroborated.setId("filter-corroborated");
        org.clashmap.ui.widgets.LineWrapper.breakLines(corroborated, t.getString("filter.corroborated"));
        corroborated.selectedProperty().addListener((o, a, b) -> model.filter.set(model.filter.get().withCorroboratedOnly(b)));

        getChildren().addAll(counts, mentions, corroborated,
                titled(t.getString("filter.layers"), layerBox),
                titled(t.getString("filter.types"), types),
                titled(t.getString("filter.actors"), actorBox),
                titled(t.getString("filter.dates"), new VBox(4, from, to)),
                text,
                new Label(t.getString("filter.confidence")), confidence,
                titled(t.getString("filter.outlets"), outletBox),
                rejected, undated);
        // The timeline moves the same date range: keep the pickers and the undated box in step with it.
        model.filter.addListener((o, a, f) -> {
            syncingDates = true;
            if (!java.util.Objects.equals(from.getValue(), f.from())) from.setValue(f.from());
            if (!java.util.Objects.equals(to.getValue(), f.to())) to.setValue(f.to());
            syncingDates = false;
            if (undated.isSelected() != f.showUndated()) undated.setSelected(f.showUndated());
        });
        model.incidents.addListener((o, a, b) -> rebuildChoices(b.events()));
        model.onVisibilityChange(() -> org.clashmap.ui.widgets.LineWrapper.breakLines(counts, String.format(t.getString("filter.counts"),
                model.shownCount(), model.shownPlaces(), model.hiddenCountProperty().get())));
    }

    private String layerName(String origin) {
        try {
            return text.getString("layer." + origin);
        } catch (java.util.MissingResourceException e) {
            return origin;
        }
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setExpanded(true);
        p.setAnimated(false);
        return p;
    }

    private void applyTypes() {
        Set<EventType> on = EnumSet.noneOf(EventType.class);
        typeBoxes.forEach((type, cb) -> {
            if (cb.isSelected()) on.add(type);
        });
        // All ticked means no type filter, so new types are not hidden by accident.
        model.filter.set(model.filter.get().withTypes(on.size() == typeBoxes.size() ? Set.of() : on));
    }

    /** Actor and outlet choices come from the data, so the lists only offer what exists. */
    private void rebuildChoices(List<StoredEvent> events) {
        Set<String> actors = events.stream().flatMap(e -> e.actors().stream()).map(EventActor::actorId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> outlets = events.stream().map(org.clashmap.store.EventFilter::outletOf).collect(Collectors.toCollection(TreeSet::new));
        Set<String> layers = events.stream().map(StoredEvent::origin).collect(Collectors.toCollection(TreeSet::new));
        fill(layerBox, layers, "filter-layer-", this::layerName, sel -> model.filter.set(model.filter.get().withLayers(sel.size() == layers.size() ? Set.of() : sel)));
        fill(actorBox, actors, "filter-actor-", labels::actor, sel -> model.filter.set(model.filter.get().withActors(sel.size() == actors.size() ? Set.of() : sel)));
        fill(outletBox, outlets, "filter-outlet-", s -> s, sel -> model.filter.set(model.filter.get().withOutlets(sel.size() == outlets.size() ? Set.of() : sel)));
    }

    private static void fill(VBox box, Set<String> values, String idPrefix, java.util.function.Function<String, String> label,
                             java.util.function.Consumer<Set<String>> apply) {
        box.getChildren().clear();
        for (String v : values) {
            CheckBox cb = new CheckBox(label.apply(v));
            cb.setId(idPrefix + v);
            cb.setUserData(v);
            cb.setSelected(true);
            cb.selectedProperty().addListener((o, a, b) -> apply.accept(box.getChildren().stream()
                    .filter(n -> ((CheckBox) n).isSelected()).map(n -> (String) n.getUserData()).collect(Collectors.toSet())));
            box.getChildren().add(cb);
        }
    }
}
