-- Another capture stored by an earlier run (TimelineStore.storedCapture, docs/operations.md
-- "Duplicates and captures"): every article read under an id not stored yet is looked up by its
-- content hash. Without this index that lookup reads the whole article table once per new article.

CREATE INDEX article_content_hash ON article (content_hash);
