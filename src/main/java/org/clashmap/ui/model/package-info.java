/**
 * The window's view-model: all incidents, the filter ({@link org.clashmap.ui.model.ViewFilter}, the
 * one {@link org.clashmap.store.EventFilter} plus display options), which events pass it on full
 * records or the lean column path ({@link org.clashmap.ui.model.LightRows}), the selection
 * ({@link org.clashmap.ui.model.AppModel}); and {@link org.clashmap.ui.model.Shell}, what a feature
 * may ask of the main window. Views bind to it; nothing here knows about SQL or drawing.
 */
package org.clashmap.ui.model;
