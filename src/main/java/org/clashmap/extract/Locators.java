package org.clashmap.extract;

import org.clashmap.geodesy.Geodesy;
import org.clashmap.gazetteer.Location;
import org.clashmap.gazetteer.PlaceKind;
import org.clashmap.text.Token;
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
    private static final Set<String> LINKS = LexiconFile.normalizedWords("locators.tsv");
    private static final Set<PlaceKind> INSIDE_A_TOWN = EnumSet.of(PlaceKind.NEIGHBOURHOOD, PlaceKind.CAMP, PlaceKind.BASE,
            PlaceKind.AIRPORT, PlaceKind.STATION, PlaceKind.FIELD, PlaceKind.CHECKPOINT, PlaceKind.HILL, PlaceKind.DAM);

    private Locators() {}

    /** The given places (in text order) without the locators. */
    static List<Location> drop(String text, List<Location> places) {
        List<Location> out = new ArrayList<>(places.size());
        Location prev = null;
        for (Location l : places) {
            if (prev != null && isLocator(text, prev, l)) continue; // the next one is compared with the small place still
            out.add(l);
            prev = l;
        }
        return out;
    }

    /** Kinds of place that lie inside a town by nature: a quarter, a camp, a base, a station, a hill, a dam. */
    static boolean insideATown(PlaceKind k) {
        return INSIDE_A_TOWN.contains(k);
    }

    static boolean isLocator(String text, Location small, Location wide) {
        if (wide.start() < small.end()) return false;
        // "نبل والزهراء (في حلب)": a place in brackets right after another, in the same governorate, only says where
        // it lies, whatever its kind (a city in brackets stands for its province)
        String gap = text.substring(small.end(), wide.start());
        if (gap.indexOf('(') >= 0 && onlyLinks(gap) && !small.anchor().admin1().isEmpty()
                && small.anchor().admin1().equals(wide.anchor().admin1())) return true;
        // A town after a town ("في سوق للخضار وسط مدينة أريحا": سوق is also a village) is too often a word taken
        // for a place; only what lies inside a town by nature (a quarter, a camp, a base, a station, a hill) or a
        // region's town is located this way.
        if (!insideATown(small.anchor().kind()) && !EventDraft.coarse(wide) && !nearby(wide)) return false;
        if (!onlyLinks(text.substring(small.end(), wide.start()))) return false;
        String a = small.anchor().admin1(), b = wide.anchor().admin1();
        // Two governorates in a row are a list, not a place and its locator (Damascus sits inside Rural Damascus).
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b) && !(a + b).matches("SY0[13]SY0[13]")) return false;
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
     * "معسكر الكرين قرب مدينة الطبقة", "القريتين (20 كم عن صدد)": a place told by its distance to another, or as
     * near it, right after a place, is that place's landmark.
     */
    private static boolean nearby(Location wide) {
        String r = wide.relation();
        return r != null && (r.equals("near") || r.startsWith("within "));
    }

    private static boolean onlyLinks(String gap) {
        if (gap.indexOf('\n') >= 0 || gap.indexOf('.') >= 0) return false;
        for (Token t : Tokenizer.tokenize(gap)) if (!LINKS.contains(t.text())) return false;
        return true;
    }
}
