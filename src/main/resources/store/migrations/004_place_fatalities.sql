-- ClashMap schema v4: the dead the text gives for one place of an event ("3 in Douma and 2 in Harasta").
-- NULL when the text gives no count for that place (every row of an older database): the event's
-- total stays in events.fatalities, and FatalityShares decides what each place shows and exports.
ALTER TABLE event_places ADD COLUMN fatalities INTEGER CHECK (fatalities IS NULL OR fatalities >= 0);
