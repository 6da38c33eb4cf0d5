package org.clashmap.incidents;

import org.clashmap.extract.EventPlace;
import org.clashmap.geodesy.Geodesy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a new mention describes an incident already stored (decision 021). A mention joins
 * an incident when it is compatible with <em>every</em> mention of it (complete linkage, so a
 * three-week campaign reported day by day does not chain into one incident), and none of them comes
 * from its own report. Two mentions are compatible when
 * <ul>
 *   <li>their coarse types are the same or a compatible pair ({@link LinkRules#typesCompatible});</li>
 *   <li>their date ranges overlap ({@code date_gap_days}; {@code update_date_gap_days} when either
 *       sentence says it updates a toll), and the incident would not span more than
 *       {@code max_incident_days};</li>
 *   <li>their first actors are on one side ({@link LinkRules#side}: allies are one side) or one of
 *       them names none; a battle's sides may come in either order;</li>
 *   <li>their tolls do not contradict: one that says nobody died (0) and one that counts dead are two
 *       incidents, unless a sentence says it updates a toll;</li>
 * </ul>
 * and every mention of the incident has a place near one of the new mention's (complete linkage on places
 * too: a mention naming a village and the city it lies by must not bring a strike on another suburb of that city
 * into the village's incident): within the
 * coarser of the two places' radius plus {@code place_slack_km}, using places no coarser than
 * {@code max_place_precision_km}. Among the incidents that qualify the best scored wins: closer
 * places, same type, same actors and an update cue score higher; ties go to the incident of more reports, then to the
 * older one.
 */
public final class IncidentLinker {
    private final LinkRules rules;
    /**
     * Each sentence's update cue ("" for none), found once: a stored mention is compared with every new one
     * near it, and normalising its sentence for each comparison was a fifth of linking (decision 034).
     */
    private final Map<String, String> cues = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CUES_KEPT = 50_000;

    public IncidentLinker(LinkRules rules) {
        this.rules = rules;
    }

    public IncidentLinker() {
        this(LinkRules.defaults());
    }

    public LinkRules rules() {
        return rules;
    }

    /** Where the mention goes: an incident and why, or null for an incident of its own. */
    public record Link(long incident, double score, String reason) {}

    /** The best incident among {@code incidents} (id → its mentions) for the new mention, or null. */
    public Link link(EventMention m, Map<Long, List<EventMention>> incidents) {
        if (!m.date().isKnown() || precise(m).isEmpty() || roundUp(m)) return null;
        String cue = cue(m);
        Scored best = null;
        long bestReports = 0;
        for (Map.Entry<Long, List<EventMention>> e : incidents.entrySet()) {
            Scored l = score(m, cue, e.getKey(), e.getValue());
            if (l == null) continue;
            // On a tie, the incident more reports agree on (one report's two mentions of a capture can each start an
            // incident; the next outlet's goes where most outlets are), then the older.
            long reports = e.getValue().stream().mapToLong(EventMention::reportId).distinct().count();
            if (best == null || l.score() > best.score()
                    || l.score() == best.score() && (reports > bestReports || reports == bestReports && l.incident() < best.incident())) {
                best = l;
                bestReports = reports;
            }
        }
        return best == null ? null : best.link();
    }

    /** An incident that qualifies, with what its reason tells: the reason is written for the winner alone. */
    private record Scored(long incident, double score, double nearest, double limit, boolean sameType, boolean sameActors, String cue) {
        Link link() {
            String reason = String.format(Locale.ROOT, "%.1f km apart (limit %.0f km), dates overlap%s%s%s",
                    nearest, limit, sameType ? ", same type" : ", compatible types",
                    sameActors ? ", same side" : "", cue != null ? ", update cue '" + cue + "'" : "");
            return new Link(incident, score, reason);
        }
    }

    /** @param mCue the new mention's update cue, or null */
    private Scored score(EventMention m, String mCue, long incident, List<EventMention> members) {
        LocalDate from = m.date().from(), to = m.date().to();
        boolean sameType = true, sameActors = true;
        String cue = mCue;
        double nearest = Double.MAX_VALUE, limitAtNearest = 1;
        int near = 0, count = 0;
        for (EventMention o : members) {
            if (o.eventId() == m.eventId()) continue;
            count++;
            if (o.reportId() == m.reportId() || !o.date().isKnown() || plainlyApart(m, o) || roundUp(o)) return null;
            String oCue = mCue == null ? cue(o) : null; // asked only when the new mention has none
            String why = incompatible(m, o, mCue != null || oCue != null);
            if (why != null) return null;
            sameType &= o.type() == m.type();
            sameActors &= java.util.Objects.equals(rules.side(o.actor1()), rules.side(m.actor1()));
            if (cue == null) cue = oCue;
            if (o.date().from().isBefore(from)) from = o.date().from();
            if (o.date().to().isAfter(to)) to = o.date().to();
            double[] closest = nearest(m, o);
            if (closest != null) near++;
            if (closest != null && closest[0] / closest[1] < nearest / limitAtNearest) {
                nearest = closest[0];
                limitAtNearest = closest[1];
            }
        }
        // every other mention near (complete linkage on places too), none at all: no incident to join
        if (count == 0 || near < count) return null;
        if (ChronoUnit.DAYS.between(from, to) + 1 > rules.maxIncidentDays()) return null;
        double score = 1 - nearest / limitAtNearest + (sameType ? 1 : 0) + (sameActors ? 0.5 : 0) + (cue != null ? 0.5 : 0);
        return new Scored(incident, score, nearest, limitAtNearest, sameType, sameActors, cue);
    }

    /**
     * Types that may not be one incident, or dates apart by more than either day gap: what {@link #incompatible} refuses
     * first, asked before anything costlier (most candidates of a busy window are days apart), with no reason made.
     */
    private boolean plainlyApart(EventMention a, EventMention b) {
        if (!rules.typesCompatible(a.type(), b.type())) return true;
        int gap = Math.max(rules.dateGapDays(), rules.updateDateGapDays());
        return a.date().from().isAfter(b.date().to().plusDays(gap)) || b.date().from().isAfter(a.date().to().plusDays(gap));
    }

    /** Why two mentions cannot be one incident (type, dates, actors), or null when they can. Places are not checked here. */
    public String incompatible(EventMention a, EventMention b) {
        return incompatible(a, b, cue(a.sentence()) != null || cue(b.sentence()) != null);
    }

    /** @param updateCue either sentence says it updates a toll (the larger day gap applies) */
    private String incompatible(EventMention a, EventMention b, boolean updateCue) {
        if (!rules.typesCompatible(a.type(), b.type())) return "types " + a.type() + " and " + b.type();
        if (!a.date().isKnown() || !b.date().isKnown()) return "undated";
        int gap = updateCue ? rules.updateDateGapDays() : rules.dateGapDays();
        if (a.date().from().isAfter(b.date().to().plusDays(gap)) || b.date().from().isAfter(a.date().to().plusDays(gap))) return "dates apart";
        // one says nobody died, the other counts dead: two strikes, unless one says it updates the toll
        if (!updateCue && (nobodyDied(a) && someDied(b) || nobodyDied(b) && someDied(a))) return "tolls " + a.fatalities() + " and " + b.fatalities();
        String a1 = rules.side(a.actor1()), a2 = rules.side(a.actor2()), b1 = rules.side(b.actor1()), b2 = rules.side(b.actor2());
        if (a1 == null || b1 == null || a1.equals(b1)) return null;
        // a battle's sides told the other way round, by either mention: "regime forces fought ISIS" and
        // "ISIS attacked" (one side named) or "ISIS fought regime forces" (both)
        if (a1.equals(b2) && (a2 == null || a2.equals(b1)) || b1.equals(a2) && (b2 == null || b2.equals(a1))) return null;
        return "actors " + a.actor1() + " and " + b.actor1();
    }

    private static boolean nobodyDied(EventMention m) {
        return m.fatalities() != null && m.fatalities() == 0;
    }

    private static boolean someDied(EventMention m) {
        return m.fatalities() != null && m.fatalities() > 0;
    }

    /** {@link LinkRules#updateCue}, remembered per sentence. */
    private String cue(String sentence) {
        if (sentence == null) return null;
        String c = cues.get(sentence);
        if (c == null) {
            if (cues.size() >= MAX_CUES_KEPT) cues.clear();
            c = java.util.Objects.requireNonNullElse(rules.updateCue(sentence), "");
            cues.put(sentence, c);
        }
        return c.isEmpty() ? null : c;
    }

    /**
     * The closest pair of places that says two mentions are at one place, as {distance, limit}, or
     * null: the main (first precise) place of one of them within the limit of a place of the other.
     * Any place with any place would let a round-up naming many towns join whatever happened at one
     * of them.
     */
    double[] nearest(EventMention a, EventMention b) {
        List<EventPlace> pa = precise(a), pb = precise(b);
        if (pa.isEmpty() || pb.isEmpty()) return null;
        double[] best = null;
        for (int side = 0; side < 2; side++) {
            EventPlace main = side == 0 ? pa.get(0) : pb.get(0);
            for (EventPlace q : side == 0 ? pb : pa) {
                double limit = Math.max(main.precisionKm(), q.precisionKm()) + rules.placeSlackKm();
                // the chord is never longer than the geodesic: over the limit (a millimetre spared for rounding), so is the geodesic
                if (Geodesy.chordKm(main.lat(), main.lon(), q.lat(), q.lon()) > limit + 1e-6) continue;
                double d = Geodesy.km(main.lat(), main.lon(), q.lat(), q.lon());
                if (d <= limit && (best == null || d / limit < best[0] / best[1])) best = new double[]{d, limit};
            }
        }
        return best;
    }

    /**
     * A round-up of the day rather than one incident: more than {@code max_places} places, or precise places
     * farther apart than {@code max_place_spread_km} (several fronts in one sentence).
     */
    boolean roundUp(EventMention m) {
        return facts(m).roundUp;
    }

    /**
     * What the linker asks of one mention again and again (every stored mention of every candidate incident, for each
     * new mention), found once per mention: an EventMention is immutable, so it is kept by the object itself, and a
     * stored sentence's cue is not looked up by comparing its whole text with the cached sentences each time.
     */
    private static final class Facts {
        final List<EventPlace> precise;
        final boolean roundUp;
        String cue;
        boolean cueKnown;

        Facts(List<EventPlace> precise, boolean roundUp) {
            this.precise = precise;
            this.roundUp = roundUp;
        }
    }

    private final Map<EventMention, Facts> facts = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private Facts facts(EventMention m) {
        Facts f = facts.get(m);
        if (f == null) {
            List<EventPlace> p = new ArrayList<>();
            for (EventPlace q : m.places()) if (q.precisionKm() <= rules.maxPlacePrecisionKm()) p.add(q);
            f = new Facts(List.copyOf(p), spreadOrMany(m, p));
            if (facts.size() >= MAX_CUES_KEPT) facts.clear();
            facts.put(m, f);
        }
        return f;
    }

    /** {@link #cue(String)} of the mention's sentence, kept with the mention. */
    private String cue(EventMention m) {
        Facts f = facts(m);
        if (!f.cueKnown) {
            f.cue = cue(m.sentence());
            f.cueKnown = true;
        }
        return f.cue;
    }

    private boolean spreadOrMany(EventMention m, List<EventPlace> p) {
        if (m.places().size() > rules.maxPlaces()) return true;
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (fartherThan(p.get(i), p.get(j), rules.maxPlaceSpreadKm())) return true;
            }
        }
        return false;
    }

    /**
     * Chords at most this long are within this factor of the geodesic: on WGS84 (no curvature radius under 6,335 km)
     * a 1,000 km chord is 0.11 % shorter than its geodesic.
     */
    private static final double CHORD_KM_BOUNDED = 1000, CHORD_FACTOR = 1.01;

    /** Whether the geodesic between the two places is longer than {@code km}, measured only when the chord cannot tell. */
    private static boolean fartherThan(EventPlace a, EventPlace b, double km) {
        double chord = Geodesy.chordKm(a.lat(), a.lon(), b.lat(), b.lon());
        if (chord > km + 1e-6) return true; // the chord is never longer than the geodesic (a millimetre spared for rounding)
        if (chord <= CHORD_KM_BOUNDED && chord * CHORD_FACTOR < km) return false;
        return Geodesy.km(a.lat(), a.lon(), b.lat(), b.lon()) > km;
    }

    private List<EventPlace> precise(EventMention m) {
        return facts(m).precise;
    }
}
