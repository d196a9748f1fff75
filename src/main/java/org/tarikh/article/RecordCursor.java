package org.tarikh.article;

import java.io.Closeable;

/**
 * The records of one input file (or stream), one at a time, in a stable order. A cursor can
 * also pass over a record without turning it into an article ({@link #skip()}), which is how a
 * partition steps over the records other partitions own: it still counts every record, so all
 * partitions agree on positions, and it still learns the id the record claims, so a duplicate id
 * is recognized whichever partition reads it second.
 */
interface RecordCursor extends Closeable {

    /**
     * What skipping a record learnt: the id it claims as an article, or null (a rejection claims
     * none), its {@link Article#keys()} (null when not known), and its {@link #size}.
     */
    record Skipped(String id, Origin origin, Article.Keys keys, long size) {
    }

    /** The next record, or null at the end. */
    SourceRecord next();

    /** Passes over the next record; null at the end. Cursors whose records are cheap to parse just parse them. */
    default Skipped skip() {
        SourceRecord r = next();
        if (r == null) {
            return null;
        }
        return r instanceof Article a ? new Skipped(a.id(), a.origin(), a.keys(), size(r))
                : new Skipped(null, r.origin(), null, size(r));
    }

    /**
     * Passes over the next record when who owns it and what it claims are already known
     * ({@link RecordIndex}): only keeps the cursor in step. False at the end. By default
     * {@link #skip()}; a cursor that can step over a record more cheaply does so.
     */
    default boolean pass() {
        return skip() != null;
    }

    /**
     * How much work the record {@code read}, just returned by {@link #next()}, stands for: what the
     * partitions balance ({@link ArticleSource}). It must be the number {@link #skip()} gives the
     * same record, since every partition decides who owns the next record from the sizes of the
     * records before it. By default the length of an article's text (0 for a rejection); a cursor
     * that passes over records without parsing them gives the size of the record's bytes instead.
     */
    default long size(SourceRecord read) {
        return read instanceof Article a ? a.text().length() : 0;
    }

    /**
     * Records of this file passed over so far that are no article at all (a web archive's
     * redirects, requests, images …), by kind; they hold no position. Empty for most formats.
     */
    default java.util.Map<String, Long> notArticles() {
        return java.util.Map.of();
    }

    @Override
    void close();
}
