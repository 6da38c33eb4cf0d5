/**
 * Taking reports in: text files read strictly as UTF-8 with their metadata ({@code metadata.tsv} or
 * {@code NAME.meta.tsv}), and the reports {@code org.clashmap.sources} reads from saved pages,
 * Telegram exports and feeds; running the extractor and storing the result, one transaction per
 * report (batches for folders); a watched folder ({@link org.clashmap.ingest.FolderWatch}). Also the
 * built-in seed sample. The facade the window uses to reach all this is
 * {@code org.clashmap.app.Workspace}. No JavaFX.
 */
package org.clashmap.ingest;
