package org.clashmap.geo.basemap.archfixture;

import org.clashmap.geo.render.IncidentStyle;

/** Test-only: the basemap reaching up to the incident painter, which the geo layer rule must report. */
public final class PaintsIncidents {
    public Class<?> style() {
        return IncidentStyle.class;
    }
}
