package org.clashmap.export;

import org.clashmap.store.EventFilter;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a map image shows besides (or instead of) its incident symbols: a choropleth of areas
 * (null for none; then the areas replace the symbols and the control layer, and the legend lists
 * the classes), and a density (heat) surface under the symbols.
 */
public record MapOverlays(Choropleth areas, boolean density) {
    public static final MapOverlays NONE = new MapOverlays(null, false);

    /**
     * What to draw, before anything is counted: areas of a level (null: none), their measure and
     * classes, and whether to draw the density surface.
     */
    public record Spec(AreaCounts.Level level, AreaCounts.Measure measure, AreaClasses.Method method, boolean density) {
        public static final Spec NONE = new Spec(null, AreaCounts.Measure.INCIDENTS, AreaClasses.Method.JENKS, false);

        /** Whether the areas need the export's rows ({@link #forWindow}). */
        public boolean needsRows() {
            return level != null;
        }

        /**
         * The overlays of one image: the areas counted from the rows of the events an image of the
         * window [from, to] shows - not rejected, overlapping the window, undated ones only when there is no
         * window at all ({@link MapImageRenderer#select}'s rule, through the one {@link EventFilter}).
         */
        public MapOverlays forWindow(List<EventPoint> rows, LocalDate from, LocalDate to) {
            if (level == null) return new MapOverlays(null, density);
            EventFilter shown = new EventFilter(from, to, Set.of(), Set.of(), 0, false, Set.of(), from == null && to == null, Set.of(), "");
            List<EventPoint> kept = rows.stream().filter(p -> shown.test(p.event())).toList();
            return new MapOverlays(Choropleth.of(AreaCounts.of(level, measure, kept), method), density);
        }
    }
}
