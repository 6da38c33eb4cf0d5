package org.clashmap.extract;

import org.clashmap.gazetteer.Location;
import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.Token;
import org.clashmap.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Towns that only name a road: "على طريق حلب دمشق الدولي قرب معرة النعمان" names Aleppo and Damascus as the ends of the
 * M5, not as places of the ambush. News Arabic names a road by the towns it joins, so a town right after a road word
 * ({@code roads.tsv}: طريق، أوتوستراد), or right after another such town, is a road's name. When the incident has a
 * place of its own, the road's towns are dropped; when the road is all the text gives, they stay (the incident is
 * somewhere along it, and no other place says where). A road joined to a list by و ("وطريق رخم - الكرك") is one of the
 * places told, not a name; a street or roundabout named after a town ("وشارع تل أبيض في مدينة الرقة") always names.
 */
final class RoadNames {
    /** How far back from a town a road word is looked for: the road word, a qualifier and a dash. */
    private static final int LOOKBACK_CHARS = 40;
    private static final Set<String> ROADS = new HashSet<>();
    /** Streets and roundabouts named after a town: inside another town, so named even in a list joined by و. */
    private static final Set<String> STREETS = new HashSet<>();
    private static final Set<String> QUALIFIERS = new HashSet<>();
    /** "الواصل بين مدينتي": the words of a road told by a relative clause, before its first town. */
    private static final Set<String> BETWEEN = new HashSet<>();
    /** A road word, a qualifier and the relative clause's words: the most words skipped back to the road word. */
    private static final int MAX_SKIPPED = 4;

    static {
        for (String[] r : LexiconFile.rows("roads.tsv")) {
            String w = ArabicNormalizer.normalize(r[0]);
            switch (r[1]) {
                case "qualifier" -> QUALIFIERS.add(w);
                case "between" -> BETWEEN.add(w);
                case "street" -> {
                    STREETS.add(w);
                    ROADS.add(w);
                }
                default -> ROADS.add(w);
            }
        }
    }

    private RoadNames() {}

    /** The places (in text order) that name a road. */
    static Set<Location> in(String text, List<Location> places) {
        // by identity: two mentions of one town are equal records, and only the one after the road word names it
        Set<Location> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Location prev = null;
        for (Location l : places) {
            // "حلب دمشق": the second end of the road; not "دمشق قرب النبك", a place told by its relation to another
            // "بين مدينتي إدلب وأريحا": so is the town joined by و to a first one told after "بين"
            boolean afterRoadTown = prev != null && out.contains(prev) && l.relation() == null
                    && onlySeparators(text, prev.end(), l.start(), afterBetween(text, prev.start()));
            String roadWord = afterRoadTown ? null : roadWordBefore(text, l.start());
            // "شارع العدوي": a street named after a quarter lies in that quarter
            boolean quarter = roadWord != null && l.anchor().kind() == org.clashmap.gazetteer.PlaceKind.NEIGHBOURHOOD && isStreet(roadWord);
            if (afterRoadTown || roadWord != null && namesARoad(roadWord) && !quarter) out.add(l);
            prev = l;
        }
        return out;
    }

    /**
     * The places without the road towns, when some place is not one. When the road is all the text gives, the incident
     * is somewhere along it: a road told by its two towns ("على طريق الحسكة - الشدادي") is one place between them, not
     * two points at its ends 60 km apart.
     */
    static List<Location> dropWhereOthers(String text, List<Location> places, Set<Location> roadTowns) {
        if (roadTowns.isEmpty()) return places;
        List<Location> rest = new ArrayList<>(places);
        rest.removeAll(roadTowns);
        return rest.isEmpty() ? alongTheRoads(text, places) : rest;
    }

    /** Each road town followed by the road's second town (only separators between) becomes one place between them. */
    private static List<Location> alongTheRoads(String text, List<Location> roadTowns) {
        List<Location> out = new ArrayList<>();
        for (int i = 0; i < roadTowns.size(); i++) {
            Location a = roadTowns.get(i), b = i + 1 < roadTowns.size() ? roadTowns.get(i + 1) : null;
            if (b != null && a.relation() == null && b.relation() == null && onlySeparators(text, a.end(), b.start(), false)
                    && !a.anchor().id().equals(b.anchor().id())) {
                out.add(Location.between(a.start(), b.end(), text.substring(a.start(), b.end()), a.anchor(), b.anchor(),
                        Math.min(a.confidence(), b.confidence()), List.of()));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** The word a road's name would start with, skipping qualifiers and a relative clause's words, or null. */
    private static String roadWordBefore(String text, int start) {
        List<Token> before = Tokenizer.tokenize(text.substring(Math.max(0, start - LOOKBACK_CHARS), start));
        int k = before.size() - 1;
        for (int skipped = 0; k >= 0 && skipped < MAX_SKIPPED && (isQualifier(before.get(k).text()) || isBetween(before.get(k).text())); skipped++) k--;
        return k < 0 ? null : before.get(k).text();
    }

    /** The word before a town makes it a road's name. */
    private static boolean namesARoad(String word) {
        if (isStreet(word)) return true;
        // "على أطراف بصرى الشام وطريق رخم - الكرك": a road joined to a list of places by و is one of the places told
        return !(word.length() > 1 && Tokenizer.isConjunction(word.charAt(0)) && isRoad(word.substring(1))) && isRoad(word);
    }

    private static boolean isStreet(String word) {
        for (String w : Tokenizer.peelings(word)) if (STREETS.contains(w)) return true;
        return false;
    }

    private static boolean isRoad(String word) {
        // peelings offer the word without و/ف, ب/ل and the article: بطريق، والطريق، الأوتوستراد
        for (String w : Tokenizer.peelings(word)) if (ROADS.contains(w)) return true;
        return false;
    }

    private static boolean isBetween(String word) {
        return BETWEEN.contains(ArabicNormalizer.normalize(word));
    }

    /** The town at {@code start} follows "بين" (with "مدينتي" and the like between): the first of a road's two towns. */
    private static boolean afterBetween(String text, int start) {
        List<Token> before = Tokenizer.tokenize(text.substring(Math.max(0, start - LOOKBACK_CHARS), start));
        for (int k = before.size() - 1; k >= 0 && isBetween(before.get(k).text()); k--) {
            if (ArabicNormalizer.normalize(before.get(k).text()).equals("بين")) return true;
        }
        return false;
    }

    private static boolean isQualifier(String word) {
        return QUALIFIERS.contains(ArabicNormalizer.normalize(word));
    }

    /**
     * "حلب دمشق", "حلب - دمشق", "حلب ـ دمشق": nothing but spaces and dashes between two towns; after "بين" also the
     * conjunction و, once ("بين مدينتي إدلب وأريحا").
     */
    private static boolean onlySeparators(String text, int from, int to, boolean andAllowed) {
        if (to < from || to - from > 5) return false;
        int waws = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (andAllowed && c == 'و' && ++waws == 1) continue;
            if (!Character.isWhitespace(c) && c != '-' && c != 'ـ' && c != '–' && c != '—') return false;
        }
        return true;
    }
}
