package org.clashmap.geo.control;

import java.time.LocalDate;
import java.util.List;

/** Everything the control layer draws for one day: dots, front lines and contested zones. Immutable. */
public record ControlSnapshot(LocalDate date, List<Dot> dots, List<FrontLine> lines, List<ContestedZone> zones,
                              List<ControlLayerIndex.Area> baseline, long stateHash) {
    /**
     * One claimed place with a known or disputed controller.
     *
     * @param contender the other side for a contested place, or null
     */
    public record Dot(String placeKey, String name, double lat, double lon, double worldX, double worldY,
                      String controller, String contender, boolean contested, int supportingClaims) {
    }

    public static ControlSnapshot empty(LocalDate date) {
        return new ControlSnapshot(date, List.of(), List.of(), List.of(), List.of(), 0);
    }
}
