-- The boilerplate keys of every article's boundary lines (org.tarikh.anchor.Lines#keys: the first
-- line and the last three), whether or not the line holds an event. EventQuery counts a source's
-- repeated lines here: a link line «رابط الخبر بصحيفة …» seldom holds an event (its words are no
-- verbs), so counting only events' lines (event.line_key) left it under a fifth of the source's
-- articles. An article stored before V13 has no rows here; its events' line keys still count.
CREATE TABLE article_line_key (
    article_id      VARCHAR(512)     NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    line_key        VARCHAR(200)     NOT NULL,
    PRIMARY KEY (article_id, line_key)
);

CREATE INDEX article_line_key_key ON article_line_key (line_key);
