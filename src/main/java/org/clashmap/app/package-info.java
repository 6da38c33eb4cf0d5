/**
 * The application facade the window and the command line share: a
 * {@link org.clashmap.app.Workspace} (one database with the extractor, ingest, review, control and
 * exports behind it; {@link org.clashmap.app.DatabaseWorkspace}) and the loading of the control map
 * from a database ({@link org.clashmap.app.ControlMaps}), the days of it kept in the database as GIS
 * layers ({@link org.clashmap.app.ControlLayers}), and the synthetic events kept inside Syria's outline
 * ({@link org.clashmap.app.SyntheticEvents}). Above store, geo, export, datasets and
 * ingest; below ui and cli. No JavaFX.
 */
package org.clashmap.app;
