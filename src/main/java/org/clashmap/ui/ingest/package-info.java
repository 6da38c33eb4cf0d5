/**
 * Bringing data into the window: opening a workspace and loading its events (full records or the
 * lean column path), ingest runs as tasks, the dialog asking for a report's publication details,
 * a watched folder ingested as files arrive, and the warning (with a way to date them) about reports
 * stored without a publication date.
 */
package org.clashmap.ui.ingest;
