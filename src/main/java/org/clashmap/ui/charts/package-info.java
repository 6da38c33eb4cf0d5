/**
 * The chart window (View → Charts…): the charts of {@code clashmap chart} drawn from the events the
 * window shows, redrawn as the filters and the timeline change; a click on a bar narrows the
 * window's filter to that bar (its period, and its type when the bars are stacked by type).
 */
package org.clashmap.ui.charts;
