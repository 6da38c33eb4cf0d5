/**
 * Event extraction: turns a {@link org.clashmap.extract.Report} into ACLED-style events and control claims, each tied to its source sentence. Lexicons are data files under resources. Pure Java, no JavaFX, no JDBC.
 */
package org.clashmap.extract;
