-- ClashMap schema v5: incidents across reports (decision 021), ingest runs and near-duplicate reports.

-- One ingest (a CLI run, a window import, the built-in sample): what "remove this run" removes.
CREATE TABLE ingest_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT    NOT NULL,
    label       TEXT    NOT NULL DEFAULT '',              -- what was ingested (paths, "seeds")
    finished_at TEXT,                                     -- NULL while running or when it was killed
    cancelled   INTEGER NOT NULL DEFAULT 0
);

ALTER TABLE articles ADD COLUMN ingest_run_id INTEGER REFERENCES ingest_runs(id) ON DELETE SET NULL;
-- MinHash signature of the normalised text's word 3-shingles (hex), and the report it re-posts
-- (a near-duplicate is kept as a row, without events of its own: one report, not two).
ALTER TABLE articles ADD COLUMN fingerprint TEXT;
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id) ON DELETE CASCADE;
CREATE INDEX articles_by_run ON articles(ingest_run_id);
CREATE INDEX articles_by_outlet ON articles(outlet);

-- LSH bands of the signatures: a new report is compared only with reports sharing a band.
CREATE TABLE article_bands (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    band       INTEGER NOT NULL,
    hash       INTEGER NOT NULL,
    PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX article_bands_by_article ON article_bands(article_id);

-- An incident: the mentions (events of different reports) that describe the same happening.
CREATE TABLE incidents (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
);

-- Which incident an extracted event belongs to; why (the linking rule's reason, or "analyst");
-- pinned = 1 when the analyst put it there (split or merge): re-linking never moves it.
ALTER TABLE events ADD COLUMN incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL;
ALTER TABLE events ADD COLUMN link_reason TEXT;
ALTER TABLE events ADD COLUMN incident_pinned INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_by_incident ON events(incident_id);

-- The analyst's split and merge decisions, for the history (who, when, what).
CREATE TABLE incident_edits (
    id          INTEGER PRIMARY KEY,
    action      TEXT    NOT NULL CHECK (action IN ('merge','split')),
    incident_id INTEGER NOT NULL,                         -- the incident kept (merge) or created (split)
    other_id    INTEGER,                                  -- the incident merged into it, or split from
    event_ids   TEXT    NOT NULL DEFAULT '',              -- the events moved, comma-separated
    author      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

-- Every extracted event stored so far is its own incident (same id): `clashmap incidents relink`
-- links them across reports.
INSERT INTO incidents(id, created_at) SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM events WHERE origin = 'extracted';
UPDATE events SET incident_id = id, link_reason = 'own' WHERE origin = 'extracted';
