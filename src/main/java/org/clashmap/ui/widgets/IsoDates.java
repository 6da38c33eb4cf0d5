package org.clashmap.ui.widgets;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * One date format everywhere in the window: ISO 8601 (2016-03-14), as the table, the exports and the command
 * line write it. The locale's default (3/14/2016 in the US, 14/3/2016 elsewhere) is ambiguous between analysts
 * (issue 19 item 5).
 */
public final class IsoDates {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

    private IsoDates() {}

    public static String format(LocalDate d) {
        return d == null ? "" : FORMAT.format(d);
    }

    /** Makes a date picker show and read ISO dates; text it cannot read leaves the value unchanged. */
    public static DatePicker iso(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) return null;
                try {
                    return LocalDate.parse(s.strip(), FORMAT);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.setPromptText(picker.getPromptText() == null ? "YYYY-MM-DD" : picker.getPromptText());
        return picker;
    }
}
