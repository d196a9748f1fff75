-- Events anchored to their own time (org.tarikh.anchor, docs/chronology.md): an event is a
-- happening found by its trigger word, dated by the expression that modifies it or, without one,
-- "on or before" its report's time or the publication date.


-- An event that inherits the publication date has no anchoring expression. (PostgreSQL spelling of
-- db/vendor/h2/V6, which says ALTER COLUMN ... SET NULL; the rest is the same.)
ALTER TABLE event ALTER COLUMN timex_seq DROP NOT NULL;

ALTER TABLE event ADD COLUMN trigger_begin INT;              -- the trigger word (verb or event noun), UTF-16 offsets
ALTER TABLE event ADD COLUMN trigger_end INT;
ALTER TABLE event ADD COLUMN trigger_text VARCHAR(200);
ALTER TABLE event ADD COLUMN trigger_group VARCHAR(32);      -- action group of the trigger (trigger-verbs.txt)
-- HAPPENING, STATE, OPINION as anchored; BOILERPLATE is decided per source at query time from line_key
ALTER TABLE event ADD COLUMN kind VARCHAR(16) DEFAULT 'HAPPENING' NOT NULL;
ALTER TABLE event ADD COLUMN relation VARCHAR(16) DEFAULT 'ON' NOT NULL;  -- ON, ON_OR_BEFORE
ALTER TABLE event ADD COLUMN event_value VARCHAR(128);       -- TIMEX3 value of the event's date (the publication day when inherited)
ALTER TABLE event ADD COLUMN line_key VARCHAR(200);          -- where its line sits and how it starts: boilerplate detection
ALTER TABLE event ADD COLUMN context_terms CLOB;             -- search form of the event's paragraph (its line): what --query matches

CREATE INDEX event_line_key ON event (line_key);
