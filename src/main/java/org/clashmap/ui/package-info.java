/**
 * The JavaFX window: the application and its main window ({@link org.clashmap.ui.ClashMapApp},
 * {@link org.clashmap.ui.MainWindow}, menu, status bar), the view-model the panes bind to
 * ({@link org.clashmap.ui.AppModel}, {@link org.clashmap.ui.ViewFilter}, the filter pane) and
 * shared labels. Feature packages: {@code ui.map} (map pane, layers, legend, tiles, the off-screen
 * renderer the map bench uses), {@code ui.timeline}, {@code ui.review} (source pane, event table,
 * edits, incidents), {@code ui.export}, {@code ui.settings} and {@code ui.ingest} (loading a
 * workspace, ingest tasks, report metadata). The only packages that import JavaFX; they reach the
 * pipeline through {@link org.clashmap.app.Workspace}.
 */
package org.clashmap.ui;
