package org.clashmap.ui.settings;

import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.render.ControlPalette;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The analyst's control settings: the control model's front reach, fade age and contested window,
 * and side colours that replace actors.tsv's. They live in a {@link Preferences} node (the user
 * node {@code org/clashmap} in the app; tests pass a throwaway node) so they survive a restart.
 * Only colours that differ from actors.tsv are kept, so "Reset to defaults" leaves nothing stored.
 *
 * @param options the control model's tunables (reach, fade and contested window from the analyst, the rest DEFAULTS)
 * @param colours opaque ARGB by actor id, only for sides whose colour differs from actors.tsv
 */
public record ControlSettings(ControlOptions options, Map<String, Integer> colours) {
    /** Sensible bounds for what the analyst may type (ControlOptions itself only refuses the impossible). */
    static final double MIN_REACH_KM = 1, MAX_REACH_KM = 200;
    static final int MIN_FADE_DAYS = 1, MAX_FADE_DAYS = 3650, MIN_CONTESTED_DAYS = 0, MAX_CONTESTED_DAYS = 365;

    static final String REACH = "control.frontDistanceKm", FADE = "control.fadeDays", CONTESTED = "control.contestedDays",
            COLOUR = "control.colour.";

    public ControlSettings {
        Objects.requireNonNull(options);
        Map<String, Integer> m = new HashMap<>();
        colours.forEach((id, c) -> {
            int argb = 0xFF000000 | c;
            if (argb != ControlPalette.defaultArgb(id)) m.put(id, argb);
        });
        colours = Map.copyOf(m);
    }

    public static ControlSettings defaults() {
        return new ControlSettings(ControlOptions.DEFAULTS, Map.of());
    }

    /** Where the app keeps them: the user's preferences under org/clashmap. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("org/clashmap");
    }

    /** A side's colour under these settings: the analyst's, else actors.tsv's. */
    public int colour(String actorId) {
        Integer c = colours.get(actorId);
        return c != null ? c : ControlPalette.defaultArgb(actorId);
    }

    /** Reads the settings; a value missing, unreadable or out of range falls back to its default. */
    public static ControlSettings load(Preferences node) {
        ControlOptions o = ControlOptions.DEFAULTS;
        double reach = node.getDouble(REACH, o.frontDistanceKm());
        if (reach >= MIN_REACH_KM && reach <= MAX_REACH_KM) o = o.withFrontDistanceKm(reach);
        int fade = node.getInt(FADE, o.fadeDays());
        if (fade >= MIN_FADE_DAYS && fade <= MAX_FADE_DAYS) o = o.withFadeDays(fade);
        int contested = node.getInt(CONTESTED, o.contestedDays());
        if (contested >= MIN_CONTESTED_DAYS && contested <= MAX_CONTESTED_DAYS) o = o.withContestedDays(contested);
        Map<String, Integer> colours = new HashMap<>();
        for (String id : ControlPalette.sides()) {
            Integer c = parseColour(node.get(COLOUR + id, null));
            if (c != null) colours.put(id, c);
        }
        return new ControlSettings(o, colours);
    }

    /** Writes the settings and flushes them to the store; colours equal to actors.tsv's are removed. */
    public void save(Preferences node) throws BackingStoreException {
        node.putDouble(REACH, options.frontDistanceKm());
        node.putInt(FADE, options.fadeDays());
        node.putInt(CONTESTED, options.contestedDays());
        for (String id : ControlPalette.sides()) {
            Integer c = colours.get(id);
            if (c == null) node.remove(COLOUR + id);
            else node.put(COLOUR + id, hex(c));
        }
        node.flush();
    }

    static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    static Integer parseColour(String s) {
        if (s == null || !s.matches("#[0-9a-fA-F]{6}")) return null;
        return 0xFF000000 | Integer.parseInt(s.substring(1), 16);
    }

    /** What the analyst typed is not a usable value: {@code key} names the message, {@code args} its bounds. */
    static final class Invalid extends Exception {
        final String key;
        final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    /**
     * The options the analyst typed, on top of {@code base} (which keeps the tunables the dialog does
     * not show). Accepts Arabic-Indic digits and the Arabic decimal separator.
     */
    static ControlOptions parse(ControlOptions base, String reach, String fade, String contested) throws Invalid {
        String r = digits(reach);
        double km = r.matches("\\d{1,6}(\\.\\d{0,6})?|\\.\\d{1,6}") ? Double.parseDouble(r) : Double.NaN;
        if (!(km >= MIN_REACH_KM && km <= MAX_REACH_KM)) throw new Invalid("settings.error.reach", number(MIN_REACH_KM), number(MAX_REACH_KM));
        Integer f = wholeNumber(fade);
        if (f == null || f < MIN_FADE_DAYS || f > MAX_FADE_DAYS) throw new Invalid("settings.error.fade", MIN_FADE_DAYS, MAX_FADE_DAYS);
        Integer c = wholeNumber(contested);
        if (c == null || c < MIN_CONTESTED_DAYS || c > MAX_CONTESTED_DAYS)
            throw new Invalid("settings.error.contested", MIN_CONTESTED_DAYS, MAX_CONTESTED_DAYS);
        try {
            return base.withFrontDistanceKm(km).withFadeDays(f).withContestedDays(c);
        } catch (IllegalArgumentException e) {
            throw new Invalid("settings.error.options", e.getMessage());
        }
    }

    /** A number as the fields show it: 30 rather than 30.0. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Integer wholeNumber(String s) {
        String d = digits(s);
        return d.matches("\\d{1,6}") ? Integer.valueOf(d) : null;
    }

    /** ASCII digits for Arabic-Indic and Persian digits, '.' for the Arabic decimal separator and a comma. */
    static String digits(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.strip().toCharArray()) {
            if (ch >= '\u0660' && ch <= '\u0669') b.append((char) ('0' + ch - '\u0660'));
            else if (ch >= '\u06F0' && ch <= '\u06F9') b.append((char) ('0' + ch - '\u06F0'));
            else if (ch == '\u066B' || ch == ',') b.append('.');
            else b.append(ch);
        }
        return b.toString();
    }
}
