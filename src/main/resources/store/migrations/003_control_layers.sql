-- ClashMap schema v3: analysts' imported control layers (polygons with a controller and a validity period).
-- The geometry stays GeoJSON text: only the geo package interprets it; the bounding box lets a
-- query skip polygons far from a place without parsing them.
CREATE TABLE control_layers (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT    NOT NULL,
    imported_at TEXT    NOT NULL
);

CREATE TABLE control_layer_zones (
    id         INTEGER PRIMARY KEY,
    layer_id   INTEGER NOT NULL REFERENCES control_layers(id) ON DELETE CASCADE,
    controller TEXT    NOT NULL,
    valid_from TEXT    NOT NULL,
    valid_to   TEXT,
    geometry   TEXT    NOT NULL,                           -- GeoJSON Polygon or MultiPolygon, WGS84 degrees
    min_lon    REAL    NOT NULL,
    min_lat    REAL    NOT NULL,
    max_lon    REAL    NOT NULL,
    max_lat    REAL    NOT NULL,
    CHECK (valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX control_layer_zones_by_layer ON control_layer_zones(layer_id);

-- Analyst edits and layers read claims per place in date order.
CREATE INDEX control_claims_by_place ON control_claims(place_id, date_from);
