package org.clashmap.geo.index;

import org.clashmap.datasets.Generator;
import org.clashmap.datasets.UcdpProfile;
import org.clashmap.store.ExternalEvent;

/** Test data for the map layer: {@code clashmap generate}'s events (places and frequencies learned from UCDP) as an incident set. */
public final class GeneratedIncidents {
    private GeneratedIncidents() {
    }

    public static IncidentSet of(int events, long seed) {
        IncidentSet.Builder b = IncidentSet.builder();
        long id = 1;
        for (ExternalEvent e : new Generator(UcdpProfile.bundled(), seed).generate(events)) {
            b.row(id++, e.type(), (int) e.date().from().toEpochDay(), (int) e.date().to().toEpochDay(),
                    e.fatalities() == null ? -1 : e.fatalities(), e.fatalities() == null ? -1 : e.fatalities(), e.confidence(), false, false, true,
                    e.place().lat(), e.place().lon(), e.place().precisionKm(), e.place().confidence());
        }
        return b.build();
    }
}
