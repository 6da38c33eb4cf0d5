/**
 * Event extraction: turns a {@link org.clashmap.extract.Report} into ACLED-style events and control
 * claims, each tied to its source sentence. Entry point: {@link org.clashmap.extract.RuleBasedExtractor}
 * (give it the {@link org.clashmap.gazetteer.Gazetteer}); names and colours of actors:
 * {@link org.clashmap.extract.Actors}. Word lists are data files under {@code src/main/resources/extract/}
 * (see docs/decisions/006-extraction-rule-based.md). Pure Java, no JavaFX, no JDBC.
 */
package org.clashmap.extract;
