-- ClashMap schema v9: the derived control map stored for GIS programs (decision 031). Control dots,
-- front lines and contested zones are computed by ClashMap (geo), not stored as facts: these tables
-- hold the map of the days an analyst asked for (`clashmap control store --at DAY`), written in one
-- transaction and recomputed after ingests and control edits (`control refresh`), so QGIS can add
-- them as layers straight from the database. Each row says which day it shows and with which options
-- it was computed; lines and zones are WKT in WGS84 degrees (lon lat).

-- One stored day of the map and the options it was computed with (what a refresh computes again).
CREATE TABLE control_snapshots (
    id                INTEGER PRIMARY KEY,
    at_date           TEXT    NOT NULL UNIQUE,             -- the day shown
    follows_latest    INTEGER NOT NULL DEFAULT 0,          -- 1: a refresh moves it to the newest dated report
    claims_from       TEXT    NOT NULL,                    -- claims older than this had faded (at_date - fade_days)
    fade_days         INTEGER NOT NULL,
    contested_days    INTEGER NOT NULL,
    front_distance_km REAL    NOT NULL,
    clash_radius_km   REAL    NOT NULL,
    zone_radius_km    REAL    NOT NULL,
    min_zone_clashes  INTEGER NOT NULL,
    tentative_below   INTEGER NOT NULL,
    computed_at       TEXT    NOT NULL,
    computed_by       TEXT    NOT NULL
);

CREATE TABLE control_dots (
    id                INTEGER PRIMARY KEY,
    snapshot_id       INTEGER NOT NULL REFERENCES control_snapshots(id) ON DELETE CASCADE,
    at_date           TEXT    NOT NULL,
    place_id          TEXT    NOT NULL,
    name_ar           TEXT,
    controller        TEXT,                                -- NULL: contested with no known holder
    contender         TEXT,
    contested         INTEGER NOT NULL,
    supporting_claims INTEGER NOT NULL,
    lat               REAL    NOT NULL,
    lon               REAL    NOT NULL
);
CREATE INDEX control_dots_by_snapshot ON control_dots(snapshot_id);

CREATE TABLE front_lines (
    id                INTEGER PRIMARY KEY,
    snapshot_id       INTEGER NOT NULL REFERENCES control_snapshots(id) ON DELETE CASCADE,
    at_date           TEXT    NOT NULL,
    side_a            TEXT    NOT NULL,
    side_b            TEXT    NOT NULL,
    supporting_claims INTEGER NOT NULL,
    tentative         INTEGER NOT NULL,
    wkt               TEXT    NOT NULL                     -- LINESTRING(lon lat, ...)
);
CREATE INDEX front_lines_by_snapshot ON front_lines(snapshot_id);

CREATE TABLE contested_zones (
    id                INTEGER PRIMARY KEY,
    snapshot_id       INTEGER NOT NULL REFERENCES control_snapshots(id) ON DELETE CASCADE,
    at_date           TEXT    NOT NULL,
    clashes           INTEGER NOT NULL,
    wkt               TEXT    NOT NULL                     -- POLYGON((lon lat, ...), hole, ...)
);
CREATE INDEX contested_zones_by_snapshot ON contested_zones(snapshot_id);
