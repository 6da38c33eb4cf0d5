package org.clashmap.geo.control;

import java.util.List;

/**
 * An area of ongoing fighting: the buffered union of battle points in the time window. Rings in
 * degrees (lon, lat pairs; first is the shell, the rest holes) and in world coordinates.
 */
public record ContestedZone(List<double[]> lonLatRings, List<double[]> worldRings, int clashes) {
}
