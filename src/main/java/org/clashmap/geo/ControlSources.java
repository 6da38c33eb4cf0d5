package org.clashmap.geo;

import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.store.ControlStore;
import org.clashmap.store.Database;
import org.clashmap.store.EventStore;
import org.clashmap.store.StoredClaim;
import org.clashmap.store.StoredEvent;
import org.clashmap.store.StoredLayerZone;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the control map's inputs from a database: every control claim (extracted, edits,
 * layers, synthetic), battles as clash points, and the imported control layers. A claim's date is
 * the start of its date range: the earliest day the report allows the change to have happened.
 * Undated claims are skipped (they cannot be placed on a timeline). Rejected events are not battles.
 */
public final class ControlSources {
    private ControlSources() {
    }

    public static ControlMap load(Database db, ControlOptions options) {
        List<PlaceClaim> claims = claims(new ControlStore(db).allClaims());
        List<ClashPoint> clashes = clashes(new EventStore(db));
        List<StoredLayerZone> rows = new ControlStore(db).layerZones();
        ControlLayerIndex layer = rows.isEmpty() ? null : layer(rows);
        return new ControlMap(claims, clashes, layer, options, SyriaOutline.load());
    }

    public static List<PlaceClaim> claims(List<StoredClaim> rows) {
        List<PlaceClaim> out = new ArrayList<>();
        for (StoredClaim c : rows) {
            if (!c.date().isKnown()) continue;
            String key = c.placeId() != null ? c.placeId() : String.format(java.util.Locale.ROOT, "pt:%.5f,%.5f", c.lat(), c.lon());
            out.add(new PlaceClaim(key, c.nameAr(), c.lat(), c.lon(), c.actorId(), c.gained(), c.date().from(), c.origin(), null));
        }
        return out;
    }

    public static List<ClashPoint> clashes(EventStore store) {
        List<ClashPoint> out = new ArrayList<>();
        store.forEachEvent(e -> {
            if (e.type() != EventType.BATTLES || !e.date().isKnown() || e.review() == org.clashmap.store.ReviewStatus.REJECTED) return;
            String a1 = null, a2 = null;
            for (EventActor a : e.actors()) {
                switch (a.role()) {
                    case ACTOR1 -> a1 = a.actorId();
                    case ACTOR2 -> a2 = a.actorId();
                    default -> { }
                }
            }
            for (EventPlace p : e.places()) {
                // an offset point ("60 km NE of Palmyra") is fighting there, not in the anchor town
                String key = p.relation() == null ? p.placeId() : null;
                out.add(new ClashPoint(key, p.lat(), p.lon(), e.date().from(), e.date().to(), a1, a2));
            }
        });
        return out;
    }

    public static ControlLayerIndex layer(List<StoredLayerZone> rows) {
        List<ControlLayerIndex.Zone> zones = new ArrayList<>();
        for (StoredLayerZone r : rows) zones.add(ControlLayerFile.zone(r.controller(), r.validFrom(), r.validTo(), r.geometryJson()));
        return new ControlLayerIndex(zones);
    }
}
