package org.clashmap.gazetteer;

import org.clashmap.geodesy.Geodesy;

import org.clashmap.text.ArabicNormalizer;
import org.clashmap.text.NormalizedText;
import org.clashmap.text.Token;
import org.clashmap.text.Tokenizer;

import java.util.List;
import java.util.Locale;

/**
 * Reads what stands before a resolved name and turns it into a position: "60 كم شمال شرق تدمر"
 * (stated distance and direction: sharp), "شرق مدينة الرستن" (direction only: offset and radius
 * grow with the anchor's size), "على بعد 17 كيلومتراً عن السخنة" (distance, no direction: a ring,
 * given as the anchor with the distance as radius), "أطراف/محيط/قرب X" (the anchor, wider) and
 * "بين X وY" (the midpoint, radius half the distance). Words come from directions.tsv, units.tsv
 * and vicinity.tsv.
 */
final class RelativePositions {
    /** Direction without a distance: offset at least this far, radius at least this wide (km). */
    static final double MIN_DIRECTION_OFFSET_KM = 7, MIN_DIRECTION_RADIUS_KM = 10;
    /** How far a town's countryside ("ريف مدينة الباب") reaches beyond the town, about a sub-district's size. */
    static final double COUNTRYSIDE_KM = 25;

    private final Lexicons lex;
    private final List<Token> tokens;
    private final NormalizedText nt;

    RelativePositions(Lexicons lex, List<Token> tokens, NormalizedText nt) {
        this.lex = lex;
        this.tokens = tokens;
        this.nt = nt;
    }

    Location locate(Resolution.M m, Resolution.M next, double confidence, List<Candidate> alternatives) {
        Place a = m.bestPlace();
        int end = nt.originalEnd(m.normEnd);
        int j = m.tok - 1;
        if (j >= 0 && j == m.triggerTok) j--;

        // بين X وY
        if (j >= 0 && is(j, "بين") && next != null && next.tok == lastTok(m) + 1
                && next.normStart > tokens.get(next.tok).normStart() && tokens.get(next.tok).text().charAt(0) == 'و') {
            int start = tokens.get(j).start(), e = nt.originalEnd(next.normEnd);
            return Location.between(start, e, nt.original().substring(start, e), a, next.bestPlace(), confidence, alternatives);
        }
        // "في الريف الغربي لمدينة الرقة", "في ريف مدينة الباب": the town's countryside, not the town
        Location countryside = countryside(m, j, a, end, confidence, alternatives);
        if (countryside != null) return countryside;
        // [N unit] direction [trigger] X
        if (j >= 0) {
            int dirStart = -1;
            Double bearing = null;
            if (j >= 1) {
                bearing = lex.directions.get(stem(j - 1) + " " + stem(j));
                if (bearing != null) dirStart = j - 1;
            }
            if (bearing == null) {
                bearing = lex.directions.get(stem(j));
                if (bearing != null) dirStart = j;
            }
            if (bearing != null) {
                Double km = distanceBefore(dirStart);
                int start = tokens.get(km != null ? withDistanceLead(dirStart - 2) : dirStart).start();
                if (km != null) {
                    double[] p = Geodesy.offset(a.lat(), a.lon(), bearing, km);
                    double radius = a.precisionKm() + Math.max(2, 0.15 * km);
                    return loc(start, end, a, "offset " + wholeKm(km) + "km " + compass(bearing),
                            p[0], p[1], radius, confidence, alternatives);
                }
                boolean small = a.kind() == PlaceKind.NEIGHBOURHOOD || a.kind() == PlaceKind.CAMP;
                // "غرب مخيم اليرموك" is the western part of a camp; "شرق مدينة الرستن" the country east of a town.
                double offset = small ? a.precisionKm() : Math.max(MIN_DIRECTION_OFFSET_KM, a.precisionKm() * 0.6);
                double radius = small ? 2 * a.precisionKm() : Math.max(MIN_DIRECTION_RADIUS_KM, a.precisionKm() * 0.5 + 5);
                double[] p = Geodesy.offset(a.lat(), a.lon(), bearing, offset);
                return loc(start, end, a, compass(bearing) + " of", p[0], p[1], radius, confidence, alternatives);
            }
            // على بعد N كم عن X
            if (is(j, "عن") || is(j, "من")) {
                for (int k = j - 1; k >= Math.max(1, j - 4); k--) {
                    Double unit = lex.unitsKm.get(stem(k));
                    Double n = unit == null ? null : number(k - 1);
                    if (n != null) {
                        double km = n * unit;
                        return loc(tokens.get(withDistanceLead(k - 1)).start(), end, a, "within " + wholeKm(km) + "km",
                                a.lat(), a.lon(), a.precisionKm() + km, confidence, alternatives);
                    }
                }
                if (is(j, "من") && j >= 1) j--; // بالقرب من X
            }
            Lexicons.Vicinity v = vicinityOf(j);
            if (v != null) {
                return loc(tokens.get(j).start(), end, a, v.relation(), a.lat(), a.lon(), a.precisionKm() + v.extraKm(),
                        confidence, alternatives);
            }
        }
        return loc(nt.originalStart(m.normStart), end, a, null, a.lat(), a.lon(), a.precisionKm(), confidence, alternatives);
    }

    /**
     * "ريف مدينة X" or "الريف الغربي لمدينة X" / "الريف الجنوبي الشرقي لX": the country around a town (in one
     * direction when one is given), reaching about {@link #COUNTRYSIDE_KM} beyond it. The town itself is not where
     * anything happened; the extractor treats the countryside like a region (coarse).
     */
    private Location countryside(Resolution.M m, int j, Place a, int end, double confidence, List<Candidate> alternatives) {
        if (a.kind() == PlaceKind.GOVERNORATE || a.kind() == PlaceKind.REGION) return null;
        // "ريف جسر الشغور": ريف is itself the word before the name (a feature word of triggers.tsv, so j is already
        // before it): the town's countryside all round
        int before = m.tok - 1;
        if (before >= 0 && before == m.triggerTok && Tokenizer.peelings(tokens.get(before).text()).contains("ريف")) {
            return loc(tokens.get(before).start(), end, a, "countryside", a.lat(), a.lon(), a.precisionKm() + COUNTRYSIDE_KM,
                    confidence, alternatives);
        }
        if (j < 0) return null;
        int named = m.triggerTok >= 0 && m.triggerTok == m.tok - 1 ? m.triggerTok : m.tok;
        String namedWord = tokens.get(named).text();
        // the clitic ل of "لمدينة الرقة" / "لحماة" (a name spelt with ل itself has no prefix)
        boolean lam = named == m.tok ? m.prefix.contains("ل") : namedWord.startsWith("ل") || namedWord.startsWith("ول");
        Double bearing = null;
        int k = j;
        if (k >= 1) bearing = lex.directions.get(adjective(k - 1) + " " + adjective(k));
        if (bearing != null) k -= 2;
        else if ((bearing = lex.directions.get(adjective(k))) != null) k -= 1;
        if (k < 0 || !Tokenizer.peelings(tokens.get(k).text()).contains("ريف")) return null;
        if (bearing != null && !lam) return null;
        if (bearing == null && k != j) return null;
        double radius = a.precisionKm() + COUNTRYSIDE_KM;
        if (bearing == null) {
            return loc(tokens.get(k).start(), end, a, "countryside", a.lat(), a.lon(), radius, confidence, alternatives);
        }
        // the quarter's villages begin at the town's edge and reach a countryside's width out: its middle is halfway
        double[] p = Geodesy.offset(a.lat(), a.lon(), bearing, a.precisionKm() + COUNTRYSIDE_KM / 2);
        return loc(tokens.get(k).start(), end, a, compass(bearing) + " countryside", p[0], p[1], radius, confidence, alternatives);
    }

    /** "الغربي" → "غربي": a direction adjective without its article, as directions.tsv lists it. */
    private String adjective(int t) {
        String s = stem(t);
        return s.startsWith("ال") && s.length() > 4 ? s.substring(2) : s;
    }

    private Location loc(int start, int end, Place a, String relation, double lat, double lon, double km,
                         double confidence, List<Candidate> alternatives) {
        return new Location(start, end, nt.original().substring(start, end), a, relation, lat, lon, km, confidence, alternatives);
    }

    private int lastTok(Resolution.M m) {
        return Resolution.lastTok(tokens, m);
    }

    /**
     * "على بعد 10 كم شمال حلب": the words that lead a distance belong to the relation, so that nothing but the relation
     * stands between a place and the town that locates it ("حريتان على بعد 10 كم شمال حلب").
     */
    private static final String ON = ArabicNormalizer.normalize("على");

    private int withDistanceLead(int number) {
        int t = number;
        if (t >= 1 && stem(t - 1).equals("بعد")) {
            t--;
            if (t >= 1 && stem(t - 1).equals(ON)) t--;
        }
        return t;
    }

    private Double distanceBefore(int dirStart) {
        if (dirStart < 2) return null;
        Double unit = lex.unitsKm.get(stem(dirStart - 1));
        Double n = unit == null ? null : number(dirStart - 2);
        return n == null ? null : n * unit;
    }

    private Double number(int t) {
        if (t < 0) return null;
        String s = tokens.get(t).text();
        if (!s.chars().allMatch(Character::isDigit)) return null;
        return Double.parseDouble(s);
    }

    private Lexicons.Vicinity vicinityOf(int t) {
        if (t < 0) return null;
        for (String f : Tokenizer.peelings(tokens.get(t).text())) {
            Lexicons.Vicinity v = lex.vicinity.get(f);
            if (v != null) return v;
        }
        return null;
    }

    private boolean is(int t, String word) {
        return tokens.get(t).text().equals(word);
    }

    /** The token without a leading conjunction (وشرق → شرق), as direction and unit words are listed. */
    private String stem(int t) {
        String s = tokens.get(t).text();
        return s.length() > 3 && Tokenizer.isConjunction(s.charAt(0)) && !lex.directions.containsKey(s) ? s.substring(1) : s;
    }

    /**
     * A distance in km as {@code String.format(Locale.ROOT, "%.0f", km)} writes it. The text's distances are whole
     * numbers ("على بعد 10 كم"), written here without the Formatter, whose parsing and rounding were a hundredth of the
     * whole extraction at the quick JIT tier; any other value still goes through it.
     */
    static String wholeKm(double km) {
        if (km >= 1 && km < 1e15 && km == Math.rint(km)) return Long.toString((long) km);
        return String.format(Locale.ROOT, "%.0f", km);
    }

    static String compass(double bearing) {
        String[] names = {"north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"};
        return names[(int) Math.round(((bearing % 360) + 360) % 360 / 45) % 8];
    }
}
