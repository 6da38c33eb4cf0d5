-- ClashMap schema v11: the analyst's merge and split can be undone and redone (issue 17 item 3, decision 037).
-- Each edit keeps where every event of the incidents it touched stood before and after it (one line an event:
-- event id, incident id, pinned, link reason, tab-separated), so undo restores exactly what was there and
-- redo what the edit made; undone as for event edits: 0 in force, 1 undone (redoable), 2 undone for good.
ALTER TABLE incident_edits ADD COLUMN before_state TEXT;
ALTER TABLE incident_edits ADD COLUMN after_state TEXT;
ALTER TABLE incident_edits ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_edits ADD COLUMN undone_at TEXT;
