-- ClashMap schema v12: the indexes on an event's report and incident leave out the events that have none (issue 24).
-- Events imported from a dataset (UCDP, ACLED, generated) never have a report and, until fused, no incident: every
-- one of them still put a NULL into both indexes, two of the eight index entries a dataset row costs. Every lookup
-- by report or incident names one (article_id = ?, incident_id = ?, the foreign keys' cascades), which a partial
-- index serves as the full one did.
DROP INDEX events_by_article;
CREATE INDEX events_by_article ON events(article_id) WHERE article_id IS NOT NULL;
DROP INDEX events_by_incident;
CREATE INDEX events_by_incident ON events(incident_id) WHERE incident_id IS NOT NULL;
