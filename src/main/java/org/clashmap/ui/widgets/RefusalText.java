package org.clashmap.ui.widgets;

import org.clashmap.store.Refusal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the window says when the store refuses a change: a {@link Refusal}'s reason in the interface's language
 * ("refusal." + reason key in the message bundle, its values formatted in, words among them translated too), so
 * the Arabic window does not show the store's English. Anything else refused keeps its own message (the window's
 * own checks already speak the bundle's language).
 */
public final class RefusalText {
    /** When a change was made: ISO date and time to the minute in UTC (the messages say UTC in their words), not a raw instant. */
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private RefusalText() {
    }

    public static String of(RuntimeException refused, ResourceBundle t) {
        if (!(refused instanceof Refusal r)) return refused.getMessage();
        Object[] values = r.values().stream()
                .map(v -> v instanceof Refusal.Word w ? t.getString("refusal.word." + w.key()) : v instanceof java.time.Instant i ? MINUTE.format(i) : v)
                .toArray();
        return String.format(t.getString("refusal." + r.reason().key()), values);
    }
}
