package org.tarikh.job;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.tarikh.article.Article;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.Capture;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;

/**
 * Checks every record the reader yields before anything expensive happens: far-future
 * publication dates, oversized texts, and a second capture of an article already read in this
 * run. It sees every record of the run in order, also on a restart (the reader re-reads the
 * records it skips), so a duplicate is recognized even when its first occurrence was committed
 * before a crash. An id stored by an earlier run is not a duplicate: that is an update.
 * <p>
 * A second capture is the same id with the same text, or the same text from the same source
 * under another id ({@link Article#keys()}): it becomes a {@link Capture} of the article
 * read first, which is stored once with all its captures recorded. The same id with another
 * text is still a DUPLICATE_ID rejection (the first one is kept): two different texts claim one
 * identity, and no rule can say which is the article.
 */
public final class InputGuard {

    /** Kept small (a million ids must fit): 64 bits of each key (null: not known), and the origin's shared file string. */
    private record Seen(Article.Keys keys, org.tarikh.article.Origin origin) {
    }

    private final LocalDate runDate;
    private final int maxFutureDays;
    private final int maxArticleChars;
    private final Map<String, Seen> seen = new HashMap<>();
    /** The id first read with each {@link Article.Keys#article()} key. */
    private final Map<Long, String> texts = new HashMap<>();

    public InputGuard(LocalDate runDate, int maxFutureDays, int maxArticleChars) {
        this.runDate = runDate;
        this.maxFutureDays = maxFutureDays;
        this.maxArticleChars = maxArticleChars;
    }

    public SourceRecord check(SourceRecord record) {
        if (!(record instanceof Article a)) {
            return record;
        }
        String tooLong = tooLongField(a);
        if (tooLong != null) {
            // the insert would fail and roll back the whole chunk, on every restart: reject instead
            return new Rejection(a.origin(), null, Rejection.Reason.TOO_LARGE, tooLong);
        }
        if (a.text().length() > maxArticleChars) {
            return new Rejection(a.origin(), a.id(), Rejection.Reason.TOO_LARGE,
                    a.text().length() + " characters; the limit is " + maxArticleChars + " (limits.max-article-chars)");
        }
        LocalDate latest = runDate.plusDays(maxFutureDays);
        if (a.dct().isAfter(latest)) {
            return new Rejection(a.origin(), a.id(), Rejection.Reason.FUTURE_PUBLISHED,
                    "published " + a.dct() + " is after " + latest + " (run date " + runDate + " + "
                            + maxFutureDays + " days, limits.max-future-days)");
        }
        Article.Keys keys = a.keys();
        Seen first = seen.get(a.id());
        if (first != null) {
            if (first.keys() != null && first.keys().text() == keys.text()) {
                return new Capture(a.id(), a, "id '" + a.id() + "' with the same text was already read from "
                        + first.origin().location());
            }
            return new Rejection(a.origin(), a.id(), Rejection.Reason.DUPLICATE_ID,
                    "id '" + a.id() + "' was already read from " + first.origin().location()
                            + (first.keys() == null ? " (by another partition)" : " with a different text")
                            + "; the first one is kept");
        }
        String sameText = keys.article() == null ? null : texts.get(keys.article());
        seen.put(a.id(), new Seen(keys, a.origin()));
        if (sameText != null) {
            return new Capture(sameText, a, "the same text from the same source was already read as '" + sameText
                    + "' from " + seen.get(sameText).origin().location());
        }
        if (keys.article() != null) {
            texts.put(keys.article(), a.id());
        }
        return record;
    }

    /**
     * A record another partition owns, passed over: its id and text are claimed all the same, so
     * that whichever partition reads a record second sees it as a duplicate, as a single reader
     * would. (A record that the other partition rejects for a reason the cheap scan cannot see,
     * e.g. an unparseable date, still claims its id here.)
     */
    public void sighted(ArticleSource.Skipped skipped) {
        if (skipped.id() == null || seen.containsKey(skipped.id())) {
            return; // no claim, or the owner's own duplicate
        }
        seen.put(skipped.id(), new Seen(skipped.keys(), skipped.origin()));
        if (skipped.keys() != null && skipped.keys().article() != null) {
            texts.putIfAbsent(skipped.keys().article(), skipped.id());
        }
    }

    /** The first metadata field longer than its column (V2__timeline.sql), in words; else null. */
    private static String tooLongField(Article a) {
        String[] names = {"id", "published", "title", "source", "url", "language"};
        String[] values = {a.id(), a.published(), a.title(), a.source(), a.url(), a.language()};
        int[] limits = {512, 64, 4000, 1000, 4000, 16};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && values[i].length() > limits[i]) {
                return "'" + names[i] + "' has " + values[i].length() + " characters; at most " + limits[i] + " are stored";
            }
        }
        return null;
    }
}
