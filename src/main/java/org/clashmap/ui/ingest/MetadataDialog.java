package org.clashmap.ui.ingest;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.clashmap.extract.TimePrecision;
import org.clashmap.ingest.ReportMetadata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;

/** Asks for a report's publication date, its precision and the outlet when no metadata file has them. */
public final class MetadataDialog extends Dialog<ReportMetadata> {
    public MetadataDialog(Path file, ResourceBundle t) {
        setTitle(t.getString("meta.title"));
        setHeaderText(String.format(t.getString("meta.header"), file.getFileName()));
        TextField published = new TextField();
        published.setId("meta-published");
        published.setPromptText("2018-04-25");
        ComboBox<TimePrecision> precision = new ComboBox<>(FXCollections.observableArrayList(TimePrecision.values()));
        precision.setValue(TimePrecision.DAY);
        TextField outlet = new TextField();
        outlet.setId("meta-outlet");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label(t.getString("meta.published")), published);
        g.addRow(1, new Label(t.getString("meta.precision")), precision);
        g.addRow(2, new Label(t.getString("meta.outlet")), outlet);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // Refuse a malformed date here rather than silently storing the report as undated.
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !published.getText().isBlank() && parse(published.getText()) == null, published.textProperty()));
        setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            LocalDate d = parse(published.getText());
            return new ReportMetadata(file.getFileName().toString(), outlet.getText().trim(), d,
                    d == null ? TimePrecision.UNKNOWN : precision.getValue(), "entered by the analyst");
        });
    }

    private static LocalDate parse(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
