-- The search index (org.tarikh.chronology.SearchIndex, docs/chronology.md "Search"): for each
-- term of the stored search forms and each article, which of the article's events have it.
-- `timeline --query` reads the postings of its terms and then only the candidate events, and the
-- merge weights (document frequencies) are sums over it, instead of scanning every event's text.
-- Written by TimelineStore.saveSearchIndex with the events; an article stored before V11 (or by an
-- older Tarikh) has no row in search_indexed, and EventQuery indexes it from its stored search
-- forms on first use. Rows go with their article (cascade), so a replaced article is reindexed.
CREATE TABLE search_term (
    term            VARCHAR(300)     NOT NULL,   -- one ArabicTerms term
    article_id      VARCHAR(512)     NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    context_events  VARCHAR(1000000) NOT NULL,   -- seqs of the events whose paragraph has the term (what --query matches), space-separated
    text_events     VARCHAR(1000000) NOT NULL,   -- seqs of the events whose own text has it (--entity, document frequencies)
    text_count      INT              NOT NULL,   -- how many seqs text_events lists
    PRIMARY KEY (term, article_id)
);

CREATE INDEX search_term_article ON search_term (article_id);

-- The articles whose events are in search_term (with none: an article without events is indexed too).
CREATE TABLE search_indexed (
    article_id      VARCHAR(512)     NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE
);

-- Document frequencies (the merge weights): events per term, summed from search_term once per
-- change of the index rather than at every query. search_generation counts the writes to the
-- index (one row, id 1); df_generation is the generation search_df was computed at (NULL: never).
CREATE TABLE search_df (
    term            VARCHAR(300)     NOT NULL PRIMARY KEY,
    events          INT              NOT NULL
);

CREATE TABLE search_generation (
    id              INT              NOT NULL PRIMARY KEY,
    generation      BIGINT           NOT NULL,
    df_generation   BIGINT
);

INSERT INTO search_generation (id, generation, df_generation) VALUES (1, 0, NULL);
