/**
 * Bringing data into the window: opening a workspace and loading its events (full records or the
 * lean column path), ingest runs as tasks, and the dialog asking for a report's publication details.
 */
package org.clashmap.ui.ingest;
