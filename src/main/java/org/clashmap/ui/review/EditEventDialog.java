package org.clashmap.ui.review;

import org.clashmap.ui.widgets.Labels;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.Actors;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.SubEventType;
import org.clashmap.extract.TimePrecision;
import org.clashmap.gazetteer.Candidate;
import org.clashmap.store.StoredEvent;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * Edits an event: sub-type (and so type), date range, dead, actors, and each place picked from
 * the gazetteer's ranked candidates for that name.
 */
public final class EditEventDialog extends Dialog<EditEventDialog.Changes> {
    /** What the analyst changed; null fields were left alone. */
    record Changes(SubEventType subType, DateRange date, boolean deadChanged, Integer dead,
                   String actor1, String actor2, boolean actorsChanged, List<EventPlace> places) {}

    EditEventDialog(StoredEvent e, ResourceBundle t, Labels labels, List<String> history,
                    BiFunction<String, String, List<Candidate>> candidates) {
        setTitle(t.getString("edit.title"));
        setHeaderText(e.sentence());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(10));

        ComboBox<SubEventType> sub = new ComboBox<>(FXCollections.observableArrayList(SubEventType.values()));
        sub.setId("edit-subtype");
        sub.setValue(e.subType());
        sub.setConverter(converter(s -> labels.type(s.type) + " — " + labels.subType(s)));
        DatePicker from = org.clashmap.ui.widgets.IsoDates.iso(new DatePicker(e.date().from())),
                to = org.clashmap.ui.widgets.IsoDates.iso(new DatePicker(e.date().to()));
        from.setId("edit-from");
        to.setId("edit-to");
        CheckBox undated = new CheckBox(t.getString("edit.undated"));
        undated.setSelected(!e.date().isKnown());
        from.disableProperty().bind(undated.selectedProperty());
        to.disableProperty().bind(undated.selectedProperty());
        TextField dead = new TextField(e.fatalities() == null ? "" : e.fatalities().toString());
        dead.setId("edit-dead");
        List<String> actorIds = new ArrayList<>();
        actorIds.add("");
        Actors.load().all().forEach(a -> actorIds.add(a.id()));
        ComboBox<String> a1 = new ComboBox<>(FXCollections.observableArrayList(actorIds));
        ComboBox<String> a2 = new ComboBox<>(FXCollections.observableArrayList(actorIds));
        a1.setConverter(converter(id -> id.isEmpty() ? "—" : labels.actor(id)));
        a2.setConverter(converter(id -> id.isEmpty() ? "—" : labels.actor(id)));
        a1.setValue(e.actor(ActorRole.ACTOR1) == null ? "" : e.actor(ActorRole.ACTOR1));
        a2.setValue(e.actor(ActorRole.ACTOR2) == null ? "" : e.actor(ActorRole.ACTOR2));

        int row = 0;
        g.addRow(row++, new Label(t.getString("edit.type")), sub);
        g.addRow(row++, new Label(t.getString("edit.from")), from, undated);
        g.addRow(row++, new Label(t.getString("edit.to")), to);
        g.addRow(row++, new Label(t.getString("edit.dead")), dead);
        g.addRow(row++, new Label(t.getString("edit.actor1")), a1);
        g.addRow(row++, new Label(t.getString("edit.actor2")), a2);
        List<ComboBox<Candidate>> placeBoxes = new ArrayList<>();
        for (int i = 0; i < e.places().size(); i++) {
            EventPlace p = e.places().get(i);
            List<Candidate> ranked = candidates.apply(p.nameAr(), e.sentence());
            ComboBox<Candidate> box = new ComboBox<>(FXCollections.observableArrayList(ranked));
            box.setId("edit-place-" + i);
            // the Arabic interface names a candidate in Arabic only (its P-code and coordinates tell namesakes apart)
            box.setConverter(converter(c -> labels.arabic()
                    ? String.format(Locale.ROOT, "%s (%.3f, %.3f) %s  %.2f", c.place().nameAr(), c.place().lat(), c.place().lon(), c.place().admin1(), c.score())
                    : String.format(Locale.ROOT, "%s — %s (%.3f, %.3f) %s  %.2f", c.place().nameAr(),
                    c.place().nameEn(), c.place().lat(), c.place().lon(), c.place().admin1(), c.score())));
            box.setPromptText(p.nameAr() + (p.relation() == null ? "" : " (" + p.relation() + ")"));
            placeBoxes.add(box);
            g.addRow(row++, new Label(String.format(t.getString("edit.place"), i + 1)), box,
                    otherNameField(i, box, t, name -> candidates.apply(name, e.sentence())));
        }
        ListView<String> hist = new ListView<>(FXCollections.observableArrayList(history));
        hist.setPrefHeight(90);
        g.add(new Label(t.getString("edit.history")), 0, row);
        g.add(hist, 1, row, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            DateRange date = undated.isSelected() || from.getValue() == null ? DateRange.UNKNOWN
                    : new DateRange(from.getValue(), to.getValue() == null ? from.getValue() : to.getValue(),
                    precisionOf(from.getValue(), to.getValue()));
            Integer newDead = dead.getText().isBlank() ? null : Integer.valueOf(dead.getText().trim());
            boolean deadChanged = !java.util.Objects.equals(newDead, e.fatalities());
            boolean actorsChanged = !a1.getValue().equals(nz(e.actor(ActorRole.ACTOR1))) || !a2.getValue().equals(nz(e.actor(ActorRole.ACTOR2)));
            List<EventPlace> places = new ArrayList<>();
            for (int i = 0; i < placeBoxes.size(); i++) {
                Candidate c = placeBoxes.get(i).getValue();
                EventPlace old = e.places().get(i);
                places.add(c == null ? null : new EventPlace(c.place().id(), c.place().nameAr(), c.place().nameEn(), null,
                        c.place().lat(), c.place().lon(), c.place().precisionKm(), 1, old.charStart(), old.charEnd()));
            }
            return new Changes(sub.getValue() == e.subType() ? null : sub.getValue(), date.equals(e.date()) ? null : date,
                    deadChanged, newDead, a1.getValue(), a2.getValue(), actorsChanged, places);
        });
    }

    /**
     * When the name's own candidates are all wrong (the report meant a place of another spelling, or an unlisted
     * namesake near a town it names), the analyst types another name; its candidates replace the list and the
     * best is chosen. A name the gazetteer lacks says so in the field's prompt and changes nothing.
     */
    static TextField otherNameField(int index, ComboBox<Candidate> box, ResourceBundle t,
                                    java.util.function.Function<String, List<Candidate>> lookup) {
        TextField other = new TextField();
        other.setId("edit-place-other-" + index);
        other.setPromptText(t.getString("edit.otherName"));
        other.setOnAction(ev -> {
            String name = other.getText().strip();
            if (name.isEmpty()) return;
            List<Candidate> found = lookup.apply(name);
            if (found.isEmpty()) {
                other.clear();
                other.setPromptText(String.format(t.getString("edit.noSuchPlace"), name));
                return;
            }
            box.setItems(FXCollections.observableArrayList(found));
            box.setValue(found.get(0));
        });
        return other;
    }

    private static TimePrecision precisionOf(java.time.LocalDate from, java.time.LocalDate to) {
        long days = to == null ? 0 : ChronoUnit.DAYS.between(from, to);
        return days == 0 ? TimePrecision.DAY : days <= 7 ? TimePrecision.WEEK : TimePrecision.MONTH;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : f.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
