package org.clashmap.export;

import org.clashmap.extract.EventType;
import org.clashmap.geo.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of a figure (map image, chart) in its language: the window's labels ({@code ui/messages*},
 * names of types and actors) and the figure's own bundle. Arabic or English only, without falling
 * back to the JVM's locale.
 */
public final class FigureTexts {
    private final Language lang;
    private final ResourceBundle ui, own;

    /** @param ownBundle the figure's bundle, e.g. {@code export.map_image} */
    public FigureTexts(Language lang, String ownBundle) {
        this.lang = lang;
        Locale loc = lang == Language.AR ? Locale.forLanguageTag("ar") : Locale.ROOT;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ui = ResourceBundle.getBundle("ui.messages", loc, noFallback);
        own = ResourceBundle.getBundle(ownBundle, loc, noFallback);
    }

    /** A window label, or {@code fallback} when the bundle lacks it. */
    public String ui(String key, String fallback) {
        try {
            return ui.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A text of the figure's own bundle, {@link MessageFormat} arguments filled in. */
    public String own(String key, Object... args) {
        String s = own.getString(key);
        return args.length == 0 ? s : new MessageFormat(s, Locale.ROOT).format(args);
    }

    public String type(EventType t) {
        return ui("type." + t.name(), t.label);
    }

    public boolean rtl() {
        return lang == Language.AR;
    }
}
