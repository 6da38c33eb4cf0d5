/**
 * Taking reports in: reading text files strictly as UTF-8, their metadata ({@code metadata.tsv} or
 * {@code NAME.meta.tsv}), running the extractor and storing the result, one transaction per report
 * ({@link org.clashmap.ingest.Ingester}). Also the built-in seed sample. The facade the window uses
 * to reach all this is {@code org.clashmap.app.Workspace}. No JavaFX.
 */
package org.clashmap.ingest;
