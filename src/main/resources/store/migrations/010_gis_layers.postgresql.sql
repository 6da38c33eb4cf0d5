-- ClashMap schema v10 on PostgreSQL: the derived control map (009) as PostGIS layers (decision 031),
-- generated from the stored coordinates and WKT like the columns of 007, with GiST indexes. Events,
-- incidents, places and claims are layers since 007. Check with: ogrinfo PG:"dbname=... host=..."
ALTER TABLE control_dots ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED;
CREATE INDEX control_dots_geom ON control_dots USING GIST (geom);

ALTER TABLE front_lines ADD COLUMN geom geometry(LineString, 4326) GENERATED ALWAYS AS (ST_GeomFromText(wkt, 4326)) STORED;
CREATE INDEX front_lines_geom ON front_lines USING GIST (geom);

ALTER TABLE contested_zones ADD COLUMN geom geometry(Polygon, 4326) GENERATED ALWAYS AS (ST_GeomFromText(wkt, 4326)) STORED;
CREATE INDEX contested_zones_geom ON contested_zones USING GIST (geom);
