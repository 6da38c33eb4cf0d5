package org.clashmap.app;

import org.clashmap.geo.control.ClashPoint;
import org.clashmap.geo.control.ControlMap;
import org.clashmap.geo.control.ControlOptions;
import org.clashmap.geo.control.ControlSources;
import org.clashmap.geo.control.PlaceClaim;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the control map's inputs from a database (claims, battles, imported layers) and builds the
 * map; the window, {@code clashmap control export}, {@code render} and {@code export} all go through here.
 */
public final class ControlMaps {
    private ControlMaps() {
    }

    public static ControlMap load(Database db, ControlOptions options) {
        ControlStore control = new ControlStore(db);
        List<PlaceClaim> claims = ControlSources.claims(control.allClaims());
        List<ClashPoint> clashes = new ArrayList<>();
        new EventStore(db).forEachEvent(e -> ControlSources.addClashes(e, clashes));
        return ControlSources.map(claims, clashes, control.layerZones(), options);
    }
}
