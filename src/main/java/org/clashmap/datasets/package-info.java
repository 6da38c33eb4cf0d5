/**
 * External event datasets: import of UCDP GED and ACLED CSV files, agreement between extracted
 * and imported events, and synthetic events for scale. Mappings from the datasets' codes and
 * names to ClashMap's are data files under {@code src/main/resources/datasets/}. A file's CSV is
 * read from its bytes ({@link org.clashmap.datasets.PlainCsvRows}) and handed to commons-csv
 * ({@link org.clashmap.datasets.CsvRows}) at anything it might read otherwise. No JavaFX; SQL
 * stays in {@link org.clashmap.store.DatasetStore}.
 */
package org.clashmap.datasets;
