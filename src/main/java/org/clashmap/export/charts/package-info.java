/**
 * Charts of the events a filter keeps (issue 20, decision 028): incidents and fatalities per week or
 * month stacked by type, actor or governorate, top places, fatalities by governorate. Counted from
 * the export's rows ({@link org.clashmap.export.EventPoint}) with the export's rule - an incident
 * once, its dead once (on the rows of the report that gave the best figure) - so a chart's totals
 * are the export's for the same filter ({@link org.clashmap.export.charts.ChartData}); drawn with
 * JFreeChart and written as PNG, SVG or PDF through {@link org.clashmap.export.Figures}
 * ({@link org.clashmap.export.charts.ChartFigure}). No JavaFX here.
 */
package org.clashmap.export.charts;
