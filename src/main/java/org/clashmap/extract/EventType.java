package org.clashmap.extract;

/** ACLED's event types (the families the map colours by). */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    /** The label exactly as ACLED writes it. */
    public final String label;

    EventType(String label) {
        this.label = label;
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) return t;
        throw new IllegalArgumentException("unknown event type: " + label);
    }
}
