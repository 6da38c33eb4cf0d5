-- ClashMap schema v1. Dates are ISO-8601 text (YYYY-MM-DD); NULL means unknown.
CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    sha256              TEXT    NOT NULL UNIQUE,          -- of the UTF-8 text: re-ingesting the same text changes nothing
    file_name           TEXT    NOT NULL,
    outlet              TEXT    NOT NULL DEFAULT '',
    published           TEXT,                             -- NULL when the publication date is unknown
    published_precision TEXT    NOT NULL DEFAULT 'UNKNOWN',
    text                TEXT    NOT NULL,
    ingested_at         TEXT    NOT NULL
);

CREATE TABLE places (
    id           TEXT PRIMARY KEY,                        -- gazetteer id
    kind         TEXT NOT NULL,
    name_ar      TEXT NOT NULL,
    name_en      TEXT,
    admin1       TEXT,
    admin2       TEXT,
    lat          REAL NOT NULL,
    lon          REAL NOT NULL,
    precision_km REAL NOT NULL,
    source       TEXT
);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    origin         TEXT    NOT NULL DEFAULT 'extracted',  -- extracted | ucdp | acled | synthetic
    external_id    TEXT,                                  -- id in the imported dataset
    ordinal        INTEGER NOT NULL DEFAULT 0,            -- position within its article
    event_type     TEXT    NOT NULL,
    sub_event_type TEXT,
    date_from      TEXT,
    date_to        TEXT,
    time_precision INTEGER NOT NULL DEFAULT 0,            -- ACLED code 1..3, 0 unknown
    fatalities     INTEGER,
    wounded        INTEGER,
    confidence     REAL    NOT NULL DEFAULT 0.5,
    review_status  TEXT    NOT NULL DEFAULT 'unreviewed' CHECK (review_status IN ('unreviewed','confirmed','rejected')),
    sentence       TEXT,
    char_start     INTEGER,
    char_end       INTEGER,
    notes          TEXT,
    CHECK (date_to IS NULL OR date_from <= date_to)
);
CREATE INDEX events_by_date ON events(date_from, date_to);
CREATE INDEX events_by_article ON events(article_id);

CREATE TABLE event_places (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    place_id     TEXT REFERENCES places(id),              -- NULL for a point not tied to a gazetteer place
    name_ar      TEXT,
    name_en      TEXT,
    relation     TEXT,                                    -- NULL, or the relative expression ("60 km NE" ...)
    lat          REAL NOT NULL,
    lon          REAL NOT NULL,
    precision_km REAL NOT NULL,
    confidence   REAL,
    char_start   INTEGER,
    char_end     INTEGER
);
CREATE INDEX event_places_by_event ON event_places(event_id);

CREATE TABLE event_actors (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id   TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('ACTOR1','ACTOR2','ASSOCIATED')),
    fatalities INTEGER,
    PRIMARY KEY (event_id, actor_id, role)
);

CREATE TABLE control_claims (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    origin         TEXT    NOT NULL DEFAULT 'extracted',  -- extracted | edit | layer | synthetic
    place_id       TEXT REFERENCES places(id),
    name_ar        TEXT,
    lat            REAL    NOT NULL,
    lon            REAL    NOT NULL,
    actor_id       TEXT    NOT NULL,
    gained         INTEGER NOT NULL,                      -- 1 took control, 0 withdrew
    date_from      TEXT,
    date_to        TEXT,
    time_precision INTEGER NOT NULL DEFAULT 0,
    sentence       TEXT,
    char_start     INTEGER,
    char_end       INTEGER
);
CREATE INDEX control_claims_by_date ON control_claims(date_from);

-- Analyst edits live beside the machine's originals, never over them.
CREATE TABLE edits (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    field      TEXT    NOT NULL,                          -- review_status | event_type | date | fatalities | actors | place ...
    old_value  TEXT,
    new_value  TEXT,
    author     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0         -- 0 in force, 1 undone (redoable), 2 undone for good
);
CREATE INDEX edits_by_event ON edits(event_id);
