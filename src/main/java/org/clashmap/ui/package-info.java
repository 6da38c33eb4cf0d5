/**
 * The JavaFX window's shell: the application ({@link org.clashmap.ui.ClashMapApp}), the main window
 * that lays out and wires the features ({@link org.clashmap.ui.MainWindow}), its menu and filter
 * pane. Feature packages: {@code ui.map} (map pane, layers, legend, tiles, the off-screen renderer
 * the map bench uses), {@code ui.timeline}, {@code ui.review} (source pane, event table, edits,
 * incidents), {@code ui.export}, {@code ui.settings} and {@code ui.ingest} (loading a workspace,
 * ingest tasks, report metadata); beneath them {@code ui.model} (view-model, filter, the
 * {@link org.clashmap.ui.model.Shell} features talk to), {@code ui.widgets} and
 * {@code ui.concurrent} (one executor). Features never use this package, so {@code ui} has no
 * package cycle. The only packages that import JavaFX; they reach the pipeline through
 * {@link org.clashmap.app.Workspace}.
 */
package org.clashmap.ui;
