-- A synthetic 30,000-article archive from the 4,268 articles stored by the corpus run: six copies
-- of each, copy k published k*364 days later (dct and the events' and expressions' sort keys;
-- the expressions' written values are not shifted), under id and url '<original>/copy-k'.
CREATE TABLE copy_k (k INT PRIMARY KEY);
INSERT INTO copy_k VALUES (1),(2),(3),(4),(5),(6);
INSERT INTO article (id, published, dct, title, source, url, language, content_hash, char_count, body, origin,
  job_execution_id, processed_at, dct_evidence, dct_candidates, dct_disagreement, article_key)
SELECT a.id || '/copy-' || c.k, a.published, DATEADD(DAY, 364 * c.k, a.dct), a.title, a.source, a.url || '/copy-' || c.k,
  a.language, a.content_hash, a.char_count, a.body, a.origin, a.job_execution_id, a.processed_at, a.dct_evidence,
  a.dct_candidates, a.dct_disagreement, NULL
FROM article a, copy_k c WHERE a.id NOT LIKE '%/copy-%';
COMMIT;
INSERT INTO timex (article_id, seq, tid, begin_offset, end_offset, covered_text, timex_type, timex_value, timex_mod,
  timex_quant, timex_freq, granularity, start_at, end_at, vague, timex_rule)
SELECT t.article_id || '/copy-' || c.k, t.seq, t.tid, t.begin_offset, t.end_offset, t.covered_text, t.timex_type,
  t.timex_value, t.timex_mod, t.timex_quant, t.timex_freq, t.granularity,
  CASE WHEN YEAR(t.start_at) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364 * c.k, t.start_at) ELSE t.start_at END,
  CASE WHEN YEAR(t.end_at) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364 * c.k, t.end_at) ELSE t.end_at END,
  t.vague, t.timex_rule
FROM timex t, copy_k c WHERE t.article_id NOT LIKE '%/copy-%';
COMMIT;
INSERT INTO event (article_id, seq, begin_offset, end_offset, event_text, timex_seq, sort_start, sort_end, granularity,
  vague, search_terms, trigger_begin, trigger_end, trigger_text, trigger_group, kind, relation, event_value, line_key,
  context_terms)
SELECT e.article_id || '/copy-' || c.k, e.seq, e.begin_offset, e.end_offset, e.event_text, e.timex_seq,
  CASE WHEN YEAR(e.sort_start) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364 * c.k, e.sort_start) ELSE e.sort_start END,
  CASE WHEN YEAR(e.sort_end) BETWEEN 1000 AND 3000 THEN DATEADD(DAY, 364 * c.k, e.sort_end) ELSE e.sort_end END,
  e.granularity, e.vague, e.search_terms, e.trigger_begin, e.trigger_end, e.trigger_text, e.trigger_group, e.kind,
  e.relation, e.event_value, e.line_key, e.context_terms
FROM event e, copy_k c WHERE e.article_id NOT LIKE '%/copy-%';
COMMIT;
INSERT INTO article_line_key (article_id, line_key)
SELECT l.article_id || '/copy-' || c.k, l.line_key FROM article_line_key l, copy_k c WHERE l.article_id NOT LIKE '%/copy-%';
INSERT INTO search_indexed (article_id)
SELECT s.article_id || '/copy-' || c.k FROM search_indexed s, copy_k c WHERE s.article_id NOT LIKE '%/copy-%';
COMMIT;
INSERT INTO search_term (term, article_id, context_events, text_events, text_count)
SELECT s.term, s.article_id || '/copy-' || c.k, s.context_events, s.text_events, s.text_count
FROM search_term s, copy_k c WHERE s.article_id NOT LIKE '%/copy-%';
COMMIT;
UPDATE search_generation SET generation = generation + 1 WHERE id = 1;
DROP TABLE copy_k;
COMMIT;
SELECT COUNT(*) FROM article;
