-- search_pending's ids (V16) come from its identity sequence, which H2 reserves 32 values at a time:
-- each time those run out it writes the sequence's new limit in a transaction of its own, and with
-- durable commits (WRITE_DELAY 0) every such commit stores H2's unsaved pages to the file, in the
-- middle of a chunk. A 400-article run appends about 60,000 postings: some 1,900 stores, a quarter of
-- the partition threads' CPU (docs/performance.md, "Round twelve"). Reserving 10,000 at a time leaves
-- about 6. Ids lost when the database is not closed cleanly are only gaps, which SearchIndex.flush
-- (PendingPostings) already reads past.
ALTER TABLE search_pending ALTER COLUMN id SET CACHE 10000;
