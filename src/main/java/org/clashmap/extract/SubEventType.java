package org.clashmap.extract;

/** ACLED's sub-event types used by ClashMap, each under its family. */
public enum SubEventType {
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SHELLING_ARTILLERY_MISSILE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    NON_VIOLENT_TRANSFER(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

    public final EventType type;
    public final String label;

    SubEventType(EventType type, String label) {
        this.type = type;
        this.label = label;
    }

    public static SubEventType fromLabel(String label) {
        for (SubEventType t : values()) if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) return t;
        throw new IllegalArgumentException("unknown sub-event type: " + label);
    }
}
