-- Tops up a whole-corpus database (27,343 articles stored from the shared corpus) to about 30,000
-- articles for issue 11's query-time target: one copy of 2,700 of its articles (the first by
-- content hash, i.e. a pseudo-random choice across sources and days), published 364 days later
-- (dct and the events' and expressions' sort keys; written values are not shifted), under id and
-- url '<original>/copy-1', as a syndicating archive that republished them a year on. Their
-- postings go to search_pending, as the job writes them, and the next query's SearchIndex.complete
-- moves them into the index (an INSERT ... SELECT into search_term would write its pages in
-- arrival order: docs/storage.md). Run with H2's Shell (see docs/performance.md, "Query time").
CREATE TABLE topup (id VARCHAR(512) PRIMARY KEY);
INSERT INTO topup SELECT id FROM article WHERE id NOT LIKE '%/copy-%' ORDER BY content_hash, id FETCH FIRST 2700 ROWS ONLY;
INSERT INTO article (id, published, dct, title, source, url, language, content_hash, char_count, body, origin,
  job_execution_id, processed_at, dct_evidence, dct_candidates, dct_disagreement, article_key)
SELECT a.id || '/copy-1', a.published, DATEADD(DAY, 364, a.dct), a.title, a.source, a.url || '/copy-1',
  a.language, a.content_hash, a.char_count, a.body, a.origin, a.job_execution_id, a.processed_at, a.dct_evidence,
  a.dct_candidates, a.dct_disagreement, NULL
FROM article a JOIN topup c ON c.id = a.id;
INSERT INTO timex (article_id, seq, tid, begin_offset, end_offset, covered_text, timex_type, timex_value, timex_mod,
  timex_quant, timex_freq, granularity, start_at, end_at, vague, timex_rule)
SELECT t.article_id || '/copy-1', t.seq, t.tid, t.begin_offset, t.end_offset, t.covered_text, t.timex_type,
  t.timex_value, t.timex_mod, t.timex_quant, t.timex_freq, t.granularity,
  CASE WHEN YEAR(t.start_at) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364, t.start_at) ELSE t.start_at END,
  CASE WHEN YEAR(t.end_at) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364, t.end_at) ELSE t.end_at END,
  t.vague, t.timex_rule
FROM timex t JOIN topup c ON c.id = t.article_id;
INSERT INTO event (article_id, seq, begin_offset, end_offset, event_text, timex_seq, sort_start, sort_end, granularity,
  vague, search_terms, trigger_begin, trigger_end, trigger_text, trigger_group, kind, relation, event_value, line_key,
  context_terms)
SELECT e.article_id || '/copy-1', e.seq, e.begin_offset, e.end_offset, e.event_text, e.timex_seq,
  CASE WHEN YEAR(e.sort_start) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364, e.sort_start) ELSE e.sort_start END,
  CASE WHEN YEAR(e.sort_end) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364, e.sort_end) ELSE e.sort_end END,
  e.granularity, e.vague, e.search_terms, e.trigger_begin, e.trigger_end, e.trigger_text, e.trigger_group, e.kind,
  e.relation, e.event_value, e.line_key, e.context_terms
FROM event e JOIN topup c ON c.id = e.article_id;
INSERT INTO article_line_key (article_id, line_key)
SELECT l.article_id || '/copy-1', l.line_key FROM article_line_key l JOIN topup c ON c.id = l.article_id;
INSERT INTO search_indexed (article_id) SELECT id || '/copy-1' FROM topup;
INSERT INTO search_pending (term, article_id, context_events, text_events, text_count)
SELECT s.term, s.article_id || '/copy-1', s.context_events, s.text_events, s.text_count
FROM search_term s JOIN topup c ON c.id = s.article_id ORDER BY s.article_id;
UPDATE search_generation SET generation = generation + 1 WHERE id = 1;
DROP TABLE topup;
COMMIT;
SELECT COUNT(*) FROM article;
