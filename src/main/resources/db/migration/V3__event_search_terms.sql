-- Chronology search (org.tarikh.chronology): each event's text in its search form, i.e. the
-- terms of Lucene's ArabicAnalyzer (normalized, light-stemmed, stop words out) joined by
-- single spaces with a space at each end. Written by TimelineStore.saveAll; rows stored
-- before this migration are filled in by EventQuery on first use (null until then).
ALTER TABLE event ADD COLUMN search_terms CLOB;
