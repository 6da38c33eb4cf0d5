-- ClashMap schema v10 on SQLite: the file as layers for GDAL and QGIS (decision 031), without
-- SpatiaLite. GDAL's SQLite driver reads OGR's own metadata (geometry_columns with geometry_format
-- 'WKT'): the point tables get a virtual WKT column computed from lat/lon (nothing stored, never out
-- of step), front lines and contested zones are stored as WKT, and events and incidents are views
-- like the PostGIS ones (007_geometry.postgresql.sql). Check with: ogrinfo FILE.db
ALTER TABLE places ADD COLUMN geom TEXT GENERATED ALWAYS AS ('POINT(' || lon || ' ' || lat || ')') VIRTUAL;
ALTER TABLE event_places ADD COLUMN geom TEXT GENERATED ALWAYS AS ('POINT(' || lon || ' ' || lat || ')') VIRTUAL;
ALTER TABLE control_claims ADD COLUMN geom TEXT GENERATED ALWAYS AS ('POINT(' || lon || ' ' || lat || ')') VIRTUAL;
ALTER TABLE control_dots ADD COLUMN geom TEXT GENERATED ALWAYS AS ('POINT(' || lon || ' ' || lat || ')') VIRTUAL;

-- The same columns as the PostGIS views. GDAL numbers a view's features 0 (a view has no row id):
-- QGIS shows and filters them; for selection by id use event_places.
CREATE VIEW events_layer AS
SELECT p.id AS fid, e.id AS event_id, e.origin, e.event_type, e.sub_event_type, e.date_from, e.date_to, e.fatalities,
       e.confidence, e.review_status, e.incident_id, a.outlet, p.place_id, p.name_ar, p.name_en, p.precision_km, p.geom
FROM event_places p JOIN events e ON e.id = p.event_id LEFT JOIN articles a ON a.id = e.article_id;

-- An incident's point: the mean of its mentions' places (PostGIS's centroid of the points).
CREATE VIEW incidents_layer AS
SELECT e.incident_id AS fid, min(e.date_from) AS date_from, max(coalesce(e.date_to, e.date_from)) AS date_to,
       count(DISTINCT e.article_id) AS reports, count(DISTINCT e.id) AS mentions, max(e.fatalities) AS fatalities_max,
       'POINT(' || avg(p.lon) || ' ' || avg(p.lat) || ')' AS geom
FROM events e JOIN event_places p ON p.event_id = e.id
WHERE e.incident_id IS NOT NULL AND e.review_status <> 'rejected'
GROUP BY e.incident_id;

CREATE TABLE geometry_columns (
    f_table_name      TEXT    NOT NULL,
    f_geometry_column TEXT    NOT NULL,
    geometry_type     INTEGER NOT NULL,                    -- 1 point, 2 line string, 3 polygon
    coord_dimension   INTEGER NOT NULL,
    srid              INTEGER NOT NULL,
    geometry_format   TEXT    NOT NULL
);
CREATE TABLE spatial_ref_sys (
    srid      INTEGER NOT NULL UNIQUE,
    auth_name TEXT,
    auth_srid INTEGER,
    srtext    TEXT
);
INSERT INTO spatial_ref_sys VALUES (4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]');
INSERT INTO geometry_columns VALUES ('places', 'geom', 1, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('event_places', 'geom', 1, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('control_claims', 'geom', 1, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('events_layer', 'geom', 1, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('incidents_layer', 'geom', 1, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('control_dots', 'geom', 1, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('front_lines', 'wkt', 2, 2, 4326, 'WKT');
INSERT INTO geometry_columns VALUES ('contested_zones', 'wkt', 3, 2, 4326, 'WKT');
