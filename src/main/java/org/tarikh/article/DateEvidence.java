package org.tarikh.article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an article's publication date (its DCT) came from: every date the input offered, in
 * the order of trust, and the one that won. The order (first present wins):
 * <ol>
 *   <li>explicit metadata: {@code published} in Tarikh's formats, {@code article:published_time},
 *   JSON-LD {@code datePublished}, {@code <time datetime>}, a feed item's own date;</li>
 *   <li>a date in the URL ({@code /2015/07/20/}, {@code /20150720/});</li>
 *   <li>a dateline at the head of the text («الرياض - الأحد 9 أغسطس»);</li>
 *   <li>the capture or crawl date (WARC-Date, SaudiNewsNet's {@code date_extracted}).</li>
 * </ol>
 * Evidence more than a day from the winner is a {@linkplain #disagrees() disagreement}, shown
 * by {@code timeline} and the exports; a capture date only when it is more than a day
 * <em>before</em> the winner (a page is captured after it is published: a crawl weeks later
 * contradicts nothing, a capture before the publication date does).
 *
 * @param candidates every date found, winner first, then the others in order of trust
 */
public record DateEvidence(List<Candidate> candidates) {

    /** Kinds of evidence, in order of trust. */
    public enum Kind {
        PUBLISHED("published"),
        META_PUBLISHED_TIME("article:published_time"),
        JSON_LD("json-ld"),
        TIME_ELEMENT("time-element"),
        FEED("feed"),
        URL("url"),
        DATELINE("dateline"),
        CAPTURE("capture");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stable name stored and exported. */
        public String code() {
            return code;
        }
    }

    /** One date the input offered: what kind, the day, and the text it was read from. */
    public record Candidate(Kind kind, LocalDate date, String written) {
        @Override
        public String toString() {
            return kind.code() + " " + date;
        }
    }

    /** Evidence of an article whose only date is its {@code published} field. */
    public static DateEvidence published(LocalDate date, String written) {
        return new DateEvidence(List.of(new Candidate(Kind.PUBLISHED, date, written)));
    }

    public DateEvidence {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no evidence");
        }
        candidates = List.copyOf(candidates);
    }

    public Candidate winner() {
        return candidates.get(0);
    }

    /** True when some other evidence puts the article more than a day from the winner's date. */
    public boolean disagrees() {
        return !disagreeing().isEmpty();
    }

    /** The candidates more than a day from the winner (a capture date: more than a day before it). */
    public List<Candidate> disagreeing() {
        LocalDate d = winner().date();
        return candidates.stream().skip(1).filter(c -> c.kind() == Kind.CAPTURE
                ? ChronoUnit.DAYS.between(c.date(), d) > 1
                : Math.abs(ChronoUnit.DAYS.between(d, c.date())) > 1).toList();
    }

    /** All candidates in words, winner first: {@code "url 2015-07-19; capture 2015-07-21"}. */
    public String summary() {
        return candidates.stream().map(Candidate::toString).collect(Collectors.joining("; "));
    }

    /** The disagreement in words ({@code "dateline 2015-07-10 vs url 2015-07-18"}), or null. */
    public String disagreement() {
        List<Candidate> others = disagreeing();
        if (others.isEmpty()) {
            return null;
        }
        return others.stream().map(Candidate::toString).collect(Collectors.joining(", ")) + " vs " + winner();
    }
}
