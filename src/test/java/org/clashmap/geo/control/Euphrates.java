package org.clashmap.geo.control;

import org.clashmap.gazetteer.Gazetteers;
import org.clashmap.gazetteer.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Real OCHA places on the two banks of the Euphrates between al-Mayadin and Hajin (Deir ez-Zor governorate). */
public final class Euphrates {
    /** Right (south-west, "Shamiyah") bank. */
    static final List<String> RIGHT = List.of("ocha:C5192", "ocha:C5194", "ocha:C5207", "ocha:C5210", "ocha:C5208", "ocha:C5209");
    /** Left (north-east, "Jazira") bank. */
    static final List<String> LEFT = List.of("ocha:C5110", "ocha:C5119", "ocha:C5199", "ocha:C5202", "ocha:C5197", "ocha:C5200",
            "ocha:C5196", "ocha:C5174", "ocha:C5173");

    private Euphrates() {
    }

    static Map<String, Place> places() {
        return Gazetteers.places().stream().collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
    }

    /** Regime on the right bank, SDF on the left, {@code perPlace} claims each, the last on {@code day}. */
    public static List<PlaceClaim> claims(LocalDate day, int perPlace) {
        Map<String, Place> byId = places();
        List<PlaceClaim> out = new ArrayList<>();
        for (int k = 0; k < perPlace; k++) {
            for (String id : RIGHT) out.add(claim(byId.get(id), "regime", day.minusDays(k * 10L)));
            for (String id : LEFT) out.add(claim(byId.get(id), "sdf", day.minusDays(k * 10L)));
        }
        return out;
    }

    private static PlaceClaim claim(Place p, String actor, LocalDate d) {
        if (p == null) throw new IllegalStateException("gazetteer place missing");
        return PlaceClaim.gained(p.id(), p.nameAr(), p.lat(), p.lon(), actor, d);
    }
}
