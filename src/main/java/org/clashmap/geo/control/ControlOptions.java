package org.clashmap.geo.control;

/**
 * Tunables of the control map, with the defaults analysts start from.
 *
 * @param fadeDays           a report older than this with no newer news no longer says who holds a place
 * @param contestedDays      opposing claims or battles at a place within this many days make it contested
 * @param frontDistanceKm    places of opposing sides closer than 2x this face each other across a front;
 *                           each side's area reaches at most this far from its places
 * @param clashRadiusKm      a battle point this close to a claimed place counts as fighting at that place
 * @param zoneRadiusKm       buffer around battle points for contested zones
 * @param minZoneClashes     fewer battles than this in a cluster make no zone (one report is not a front)
 * @param tentativeBelow     a front line supported by fewer claims than this is drawn dashed and light
 */
public record ControlOptions(int fadeDays, int contestedDays, double frontDistanceKm, double clashRadiusKm,
                             double zoneRadiusKm, int minZoneClashes, int tentativeBelow) {
    public static final ControlOptions DEFAULTS = new ControlOptions(180, 7, 30, 3, 8, 2, 4);

    public ControlOptions {
        if (fadeDays < 1) throw new IllegalArgumentException("control options out of range: fade days must be at least 1, got " + fadeDays);
        if (contestedDays < 0) throw new IllegalArgumentException("control options out of range: contested days must be 0 or more, got " + contestedDays);
        if (!(frontDistanceKm > 0) || Double.isInfinite(frontDistanceKm))
            throw new IllegalArgumentException("control options out of range: front distance must be more than 0 km, got " + frontDistanceKm);
        if (!(clashRadiusKm >= 0)) throw new IllegalArgumentException("control options out of range: clash radius must be 0 km or more, got " + clashRadiusKm);
        if (!(zoneRadiusKm > 0)) throw new IllegalArgumentException("control options out of range: zone radius must be more than 0 km, got " + zoneRadiusKm);
    }

    public ControlOptions withFrontDistanceKm(double km) {
        return new ControlOptions(fadeDays, contestedDays, km, clashRadiusKm, zoneRadiusKm, minZoneClashes, tentativeBelow);
    }

    public ControlOptions withFadeDays(int days) {
        return new ControlOptions(days, contestedDays, frontDistanceKm, clashRadiusKm, zoneRadiusKm, minZoneClashes, tentativeBelow);
    }

    public ControlOptions withContestedDays(int days) {
        return new ControlOptions(fadeDays, days, frontDistanceKm, clashRadiusKm, zoneRadiusKm, minZoneClashes, tentativeBelow);
    }
}
