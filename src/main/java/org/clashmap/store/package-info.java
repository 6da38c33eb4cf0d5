/**
 * The only package that speaks SQL: the database of articles, places, events, actors, control claims and analyst edits,
 * with versioned migrations. Hands out plain records. Two engines (decision 027): a SQLite file (the default) or a shared
 * PostgreSQL/PostGIS database; the store's SQL is written once and {@code Dialect} holds every difference between them.
 */
package org.clashmap.store;
