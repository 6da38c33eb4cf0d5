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
     * classes, whether to draw the density surface, and classes fixed for a sequence of images (null:
     * each image classes its own counts).
     */
    public record Spec(AreaCounts.Level level, AreaCounts.Measure measure, AreaClasses.Method method, boolean density, AreaClasses classes) {
        public static final Spec NONE = new Spec(null, AreaCounts.Measure.INCIDENTS, AreaClasses.Method.JENKS, false);

        public Spec(AreaCounts.Level level, AreaCounts.Measure measure, AreaClasses.Method method, boolean density) {
            this(level, measure, method, density, null);
        }

        /** Whether the areas need the export's rows ({@link #forWindow}). */
        public boolean needsRows() {
            return level != null;
        }

        /**
         * The same, with one set of classes for the frames of an animation or sequence: made from every frame's
         * counts together, so a colour means the same number in every frame.
         */
        public Spec sharedOver(List<EventPoint> rows, List<LocalDate[]> windows) {
            if (level == null) return this;
            java.util.stream.LongStream.Builder all = java.util.stream.LongStream.builder();
            for (LocalDate[] w : windows) for (long v : counts(rows, w[0], w[1]).values()) all.add(v);
            return new Spec(level, measure, method, density, AreaClasses.of(method, all.build().toArray(), AreaClasses.DEFAULT_CLASSES));
        }

        /**
         * The overlays of one image: the areas counted from the rows of the events an image of the
         * window [from, to] shows - not rejected, overlapping the window, undated ones only when there is no
         * window at all ({@link MapImageRenderer#select}'s rule, through the one {@link EventFilter}).
         */
        public MapOverlays forWindow(List<EventPoint> rows, LocalDate from, LocalDate to) {
            if (level == null) return new MapOverlays(null, density);
            AreaCounts c = counts(rows, from, to);
            return new MapOverlays(classes != null ? new Choropleth(c, classes) : Choropleth.of(c, method), density);
        }

        private AreaCounts counts(List<EventPoint> rows, LocalDate from, LocalDate to) {
            EventFilter shown = new EventFilter(from, to, Set.of(), Set.of(), 0, false, Set.of(), from == null && to == null, Set.of(), "");
            return AreaCounts.of(level, measure, rows.stream().filter(p -> shown.test(p.event())).toList());
        }
    }
}
