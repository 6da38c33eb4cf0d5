package org.clashmap.export;

import org.clashmap.geo.Viewport;
import org.clashmap.geo.basemap.AdminAreaIndex;
import org.clashmap.geo.render.AreaPainter;
import org.clashmap.geo.render.IncidentStyle;
import org.clashmap.geo.render.Surface;

import java.util.ArrayList;
import java.util.List;

/**
 * A choropleth of incidents or dead per area: the {@link AreaCounts}, their {@link AreaClasses}
 * and the drawing, one object for map images ({@link MapImageRenderer}) and the window's area
 * layer, so both show the same classes in the same colours.
 */
public record Choropleth(AreaCounts counts, AreaClasses classes) {

    public static Choropleth of(AreaCounts counts, AreaClasses.Method method) {
        return new Choropleth(counts, AreaClasses.of(method, counts.values(), AreaClasses.DEFAULT_CLASSES));
    }

    /** The colour of an area's count (0 when nothing was counted there: outline only). */
    public int colour(long count) {
        int c = classes.classOf(count);
        return c < 0 ? 0 : AreaPainter.classColour(c, classes.size());
    }

    /** Draws the areas on a surface whose units the viewport's are. */
    public void paint(Surface s, Viewport vp, double outlineWidth) {
        AdminAreaIndex index = AdminAreaIndex.shared();
        List<AreaPainter.Area> areas = new ArrayList<>();
        for (AdminAreaIndex.Area a : counts.areas()) {
            int c = colour(counts.count(a.pcode()));
            areas.add(new AreaPainter.Area(index.outline(a), c == 0 ? 0 : IncidentStyle.withAlpha(c, AreaPainter.FILL_ALPHA)));
        }
        new AreaPainter().paint(s, areas, vp, outlineWidth);
    }

    /** The legend's heading, e.g. "Incidents per district" / "عدد الحوادث في كل منطقة". */
    public String heading(FigureTexts tx) {
        return tx.own("areas.heading." + counts.measure().key() + "." + counts.level().key());
    }

    /** Legend rows from the darkest class down, then "0" (outlined only). */
    public List<Row> legendRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = classes.size() - 1; i >= 0; i--) rows.add(new Row(classes.label(i), AreaPainter.classColour(i, classes.size())));
        rows.add(new Row("0", 0));
        return rows;
    }

    /** One legend row: the class's range and its colour (0: no fill). */
    public record Row(String label, int argb) {
    }
}
