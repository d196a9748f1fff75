package org.tarikh.job;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The guards that keep one bad input from stalling or crashing a nightly run (the
 * {@code limits:} block of a job definition; every key optional).
 *
 * @param timeBudget      longest an article may take to annotate (ISO-8601 like {@code PT30S}, or
 *                        {@code 30s}, {@code 500ms}, {@code 2m}); 0 turns the guard off
 * @param maxFutureDays   publication dates more than this many days after the run date are rejected
 * @param maxArticleChars longer article texts are rejected before annotation
 */
public record Limits(
        @JsonProperty("time-budget") String timeBudget,
        @JsonProperty("max-future-days") Integer maxFutureDays,
        @JsonProperty("max-article-chars") Integer maxArticleChars) {

    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_FUTURE_DAYS = 2;
    /** Far above any news article (tens of thousands of characters), far below a heap problem. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 500_000;

    public static Limits defaults() {
        return new Limits(null, null, null).withDefaults();
    }

    public Limits withDefaults() {
        return new Limits(
                timeBudget == null ? DEFAULT_TIME_BUDGET.toString() : timeBudget,
                maxFutureDays == null ? DEFAULT_MAX_FUTURE_DAYS : maxFutureDays,
                maxArticleChars == null ? DEFAULT_MAX_ARTICLE_CHARS : maxArticleChars);
    }

    /** Rejects values a run could not use ({@link ConfigurationException} naming the key). */
    void validate(String in) {
        if (timeBudget != null) {
            try {
                if (parseDuration(timeBudget).isNegative()) {
                    throw new IllegalArgumentException("negative");
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(in + "'limits.time-budget': '" + timeBudget
                        + "' is not a duration like 30s, 500ms, 2m or PT30S (0 = off)", e);
            }
        }
        if (maxFutureDays != null && maxFutureDays < 0) {
            throw new ConfigurationException(in + "'limits.max-future-days' must be 0 or more, not " + maxFutureDays);
        }
        if (maxArticleChars != null && maxArticleChars < 1) {
            throw new ConfigurationException(in + "'limits.max-article-chars' must be 1 or more, not " + maxArticleChars);
        }
    }

    public Duration budget() {
        return parseDuration(timeBudget == null ? DEFAULT_TIME_BUDGET.toString() : timeBudget);
    }

    /** {@code PT30S}, {@code 30s}, {@code 500ms}, {@code 2m}, or a bare number of seconds. */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).strip()));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).strip()));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("time-budget '" + text + "' is not a duration like 30s, 500ms or PT30S", e);
        }
    }
}
