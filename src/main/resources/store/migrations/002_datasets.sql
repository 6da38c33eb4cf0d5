-- ClashMap schema v2: events imported from external datasets (UCDP, ACLED) and synthetic ones.
-- One row per (origin, external_id): importing the same file again adds nothing. Partial, so the
-- extracted events (external_id NULL) are not constrained.
CREATE UNIQUE INDEX events_by_origin_external ON events(origin, external_id) WHERE external_id IS NOT NULL;

-- Imported events have no article, so their outlet (UCDP source_office, ACLED source) lives here.
ALTER TABLE events ADD COLUMN outlet TEXT;

-- The UI toggles each origin as a layer; this makes "events of origin X in a time window" an index range.
CREATE INDEX events_by_origin_date ON events(origin, date_from);
