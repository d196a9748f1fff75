package org.tarikh.job;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.tarikh.article.Article;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;

/**
 * Checks every record the reader yields before anything expensive happens: far-future
 * publication dates, oversized texts, and a second article with an id already seen in this
 * run. It sees every record of the run in order, also on a restart (the reader re-reads the
 * records it skips), so a duplicate is recognized even when its first occurrence was committed
 * before a crash. An id stored by an earlier run is not a duplicate: that is an update.
 */
public final class InputGuard {

    /** Kept small (a million ids must fit): 64 bits of the hash, and the origin's shared file string. */
    private record Seen(long hash, org.tarikh.article.Origin origin, boolean compared) {
    }

    private final LocalDate runDate;
    private final int maxFutureDays;
    private final int maxArticleChars;
    private final Map<String, Seen> seen = new HashMap<>();

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
        long hash = Long.parseUnsignedLong(a.contentHash().substring(0, 16), 16);
        Seen first = seen.putIfAbsent(a.id(), new Seen(hash, a.origin(), true));
        if (first != null) {
            return new Rejection(a.origin(), a.id(), Rejection.Reason.DUPLICATE_ID,
                    "id '" + a.id() + "' was already read from " + first.origin().location()
                            + (!first.compared() ? " (by another partition)"
                                    : first.hash() == hash ? " (same content)" : " with different content")
                            + "; the first one is kept");
        }
        return record;
    }

    /**
     * A record another partition owns, passed over unparsed: its id is claimed all the same, so
     * that whichever partition reads an id second rejects it, as a single reader would. (A record
     * that the other partition rejects for a reason the cheap scan cannot see, e.g. an
     * unparseable date, still claims its id here.)
     */
    public void sighted(ArticleSource.Skipped skipped) {
        if (skipped.id() != null) {
            seen.putIfAbsent(skipped.id(), new Seen(0, skipped.origin(), false));
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
