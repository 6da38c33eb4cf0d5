package org.clashmap.ui.widgets;

import org.clashmap.extract.DateRange;
import org.clashmap.store.StoredEvent;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** How model values read in the interface language (types, actors, dates). */
public final class Labels {
    private final ResourceBundle t;

    public Labels(ResourceBundle t) {
        this.t = t;
    }

    public String dateRange(DateRange d) {
        if (!d.isKnown()) return t.getString("date.undated");
        return d.from().equals(d.to()) ? d.from().toString() : d.from() + " – " + d.to();
    }

    public String type(org.clashmap.extract.EventType type) {
        return lookup("type." + type.name(), type.label);
    }

    public String subType(StoredEvent e) {
        return e.subType() == null ? type(e.type()) : lookup("subtype." + e.subType().name(), e.subType().label);
    }

    public String actor(String id) {
        if (id == null) return "—";
        return lookup("actor." + id, id);
    }

    private String lookup(String key, String fallback) {
        try {
            return t.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
