package org.clashmap.ui.review;

import org.clashmap.ui.widgets.Labels;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventPlace;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The events shown on the map, as a sortable table kept in step with the map's selection. */
public final class EventTable extends TableView<StoredEvent> {
    public EventTable(ObservableList<StoredEvent> rows, ResourceBundle t, Labels labels, Consumer<StoredEvent> onOpen) {
        setId("event-table");
        SortedList<StoredEvent> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        TableColumn<StoredEvent, String> date = column(t.getString("col.date"), e -> labels.dateRange(e.date()));
        date.setComparator(java.util.Comparator.nullsLast(String::compareTo));
        getColumns().add(date);
        getColumns().add(column(t.getString("col.type"), e -> labels.subType(e)));
        getColumns().add(column(t.getString("col.actors"), e -> labels.actor(e.actor(ActorRole.ACTOR1)) + " – " + labels.actor(e.actor(ActorRole.ACTOR2))));
        getColumns().add(column(t.getString("col.place.ar"), e -> e.places().stream().map(EventPlace::nameAr).collect(Collectors.joining("، "))));
        getColumns().add(column(t.getString("col.place.en"), e -> e.places().stream().map(p -> p.nameEn() == null ? "" : p.nameEn()).collect(Collectors.joining(", "))));
        TableColumn<StoredEvent, Integer> dead = new TableColumn<>(t.getString("col.dead"));
        dead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fatalities()));
        dead.setComparator(java.util.Comparator.nullsFirst(Integer::compare));
        getColumns().add(dead);
        getColumns().add(column(t.getString("col.outlet"), e -> e.outlet() == null ? e.origin() : e.outlet()));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(tv -> {
            TableRow<StoredEvent> row = new TableRow<>() {
                @Override
                protected void updateItem(StoredEvent e, boolean empty) {
                    super.updateItem(e, empty);
                    getStyleClass().removeAll("edited", "rejected");
                    if (!empty && e != null) {
                        if (e.edited()) getStyleClass().add("edited");
                        if (e.review() == ReviewStatus.REJECTED) getStyleClass().add("rejected");
                    }
                }
            };
            row.setOnMouseClicked(m -> {
                if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2 && !row.isEmpty()) onOpen.accept(row.getItem());
            });
            return row;
        });
    }

    private static TableColumn<StoredEvent, String> column(String title, java.util.function.Function<StoredEvent, String> value) {
        TableColumn<StoredEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
