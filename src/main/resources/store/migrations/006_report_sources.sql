-- ClashMap schema v6: where a report came from (decision 025). A web page's URL, a feed item's link
-- or a Telegram message's link (channel + message id), and the exact time of publication when the
-- source gives one (ISO-8601 with offset). A Telegram message edited after it was stored is found
-- again by its link, and the stored report is updated instead of a second one being added.
ALTER TABLE articles ADD COLUMN link TEXT;
ALTER TABLE articles ADD COLUMN published_at TEXT;
-- When the source last edited the stored version (a Telegram message's edit time): an older export
-- read again never turns a report back into the version before the edit.
ALTER TABLE articles ADD COLUMN revised_at TEXT;
CREATE INDEX articles_by_link ON articles(link);

-- The texts a report had before its source edited it: an earlier version (a forward made before the
-- edit, an older export) is that report, not a new one.
CREATE TABLE article_versions (
    sha256      TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    replaced_at TEXT    NOT NULL
);
CREATE INDEX article_versions_by_article ON article_versions(article_id);
