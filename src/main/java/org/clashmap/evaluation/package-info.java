/**
 * Scoring the extractor against hand-made gold annotations (the format of
 * {@code ../shared/eval/dev/GUIDE.md}): location recall and precision within each row's tolerance,
 * dates, coarse types, fatalities, and a breakdown of the errors by kind.
 *
 * <p>The measures are those of the reference scorer {@code ../shared/eval/score.py}, computed
 * in-process on the same GeoJSON feature properties the {@code extract} command prints
 * ({@link org.clashmap.export.GeoJsonEvents}), so {@code clashmap eval} and {@code score.py} print
 * the same last line. See docs/decisions/017-eval-in-process.md. No JavaFX, no SQL.
 */
package org.clashmap.evaluation;
