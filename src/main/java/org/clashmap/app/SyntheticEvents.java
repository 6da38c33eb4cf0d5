package org.clashmap.app;

import org.clashmap.datasets.Generator;
import org.clashmap.datasets.UcdpProfile;
import org.clashmap.geo.basemap.SyriaOutline;

/**
 * The synthetic events {@code clashmap generate} and the benchmarks make: UCDP-shaped
 * ({@link Generator}), their jittered points kept inside Syria's outline at the basemap's finest band
 * ({@link SyriaOutline}), so the scale data looks like the real thing (issue 24: with the bounding box
 * alone 4% fell in Turkey, Iraq or Jordan, against 0.3% of UCDP's own rows).
 */
public final class SyntheticEvents {
    private SyntheticEvents() {
    }

    public static Generator generator(UcdpProfile profile, long seed) {
        return new Generator(profile, seed, SyriaOutline.detailed()::contains);
    }

    public static Generator generator(long seed) {
        return generator(UcdpProfile.bundled(), seed);
    }
}
