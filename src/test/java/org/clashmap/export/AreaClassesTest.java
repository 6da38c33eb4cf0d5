package org.clashmap.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Classes of a choropleth: natural breaks find the gaps, quantiles share the areas out, 0 stays apart. */
class AreaClassesTest {
    @Test
    void naturalBreaksCutAtTheGaps() {
        long[] counts = {0, 0, 1, 1, 2, 2, 2, 10, 11, 12, 50};
        AreaClasses c = AreaClasses.of(AreaClasses.Method.JENKS, counts, 3);
        assertEquals("jenks[1 – 2, 3 – 12, 13 – 50]", c.toString());
        assertEquals(-1, c.classOf(0), "nothing counted is no class");
        assertEquals(0, c.classOf(2));
        assertEquals(1, c.classOf(10));
        assertEquals(2, c.classOf(50));
    }

    @Test
    void quantilesPutAboutAsManyAreasInEachClass() {
        long[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        AreaClasses c = AreaClasses.of(AreaClasses.Method.QUANTILE, counts, 3);
        assertEquals("quantile[1 – 3, 4 – 6, 7 – 9]", c.toString());
    }

    @Test
    void fewerDistinctValuesGiveFewerClasses() {
        assertEquals("jenks[3, 4 – 7]", AreaClasses.of(AreaClasses.Method.JENKS, new long[]{0, 3, 3, 7}, 5).toString());
        assertEquals(0, AreaClasses.of(AreaClasses.Method.QUANTILE, new long[]{0, 0}, 5).size());
    }
}
