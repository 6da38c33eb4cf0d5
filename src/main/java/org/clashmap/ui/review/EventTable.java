package org.clashmap.ui.review;

import org.clashmap.ui.widgets.Labels;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.clashmap.extract.TimePrecision;
import org.clashmap.extract.DateRange;
import org.clashmap.extract.ActorRole;
import org.clashmap.extract.EventPlace;
import org.clashmap.store.ReviewStatus;
import org.clashmap.store.StoredEvent;

import java.time.LocalDate;
import java.util.Comparator;
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
        TableColumn<StoredEvent, DateRange> date = new TableColumn<>(t.getString("col.date"));
        date.setId("col-date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DateRange d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : labels.dateRange(d));
            }
        });
        date.setComparator(BY_DATE);
        // Wide enough for the longest range ("2018-04-22 – 2018-04-24") and its heading in either language.
        fit(date, labels.dateRange(new DateRange(LocalDate.of(2018, 12, 28), LocalDate.of(2018, 12, 30), TimePrecision.WEEK)),
                labels.dateRange(DateRange.UNKNOWN));
        getColumns().add(date);
        getColumns().add(column(t.getString("col.type"), e -> labels.subType(e)));
        getColumns().add(column(t.getString("col.actors"), e -> labels.actor(e.actor(ActorRole.ACTOR1)) + " – " + labels.actor(e.actor(ActorRole.ACTOR2))));
        getColumns().add(column(t.getString("col.place.ar"), e -> e.places().stream().map(p -> p.nameAr() == null ? "" : p.nameAr()).collect(Collectors.joining("، "))));
        getColumns().add(column(t.getString("col.place.en"), e -> e.places().stream().map(p -> p.nameEn() == null ? "" : p.nameEn()).collect(Collectors.joining(", "))));
        TableColumn<StoredEvent, Integer> dead = new TableColumn<>(t.getString("col.dead"));
        dead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fatalities()));
        dead.setComparator(java.util.Comparator.nullsFirst(Integer::compare));
        dead.setId("col-dead");
        fit(dead, "8888");
        getColumns().add(dead);
        getColumns().add(column(t.getString("col.outlet"), labels::source));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Chronological by default, as analysts read a war; a click on any heading still sorts by it.
        date.setSortType(TableColumn.SortType.ASCENDING);
        getSortOrder().add(date);
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

    /** Oldest first by first day, then last day; undated rows last. */
    static final Comparator<DateRange> BY_DATE = Comparator.nullsLast(Comparator
            .comparing((DateRange d) -> !d.isKnown())
            .thenComparing(d -> d.isKnown() ? d.from() : LocalDate.MIN)
            .thenComparing(d -> d.isKnown() ? d.to() : LocalDate.MIN));

    /**
     * Keeps a column at least as wide as its heading and the widest of {@code samples}, so the resize policy
     * never squeezes it to "…" (as happened to Date and Dead after a language switch).
     */
    private static void fit(TableColumn<?, ?> column, String... samples) {
        double w = textWidth(column.getText()) + SORT_ARROW_AND_PADDING;
        for (String sample : samples) w = Math.max(w, textWidth(sample) + CELL_PADDING);
        column.setMinWidth(Math.ceil(w));
        column.setPrefWidth(Math.ceil(w));
    }

    private static final double CELL_PADDING = 16, SORT_ARROW_AND_PADDING = 30;

    private static double textWidth(String s) {
        Text text = new Text(s);
        text.setFont(Font.getDefault());
        return text.getLayoutBounds().getWidth();
    }

    private static TableColumn<StoredEvent, String> column(String title, java.util.function.Function<StoredEvent, String> value) {
        TableColumn<StoredEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
