package org.clashmap.geo.control;

import org.clashmap.geo.basemap.SyriaOutline;

import org.clashmap.extract.EventActor;
import org.clashmap.extract.EventPlace;
import org.clashmap.extract.EventType;
import org.clashmap.store.StoredClaim;
import org.clashmap.store.StoredEvent;
import org.clashmap.store.StoredLayerZone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the stored rows the control map is built from into its inputs: every control claim
 * (extracted, edits, layers, synthetic), battles as clash points, and the imported control layers.
 * Reading them from a database is {@code org.clashmap.app.ControlMaps}' job: this class opens no store. A claim's date is
 * the start of its date range: the earliest day the report allows the change to have happened.
 * Undated claims are skipped (they cannot be placed on a timeline). Rejected events are not battles.
 */
public final class ControlSources {
    private ControlSources() {
    }

    /** The control map of these claims, battles and imported layer rows. */
    public static ControlMap map(List<PlaceClaim> claims, List<ClashPoint> clashes, List<StoredLayerZone> layerRows, ControlOptions options) {
        ControlLayerIndex layer = layerRows.isEmpty() ? null : layer(layerRows);
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

    /** Adds a stored event's clash points to {@code out} when it is a dated battle not rejected. */
    public static void addClashes(StoredEvent e, List<ClashPoint> out) {
        if (e.type() != EventType.BATTLES) return;
        String a1 = null, a2 = null;
        for (EventActor a : e.actors()) {
            switch (a.role()) {
                case ACTOR1 -> a1 = a.actorId();
                case ACTOR2 -> a2 = a.actorId();
                default -> { }
            }
        }
        for (EventPlace p : e.places()) {
            addClash(e.date().from(), e.date().to(), e.review() == org.clashmap.store.ReviewStatus.REJECTED, p.placeId(), p.relation(),
                    p.lat(), p.lon(), a1, a2, out);
        }
    }

    /**
     * Adds the clash point of one place of a battle to {@code out} unless the battle is undated
     * ({@code from} null) or rejected: the one rule for full events and for the rows of a lean scan.
     */
    public static void addClash(LocalDate from, LocalDate to, boolean rejected, String placeId, String relation, double lat, double lon,
                                String actor1, String actor2, List<ClashPoint> out) {
        if (from == null || rejected) return;
        // an offset point ("60 km NE of Palmyra") is fighting there, not in the anchor town
        String key = relation == null ? placeId : null;
        out.add(new ClashPoint(key, lat, lon, from, to, actor1, actor2));
    }

    public static ControlLayerIndex layer(List<StoredLayerZone> rows) {
        List<ControlLayerIndex.Zone> zones = new ArrayList<>();
        for (StoredLayerZone r : rows) zones.add(ControlLayerFile.zone(r.controller(), r.validFrom(), r.validTo(), r.geometryJson()));
        return new ControlLayerIndex(zones);
    }
}
