/**
 * The only package that speaks SQL: the SQLite database of articles, places, events, actors, control claims and analyst edits, with versioned migrations. Hands out plain records.
 */
package org.clashmap.store;
