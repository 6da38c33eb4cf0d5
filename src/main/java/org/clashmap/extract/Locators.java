package org.clashmap.extract;

import org.clashmap.geodesy.Geodesy;
import org.clashmap.gazetteer.Location;
import org.clashmap.gazetteer.PlaceKind;
import org.clashmap.text.Tokenizer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the places that only say where the place before them is: "حي الراشدين بحلب", "بلدة معرة مصرين بريف
 * إدلب", "مدينة القريتين الواقعة في ريف حمص الشرقي". News Arabic locates a small place by the wider one after it;
 * the incident is at the small place, and the wider one must not become an incident point of its own. Link words
 * come from {@code locators.tsv}. The wider place must lie around the first one, so a list ("في حلب وفي إدلب")
 * or two separate places are never joined.
 */
final class Locators {
    /** How far outside its own radius the wider place may be from the small one and still contain it. */
    private static final double SLACK_KM = 15;
    /** How far a direction from a town may reach: a governorate's width, the Syrian desert east of Homs. */
    private static final double DIRECTION_REACH_KM = 150;
    /** "North of" covers north-west to north-east: a compass word names a quarter, written loosely. */
    private static final double DIRECTION_SPREAD_DEGREES = 67.5;
    private static final Set<String> LINKS = LexiconFile.normalizedWords("locators.tsv");
    private static final Set<PlaceKind> INSIDE_A_TOWN = EnumSet.of(PlaceKind.NEIGHBOURHOOD, PlaceKind.CAMP, PlaceKind.BASE,
            PlaceKind.AIRPORT, PlaceKind.STATION, PlaceKind.FIELD, PlaceKind.CHECKPOINT, PlaceKind.HILL, PlaceKind.DAM);

    /** Damascus (SY01) and Rural Damascus (SY03), in either order or twice: one place and the governorate around it. */
    private static final java.util.regex.Pattern DAMASCUS_PAIR = java.util.regex.Pattern.compile("SY0[13]SY0[13]");

    private Locators() {}

    /** The given places (in text order) without the locators. */
    static List<Location> drop(String text, List<Location> places) {
        List<Location> out = new ArrayList<>(places.size());
        Location prev = null, locator = null;
        for (Location l : places) {
            // the next one is compared with the small place still, and with the locator just dropped: a chain of
            // locators ("قرية شركراك قرب بلدة عين عيسى شمال الرقة") or a locator's other name in brackets ("غرب مدينة
            // عين العرب (كوباني)") only says more of where the small place is
            if (prev != null && isLocator(text, prev, l) || locator != null && isLocator(text, locator, l)) {
                locator = l;
                continue;
            }
            out.add(l);
            prev = l;
            locator = null;
        }
        return out;
    }

    /**
     * "بلدة الحراك في درعا"، "قرب بلدة خان أرنبة في القنيطرة"، "حي الحجر الأسود بدمشق": a governorate's capital named right
     * after a place of its governorate, with only في or ب between, names the governorate the way news Arabic names a
     * province by its chief city, however far the place lies from the city (decision 068). Not after another capital,
     * nor when a city word says the city is meant ("في مدينة درعا").
     */
    private static boolean standsForItsGovernorate(String text, Location small, Location wide, int from, int to) {
        var capital = wide.anchor();
        // (a direction from the capital, "جنوبي حلب", is another matter: liesThatWay tells a locator from a second place)
        if (capital.capitalLevel() != 1 || wide.relation() != null || small.anchor().capitalLevel() == 1
                || small.anchor().id().equals(capital.id())) return false;
        String a = small.anchor().admin1(), b = capital.admin1();
        if (a.isEmpty() || !(a.equals(b) || DAMASCUS_PAIR.matcher(a + b).matches())) return false;
        return Tokenizer.allWordsIn(text, from, to, CAPITAL_GLUE);
    }

    /** The words a capital standing for its governorate may follow: "في" (a clitic ب needs none). */
    private static final Set<String> CAPITAL_GLUE = Set.of("في", "ب");

    /** Kinds of place that lie inside a town by nature: a quarter, a camp, a base, a station, a hill, a dam. */
    static boolean insideATown(PlaceKind k) {
        return INSIDE_A_TOWN.contains(k);
    }

    static boolean isLocator(String text, Location small, Location wide) {
        if (wide.start() < small.end()) return false;
        // "نبل والزهراء (في حلب)": a place in brackets right after another, in the same governorate, only says where
        // it lies, whatever its kind (a city in brackets stands for its province)
        // The gap between them is read once and in place: most gaps span a sentence end and need no words.
        int from = small.end(), to = wide.start();
        boolean sameAdmin1 = !small.anchor().admin1().isEmpty() && small.anchor().admin1().equals(wide.anchor().admin1());
        boolean directional = directional(wide);
        // A town after a town ("في سوق للخضار وسط مدينة أريحا": سوق is also a village) is too often a word taken
        // for a place; only what lies inside a town by nature (a quarter, a camp, a base, a station, a hill) or a
        // region's town is located this way.
        boolean locatable = insideATown(small.anchor().kind()) || EventDraft.coarse(wide) || nearby(wide);
        // none of the three ways below can hold: the words of the gap need not be read
        if (!sameAdmin1 && !directional && !locatable && wide.anchor().capitalLevel() != 1) return false;
        boolean links = onlyLinks(text, from, to);
        if (links && hasBracket(text, from, to) && sameAdmin1) return true;
        if (links && standsForItsGovernorate(text, small, wide, from, to)) return true;
        if (directional && links) return liesThatWay(small, wide);
        if (!locatable) return false;
        if (!links) return false;
        String a = small.anchor().admin1(), b = wide.anchor().admin1();
        // Two governorates in a row are a list, not a place and its locator (Damascus sits inside Rural Damascus).
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b) && !DAMASCUS_PAIR.matcher(a + b).matches()) return false;
        // A region told in a wider area of its governorate ("سهل الغاب في ريف حماة الشمالي الغربي"): news Arabic goes
        // from the named region to the area around it, and a plain is as wide as a countryside quarter, so size says
        // nothing here.
        if (EventDraft.coarse(small) && EventDraft.coarse(wide) && !a.isEmpty() && a.equals(b)) return true;
        // A landmark or a countryside reaches as far as its relation says; a named place as far as its own size.
        boolean relational = nearby(wide) || EventDraft.coarse(wide) && wide.relation() != null;
        double wideKm = relational ? wide.precisionKm() : wide.anchor().precisionKm();
        boolean around = Geodesy.km(small.lat(), small.lon(), wide.lat(), wide.lon()) <= wideKm + SLACK_KM;
        boolean wider = nearby(wide) || wideKm > small.anchor().precisionKm();
        return around && wider;
    }

    /**
     * "بلدة تل رفعت شمالي حلب", "حقل الشاعر شرق حمص", "حريتان على بعد 10 كم شمال حلب": a named place followed by a
     * direction from another place is located by it, however far the direction reaches (a gas field "east of Homs"
     * lies 100 km out in Homs's desert). It is that place's locator when the first place lies on that side of it;
     * a place on the other side is a second place ("قصف الباب شرقي حلب" is a locator, "قصف عندان جنوبي حلب" two places
     * only when عندان were south of Aleppo, which it is not).
     */
    private static boolean liesThatWay(Location small, Location wide) {
        var anchor = wide.anchor();
        double km = Geodesy.km(anchor.lat(), anchor.lon(), small.lat(), small.lon());
        if (km > DIRECTION_REACH_KM) return false;
        if (km <= anchor.precisionKm() + SLACK_KM) return true; // too close to its anchor to tell a side
        double said = Geodesy.bearing(anchor.lat(), anchor.lon(), wide.lat(), wide.lon());
        double seen = Geodesy.bearing(anchor.lat(), anchor.lon(), small.lat(), small.lon());
        double off = Math.abs(((seen - said) % 360 + 540) % 360 - 180);
        return off <= DIRECTION_SPREAD_DEGREES;
    }

    private static boolean directional(Location wide) {
        String r = wide.relation();
        return r != null && (r.endsWith(" of") || r.startsWith("offset "));
    }

    /**
     * "معسكر الكرين قرب مدينة الطبقة", "القريتين (20 كم عن صدد)": a place told by its distance to another, or as
     * near it, right after a place, is that place's landmark.
     */
    private static boolean nearby(Location wide) {
        String r = wide.relation();
        return r != null && (r.equals("near") || r.startsWith("within "));
    }

    /**
     * Whether text[from, to) holds an opening bracket: looked for in the gap alone, not from the gap to the next bracket of
     * the report (for every pair of places of a report without one, that was its whole rest).
     */
    private static boolean hasBracket(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '(') return true;
        return false;
    }

    /** Whether text[from, to) holds only linking words (no line or sentence end). */
    private static boolean onlyLinks(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n' || text.charAt(i) == '.') return false;
        return Tokenizer.allWordsIn(text, from, to, LINKS);
    }
}
