-- Where each article's publication date (its DCT) came from (org.tarikh.article.DateEvidence,
-- docs/operations.md "Publication date by evidence"). NULL in all three for rows stored before
-- V7: the evidence was not recorded then (`run --reprocess ID` records it).

ALTER TABLE article ADD COLUMN dct_evidence VARCHAR(32);        -- which evidence won: published, article:published_time, json-ld, time-element, url, dateline, capture
ALTER TABLE article ADD COLUMN dct_candidates VARCHAR(1000);    -- every date the input offered, winner first: "url 2015-07-20; capture 2015-07-21"
ALTER TABLE article ADD COLUMN dct_disagreement VARCHAR(1000);  -- the evidence more than a day from the winner, in words; NULL when all agree
