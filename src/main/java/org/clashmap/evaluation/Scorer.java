package org.clashmap.evaluation;

import org.clashmap.geodesy.Geodesy;

import com.fasterxml.jackson.databind.JsonNode;
import org.clashmap.gazetteer.PlaceKind;
import org.clashmap.text.ArabicNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches extracted points to gold rows article by article and counts what score.py counts, plus
 * the kind of every error. Feed it each article's GeoJSON features (as {@code extract} prints them)
 * or the reason it could not be extracted, then take the {@link Score}.
 *
 * <p>Every measure follows score.py line for line (same sphere, same {@code <=} at the tolerance,
 * same "any point near the row" rule), because the point of {@code clashmap eval} is to print the
 * figures score.py prints; when the two disagree, this class is wrong.
 */
public final class Scorer {
    /** Places too coarse to be where an incident happened when the report also names the village. */
    private static final Set<PlaceKind> COARSE = EnumSet.of(PlaceKind.COUNTRY, PlaceKind.GOVERNORATE,
            PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT, PlaceKind.REGION); // the countrysides (ريف ...) are REGIONs

    private final Function<String, PlaceKind> kindOfPlace;
    private int must, hit, points, pointsNearGold, datesNear, datesInRange, typesRight, fatalityRows, fatalitiesRight;
    private final Map<ErrorKind, Integer> kinds = new EnumMap<>(ErrorKind.class);
    private final List<String> details = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    /** @param kindOfPlace the kind of a gazetteer place id (the features' {@code place_id}), null when unknown */
    public Scorer(Function<String, PlaceKind> kindOfPlace) {
        this.kindOfPlace = kindOfPlace;
    }

    /** An extracted point: a feature's coordinates and the properties {@code extract} printed with it. */
    record Point(double lat, double lon, JsonNode props) {
        String text(String field) {
            JsonNode v = props.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    /** Scores one article; {@code features} are GeoJSON features, those without geometry are ignored (as score.py does). */
    public void add(Gold.Article article, Iterable<JsonNode> features) {
        List<Point> pts = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode c = f.path("geometry").path("coordinates");
            if (!c.isArray()) continue;
            pts.add(new Point(c.path(1).asDouble(), c.path(0).asDouble(), f.path("properties")));
        }
        String file = article.file();
        for (Gold.Row row : article.rows()) {
            if (!row.must()) continue;
            must++;
            List<Point> near = pts.stream().filter(p -> near(row, p)).toList();
            if (near.isEmpty()) {
                note(ErrorKind.MISSED, "missed " + file + " " + row.id() + " " + row.placeAr());
                continue;
            }
            hit++;
            matched(file, row, near);
        }
        for (Point p : pts) {
            points++;
            if (article.rows().stream().anyMatch(r -> r.excusesPoints() && near(r, p))) {
                pointsNearGold++;
                continue;
            }
            spurious(article, pts, p);
        }
    }

    /** An article whose report could not be read or extracted: its must rows stay unmatched, as in score.py. */
    public void error(Gold.Article article, String reason) {
        errors.add(article.file() + ": " + reason);
        add(article, List.of());
    }

    public Score score() {
        return new Score(must, hit, points, pointsNearGold, datesNear, datesInRange, typesRight, fatalityRows,
                fatalitiesRight, kinds, details, errors);
    }

    private void matched(String file, Gold.Row row, List<Point> near) {
        String what = file + " " + row.id() + " " + row.placeAr();
        if (near.stream().anyMatch(p -> dateNear(row, p))) datesNear++;
        if (near.stream().anyMatch(p -> dateInRange(row, p))) datesInRange++;
        else note(ErrorKind.DATE_OUTSIDE_RANGE, "date outside range " + what + ": gold " + row.dateFrom() + ".." + row.dateTo()
                + ", extracted " + list(near, p -> p.text("date_from") + ".." + p.text("date_to")));
        if (near.stream().anyMatch(p -> coarseTypes(p).contains(row.type()))) typesRight++;
        else note(ErrorKind.WRONG_TYPE, "wrong type " + what + ": gold " + row.type() + ", extracted "
                + list(near, p -> p.text("event_type") + "/" + p.text("sub_event_type")));
        Double gold = row.fatalities();
        if (gold != null) {
            fatalityRows++;
            if (near.stream().anyMatch(p -> dead(p) != null && dead(p).doubleValue() == gold)) {
                fatalitiesRight++;
                return;
            }
            ErrorKind k = near.stream().anyMatch(p -> dead(p) != null) ? ErrorKind.FATALITIES_WRONG
                    : gold == 0 ? ErrorKind.FATALITIES_ZERO_VS_NULL : ErrorKind.FATALITIES_MISSING;
            note(k, k.label + " " + what + ": gold " + gold.intValue() + ", extracted " + list(near, p -> String.valueOf(dead(p))));
        } else if (near.stream().noneMatch(p -> dead(p) == null) && near.stream().anyMatch(p -> dead(p).doubleValue() == 0)) {
            // The text gives no toll, the extractor says nobody died: not in score.py's figure (it
            // scores only rows with a gold number) but the same confusion seen from the other side.
            note(ErrorKind.FATALITIES_ZERO_VS_NULL, "fatalities zero vs null " + what + ": gold none, extracted 0");
        }
    }

    /** Gives a spurious point its one kind: the first of region, homonym, not an incident that applies. */
    private void spurious(Gold.Article article, List<Point> pts, Point p) {
        String line = String.format(Locale.ROOT, "%s %.3f,%.3f %s %s", article.file(), p.lat(), p.lon(),
                p.text("place_ar"), head(p.text("sentence")));
        String why = regionBesideVillage(article, pts, p);
        ErrorKind kind = ErrorKind.REGION_BESIDE_VILLAGE;
        if (why == null) {
            why = homonym(article, p);
            kind = ErrorKind.WRONG_HOMONYM;
        }
        if (why == null) kind = ErrorKind.NOT_AN_INCIDENT;
        note(kind, "spurious [" + kind.label + "] " + line + (why == null ? "" : " (" + why + ")"));
    }

    private String regionBesideVillage(Gold.Article article, List<Point> pts, Point p) {
        if (!COARSE.contains(kind(p))) return null;
        String event = p.text("event_id");
        for (Point q : pts) {
            PlaceKind k = kind(q);
            if (q != p && event != null && event.equals(q.text("event_id")) && k != null && !COARSE.contains(k)) {
                return "event also at " + q.text("place_ar");
            }
        }
        // "Contains" a gold place: the row lies within the radius the gazetteer gives the region.
        double radius = p.props().path("geo_precision_km").asDouble(0);
        for (Gold.Row r : article.rows()) {
            if (km(r.lat(), r.lon(), p.lat(), p.lon()) <= radius) return "covers gold " + r.id() + " " + r.placeAr();
        }
        return null;
    }

    private static String homonym(Gold.Article article, Point p) {
        List<String> name = words(p.text("place_ar"));
        if (name.isEmpty()) return null;
        for (Gold.Row r : article.rows()) {
            List<String> gold = goldHead(r.placeAr());
            // Gold names are written as in the text ("بلدة اليادودة"), the point's as in the
            // gazetteer ("اليادودة"): either may contain the other, as whole words.
            if (containsWords(gold, name) || containsWords(name, gold)) {
                return String.format(Locale.ROOT, "gold %s %s is %.0f km away", r.id(), r.placeAr(), km(r.lat(), r.lon(), p.lat(), p.lon()));
            }
        }
        return null;
    }

    /** Words that start the context of a gold name: "مدينة الباب في محافظة حلب" names al-Bab, not Aleppo. */
    private static final Set<String> CONTEXT = Set.of("في", "قرب", "بالقرب", "شرق", "شرقي", "غرب", "غربي",
            "شمال", "شمالي", "جنوب", "جنوبي", "بريف");

    /** The gold place words up to their context (a clause after "في", a direction, a parenthesis); "/" separates alternatives. */
    static List<String> goldHead(String placeAr) {
        List<String> w = words(placeAr == null ? "" : placeAr.replaceAll("\\(.*", ""));
        for (int i = 1; i < w.size(); i++) if (CONTEXT.contains(w.get(i))) return w.subList(0, i);
        return w;
    }

    private static List<String> words(String s) {
        String n = ArabicNormalizer.normalize(s == null ? "" : s).replace("/", " / ").trim();
        return n.isEmpty() ? List.of() : List.of(n.split("\\s+"));
    }

    /** {@code part} occurs in {@code whole} as consecutive words; a word of {@code whole} may carry a one-letter proclitic (و ب ل ف). */
    static boolean containsWords(List<String> whole, List<String> part) {
        if (part.isEmpty()) return false;
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            int j = 0;
            while (j < part.size() && sameWord(whole.get(i + j), part.get(j))) j++;
            if (j == part.size()) return true;
        }
        return false;
    }

    private static boolean sameWord(String written, String name) {
        return written.equals(name) || written.length() == name.length() + 1 && "وبلف".indexOf(written.charAt(0)) >= 0 && written.endsWith(name);
    }

    private PlaceKind kind(Point p) {
        String id = p.text("place_id");
        return id == null ? null : kindOfPlace.apply(id);
    }

    private void note(ErrorKind kind, String detail) {
        kinds.merge(kind, 1, Integer::sum);
        details.add("  " + detail);
    }

    static boolean near(Gold.Row row, Point p) {
        return km(row.lat(), row.lon(), p.lat(), p.lon()) <= row.tolKm();
    }

    /** score.py's hav(): great circle on a 6371 km sphere (not the WGS84 geodesic), so tolerance edges agree. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        return Geodesy.haversineKm(lat1, lon1, lat2, lon2);
    }

    /** score.py's coarse(): ACLED event and sub-event type words mapped to the gold's four types. */
    static Set<String> coarseTypes(Point p) {
        String t = (orEmpty(p.text("event_type")) + " " + orEmpty(p.text("sub_event_type"))).toLowerCase(Locale.ROOT);
        Set<String> out = new java.util.HashSet<>();
        if (t.contains("battle") || t.contains("clash")) out.add("battle");
        if (t.contains("territory") || t.contains("strategic")) out.add("strategic");
        if (t.contains("remote") || t.contains("explosion") || t.contains("strike") || t.contains("shelling") || t.contains("mine")) out.add("remote");
        if (t.contains("civilian")) out.add("civilians");
        return out;
    }

    /** score.py's date_ok(): the extracted range overlaps the gold range widened by a day each side. */
    static boolean dateNear(Gold.Row row, Point p) {
        if (row.dateFrom() == null) return p.text("date_from") == null; // undated must stay undated
        LocalDate f = day(p.text("date_from")), t = day(to(p));
        if (f == null) return false;
        return !f.isAfter(day(row.dateTo()).plusDays(1)) && !t.isBefore(day(row.dateFrom()).minusDays(1));
    }

    /** score.py's date_exact(): the extracted range lies inside the gold range. */
    static boolean dateInRange(Gold.Row row, Point p) {
        if (row.dateFrom() == null) return p.text("date_from") == null;
        LocalDate f = day(p.text("date_from")), t = day(to(p));
        if (f == null) return false;
        LocalDate g0 = day(row.dateFrom()), g1 = day(row.dateTo());
        return !f.isBefore(g0) && !f.isAfter(g1) && !t.isBefore(g0) && !t.isAfter(g1);
    }

    private static String to(Point p) {
        String t = p.text("date_to");
        return t == null || t.isEmpty() ? p.text("date_from") : t; // Python: date_to or date_from
    }

    private static LocalDate day(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s.substring(0, 10));
    }

    private static Number dead(Point p) {
        JsonNode v = p.props().get("fatalities");
        return v == null || !v.isNumber() ? null : v.numberValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String head(String sentence) {
        if (sentence == null) return "";
        return sentence.codePointCount(0, sentence.length()) <= 60 ? sentence : sentence.substring(0, sentence.offsetByCodePoints(0, 60));
    }

    private static String list(List<Point> near, Function<Point, String> f) {
        return String.join(" | ", near.stream().map(f).distinct().toList());
    }
}
