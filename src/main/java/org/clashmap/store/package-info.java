/**
 * The only package that speaks SQL: the database of articles, places, events, actors, control claims and analyst edits,
 * with versioned migrations (a new SQLite file gets their end state from one script, {@code Migrations.SCHEMA}). Hands
 * out plain records. Two engines (decision 027): a SQLite file (the default) or a shared PostgreSQL/PostGIS database;
 * the store's SQL is written once and {@code Dialect} holds every difference between them.
 * Also the files kept beside the data between runs: the tile cache ({@code MbTilesCache}), SQLite's native library
 * ({@code SqliteLibrary}) and the user cache folder they and the start-up share ({@code UserCache}).
 */
package org.clashmap.store;
