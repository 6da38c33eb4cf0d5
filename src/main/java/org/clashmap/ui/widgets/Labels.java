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
        return e.subType() == null ? type(e.type()) : subType(e.subType());
    }

    /** A sub-event type's name in the interface language. */
    public String subType(org.clashmap.extract.SubEventType s) {
        return lookup("subtype." + s.name(), s.label);
    }

    /** Whether the interface is in Arabic. */
    public boolean arabic() {
        return "ar".equals(t.getLocale().getLanguage());
    }

    /**
     * Where an event came from, as the table's source column says it: the report's outlet (in the Arabic
     * interface the Arabic name an outlet written "Sada al-Sham (صدى الشام)" carries), else the report's
     * file name (a report without metadata), else the dataset layer (UCDP GED, ACLED).
     */
    public String source(StoredEvent e) {
        if (e.outlet() != null && !e.outlet().isBlank()) return outlet(e.outlet());
        if (e.fileName() != null && !e.fileName().isBlank()) return e.fileName();
        return lookup("layer." + e.origin(), e.origin());
    }

    /** An outlet's name in the interface language, where its name carries both ("English (عربي)"). */
    public String outlet(String name) {
        if (!"ar".equals(t.getLocale().getLanguage())) return name;
        int open = name.lastIndexOf('('), close = name.lastIndexOf(')');
        if (open < 0 || close != name.length() - 1) return name;
        String inner = name.substring(open + 1, close).strip();
        return inner.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) ? inner : name;
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
