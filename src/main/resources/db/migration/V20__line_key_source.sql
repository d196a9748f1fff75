-- The source of each boundary line key's article, beside the key (EventQuery#boilerplateLines).
-- A query counts, per source, the articles that repeat a line: with the source here it reads only
-- article_line_key through its key index, instead of joining every row found to article for its
-- source. Filled for the rows stored before V20; TimelineStore writes it for new ones. The second
-- index serves the count of a source's articles (one index range, not a scan of article).
ALTER TABLE article_line_key ADD COLUMN source VARCHAR(1000);
UPDATE article_line_key SET source = (SELECT a.source FROM article a WHERE a.id = article_line_key.article_id);
CREATE INDEX article_source ON article (source);
