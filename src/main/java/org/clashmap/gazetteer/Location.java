package org.clashmap.gazetteer;

import java.util.List;

/**
 * A resolved place reference in a text: where it is, how sure we are, and why.
 *
 * @param start        char offset of the whole expression in the original text (e.g. start of "60 كم شمال شرق تدمر")
 * @param end          end offset, exclusive
 * @param anchor       the gazetteer place the expression is built on
 * @param relation     null for the place itself; otherwise e.g. "offset 60km NE", "east of", "outskirts", "between"
 * @param lat          resolved latitude (anchor's, or geodesically offset from it)
 * @param lon          resolved longitude
 * @param precisionKm  radius reflecting how vague the expression is
 * @param confidence   in [0,1]; low when homonyms remain ambiguous
 * @param alternatives ranked runners-up (best first, excluding the anchor)
 */
public record Location(int start, int end, String surface, Place anchor, String relation,
                       double lat, double lon, double precisionKm, double confidence,
                       List<Candidate> alternatives) {
    public Location {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * Somewhere between two places ("بين X وY", a road told by its two towns): their geodesic midpoint, as vague as half
     * the distance between them (or as either place, when that is vaguer), anchored on the first.
     */
    public static Location between(int start, int end, String surface, Place a, Place b, double confidence,
                                   List<Candidate> alternatives) {
        double[] mid = org.clashmap.geodesy.Geodesy.midpoint(a.lat(), a.lon(), b.lat(), b.lon());
        double half = org.clashmap.geodesy.Geodesy.km(a.lat(), a.lon(), b.lat(), b.lon()) / 2;
        return new Location(start, end, surface, a, "between " + a.nameAr() + " and " + b.nameAr(), mid[0], mid[1],
                Math.max(half, Math.max(a.precisionKm(), b.precisionKm())), confidence, alternatives);
    }
}
