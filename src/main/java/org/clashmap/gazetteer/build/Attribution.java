package org.clashmap.gazetteer.build;

/** The attribution lines SOURCES.md asks to ship with whatever is derived from the open data. */
final class Attribution {
    static final String TEXT = """
            # Attribution

            The gazetteer in this folder (places.tsv) is derived by `clashmap gazetteer build` from:

            - OCHA Syria COD, 2015 — populated places (admin4 communities) and administrative boundaries
              (admin1, admin2, Damascus admin5 neighbourhoods); CC BY-IGO 3.0.
            - Open-Syria data-geography — governorates, districts, sub-districts with aliases and centroids; CC BY 4.0.
            - GeoNames — cities500 rows for Syria (alternate names, population); CC BY 4.0.
            - UCDP GED 19.1 (Sundberg & Melander 2013; Högbladh 2019) — coordinates of curated places cited
              by their `where_coordinates` string; CC BY 4.0.

            Each row's `source` column names the record its coordinates come from.
            """;

    private Attribution() {}
}
