-- The identity columns the job appends to in its chunks take their ids from sequences that H2
-- reserves 32 values at a time: each time those run out it writes the sequence's new limit in a
-- transaction of its own, and with durable commits (WRITE_DELAY 0) every such commit stores H2's
-- unsaved pages to the file, in the middle of a chunk. A 400-article run appends about 60,000
-- postings to search_pending (V16) and a capture row per article to article_capture (V10): some
-- 1,900 stores, a quarter of the partition threads' CPU (docs/performance.md, "Round twelve").
-- Reserving 10,000 at a time leaves a handful. Ids lost when the database is not closed cleanly are
-- only gaps: nothing reads these ids as a count, and SearchIndex.flush (PendingPostings) reads past gaps.
ALTER TABLE search_pending ALTER COLUMN id SET CACHE 10000;
ALTER TABLE article_capture ALTER COLUMN id SET CACHE 10000;
ALTER TABLE rejection ALTER COLUMN id SET CACHE 10000;
