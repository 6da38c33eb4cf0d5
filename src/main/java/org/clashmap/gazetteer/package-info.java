/**
 * The gazetteer of Syria: loading {@code gazetteer/places.tsv} and {@code curated.tsv}, building them from open data, one-pass name matching, disambiguation by context and relative positions. Pure Java, no JavaFX, no JDBC.
 */
package org.clashmap.gazetteer;
