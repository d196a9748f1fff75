-- Two indexes that hold all a query reads from these tables (issue 11, docs/performance.md "Query time at
-- 30,000 articles"), so that H2 answers from the index entries without reading each row:
--  * the publication day of the candidate articles, read to put them newest first (EventQuery#newestFirst);
--  * a boundary line key with its article's source, read to count the articles of a source that repeat a
--    line (EventQuery#boilerplateLines); it replaces the index on the key alone, which it also serves.
CREATE INDEX article_id_dct ON article (id, dct);
DROP INDEX article_line_key_key;
CREATE INDEX article_line_key_key ON article_line_key (line_key, source);
