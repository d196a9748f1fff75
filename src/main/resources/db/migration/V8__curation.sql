-- Curation (org.tarikh.curation, docs/curation.md): corrections people make to the chronology,
-- applied after automatic merging at every query. Keyed by stable event identities
-- (article id, a hash of the event's text, its begin offset), never by entry positions or
-- event sequence numbers, so they outlive re-runs, re-annotation and changes of merge method.
CREATE TABLE curation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    action      VARCHAR(16)   NOT NULL,   -- HIDE, SPLIT, REJECT_MERGE, ACCEPT_MERGE, MOVE, DATE, NOTE
    event_key   VARCHAR(600)  NOT NULL,   -- the event acted on: articleId#sha256(text)[0..12]@begin
    other_key   VARCHAR(600),             -- the second event (REJECT_MERGE, ACCEPT_MERGE, MOVE: target)
    val         VARCHAR(2000),            -- DATE: the corrected date (yyyy, yyyy-mm, yyyy-mm-dd); NOTE: the note
    reason      VARCHAR(2000),            -- why, as given
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    undone_by   VARCHAR(200),
    undone_at   TIMESTAMP
);
CREATE INDEX curation_active ON curation (undone_at, id);
