-- ClashMap schema v7 on PostgreSQL: PostGIS geometry beside the lat/lon columns, so QGIS and GDAL
-- (ogrinfo PG:"dbname=... host=...") list the data as layers and a bounding box is a GiST index
-- probe. The columns are generated from lat/lon (and from the zones' GeoJSON): ClashMap writes the
-- same rows on both engines and can never leave a point and its geometry disagreeing.
-- Needs the postgis extension (a superuser's CREATE EXTENSION postgis, or this migration run by one).
CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE places ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED;
CREATE INDEX places_geom ON places USING GIST (geom);

ALTER TABLE event_places ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED;
CREATE INDEX event_places_geom ON event_places USING GIST (geom);

ALTER TABLE control_claims ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED;
CREATE INDEX control_claims_geom ON control_claims USING GIST (geom);

ALTER TABLE control_layer_zones ADD COLUMN geom geometry(Geometry, 4326)
    GENERATED ALWAYS AS (ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326)) STORED;
CREATE INDEX control_layer_zones_geom ON control_layer_zones USING GIST (geom);

-- Layers for QGIS: one point per event and place, and one per incident (the centre of its mentions'
-- places). They show the rows as stored; the analyst's edits are applied by ClashMap when it reads
-- (decision 001), so use ClashMap's export for the reviewed picture.
CREATE VIEW events_layer AS
SELECT p.id AS fid, e.id AS event_id, e.origin, e.event_type, e.sub_event_type, e.date_from, e.date_to, e.fatalities,
       e.confidence, e.review_status, e.incident_id, a.outlet, p.place_id, p.name_ar, p.name_en, p.precision_km, p.geom
FROM event_places p JOIN events e ON e.id = p.event_id LEFT JOIN articles a ON a.id = e.article_id;

CREATE VIEW incidents_layer AS
SELECT e.incident_id AS fid, min(e.date_from) AS date_from, max(coalesce(e.date_to, e.date_from)) AS date_to,
       count(DISTINCT e.article_id) AS reports, count(DISTINCT e.id) AS mentions, max(e.fatalities) AS fatalities_max,
       ST_Centroid(ST_Collect(p.geom))::geometry(Point, 4326) AS geom
FROM events e JOIN event_places p ON p.event_id = e.id
WHERE e.incident_id IS NOT NULL AND e.review_status <> 'rejected'
GROUP BY e.incident_id;
