/**
 * Taking reports in: reading text files strictly as UTF-8, their metadata ({@code metadata.tsv} or
 * {@code NAME.meta.tsv}), running the extractor and storing the result, one transaction per report.
 * Also the built-in seed sample. No JavaFX.
 */
package org.clashmap.ingest;
