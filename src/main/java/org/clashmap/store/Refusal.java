package org.clashmap.store;

import java.util.List;
import java.util.Locale;

/**
 * A change the store refused (an edit, a merge, a split, an undo), with why as a {@link Reason} and the values the
 * reason names, so the window can say it in its own language: the store knows no user interface, and the window
 * maps the reason to its message bundle ({@code ui.widgets.RefusalText}). The exception's message is the English
 * sentence the command line prints. Values that are words (undo or redo, merge or split) are {@link Word}s.
 */
public class Refusal extends IllegalArgumentException {
    /** Why a change was refused; {@link #key()} names its message ("refusal." + key) in a bundle. */
    public enum Reason {
        /** values: event id */
        NO_EVENT,
        /** values: incident id */
        NO_INCIDENT,
        /** values: incident id */
        SPLIT_NOTHING_NAMED,
        /** values: event id, incident id */
        SPLIT_NOT_A_MEMBER,
        /** values: incident id */
        SPLIT_WHOLE_INCIDENT,
        /** values: incident id */
        MERGE_SELF,
        /** values: undo or redo, merge or split, the step's other incident, its incident, the event id */
        STEP_EVENT_REMOVED,
        /** values: undo or redo, merge or split, the step's other incident, its incident, the event id, the event's incident now */
        STEP_EVENT_MOVED,
        /** values: event id, who changed it, when (ISO instant) */
        EDIT_CONFLICT,
        /** values: event id (the last change of it was undone since) */
        EDIT_CONFLICT_UNDONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** Words among a refusal's values, to be translated too ("refusal.word." + key). */
    public enum Word {
        UNDO, REDO, MERGE, SPLIT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Word of(String english) {
            return valueOf(english.toUpperCase(Locale.ROOT));
        }
    }

    private final Reason reason;
    private final List<Object> values;

    public Refusal(Reason reason, String message, Object... values) {
        super(message);
        this.reason = reason;
        this.values = List.of(values);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> values() {
        return values;
    }
}
