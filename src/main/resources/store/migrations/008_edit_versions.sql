-- ClashMap schema v8: each event's edit version, raised by every edit, undo and redo in the same
-- transaction. An analyst's edit names the version they saw: when another analyst changed the event
-- since, the edit is refused and the other's change shown, never silently overwritten (decision 027).
ALTER TABLE events ADD COLUMN edit_version INTEGER NOT NULL DEFAULT 0;
