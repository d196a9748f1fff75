package org.tarikh.chronology;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One stored per-article event with everything a chronology shows about it: where it is in
 * its article, the expression that places it, and the article's metadata. Offsets are UTF-16
 * indexes into the article text. {@code dctDisagreement} is non-null when the article's
 * publication-date evidence disagrees by more than a day ({@link org.tarikh.article.DateEvidence}):
 * its words, e.g. {@code "capture 2015-07-21 vs url 2015-07-18"}.
 */
public record SourceEvent(
        String articleId,
        int seq,
        int begin,
        int end,
        String text,
        LocalDateTime start,
        LocalDateTime until,
        String granularity,
        boolean vague,
        String expression,
        String type,
        String value,
        String mod,
        int expressionBegin,
        int expressionEnd,
        LocalDate dct,
        String title,
        String source,
        String url,
        List<String> terms,
        String triggerText,
        int triggerBegin,
        String group,
        String kind,
        String relation,
        String dctDisagreement) {

    /** An event of an article whose publication-date evidence agrees (or was not recorded). */
    public SourceEvent(String articleId, int seq, int begin, int end, String text, LocalDateTime start,
            LocalDateTime until, String granularity, boolean vague, String expression, String type, String value,
            String mod, int expressionBegin, int expressionEnd, LocalDate dct, String title, String source, String url,
            List<String> terms, String triggerText, int triggerBegin, String group, String kind, String relation) {
        this(articleId, seq, begin, end, text, start, until, granularity, vague, expression, type, value, mod,
                expressionBegin, expressionEnd, dct, title, source, url, terms, triggerText, triggerBegin, group, kind,
                relation, null);
    }

    /** An event without a trigger, dated by its own expression (tests and tools). */
    public SourceEvent(String articleId, int seq, int begin, int end, String text, LocalDateTime start,
            LocalDateTime until, String granularity, boolean vague, String expression, String type, String value,
            String mod, int expressionBegin, int expressionEnd, LocalDate dct, String title, String source, String url,
            List<String> terms) {
        this(articleId, seq, begin, end, text, start, until, granularity, vague, expression, type, value, mod,
                expressionBegin, expressionEnd, dct, title, source, url, terms, null, -1, null, "HAPPENING", "ON");
    }

    /** No time of its own: on or before its report's time or the publication date. */
    public boolean onOrBefore() {
        return "ON_OR_BEFORE".equals(relation);
    }

    /** Dated by the publication date itself, no expression. */
    public boolean fromPublicationDate() {
        return expressionBegin < 0;
    }

    /** A statement («قال», «أعلن»): its speaker tells it apart from other statements. */
    public boolean statement() {
        return group != null && group.startsWith("report:");
    }

    public SourceEvent withKind(String k) {
        return new SourceEvent(articleId, seq, begin, end, text, start, until, granularity, vague, expression, type, value,
                mod, expressionBegin, expressionEnd, dct, title, source, url, terms, triggerText, triggerBegin, group, k,
                relation, dctDisagreement);
    }

    /** A stable id for links: {@code articleId#seq}. */
    public String ref() {
        return articleId + "#" + seq;
    }

    /** Whether the anchoring expression lies inside the event's own text. */
    public boolean expressionInside() {
        return expressionBegin >= 0 && expressionBegin >= begin && expressionEnd <= end;
    }

    /**
     * The terms that say what happened: the event's terms without those of its anchoring
     * expression, so that «7 أبريل 2021» does not make two reports look alike: time is
     * compared on its own, by the merge rule.
     */
    public List<String> contentTerms() {
        if (!expressionInside()) {
            return terms;
        }
        List<String> rest = new java.util.ArrayList<>(terms);
        for (String t : ArabicTerms.of(expression)) {
            rest.remove(t);
        }
        return rest;
    }

    public Precision precision() {
        return Precision.of(this);
    }
}
