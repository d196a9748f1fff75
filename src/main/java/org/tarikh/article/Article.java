package org.tarikh.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One news article. {@code published} is the publication date as written in the evidence
 * that won (date or ISO date-time with offset); {@code dct} is its calendar day, the document
 * creation time every relative expression is resolved against. {@code dateEvidence} says
 * where the date came from (the winner is the first candidate) and what else the input said.
 */
public record Article(
        String id,
        String published,
        LocalDate dct,
        String title,
        String source,
        String url,
        String language,
        String text,
        Origin origin,
        DateEvidence dateEvidence) implements SourceRecord {

    /** An article dated by its {@code published} field alone. */
    public Article(String id, String published, LocalDate dct, String title, String source, String url,
            String language, String text, Origin origin) {
        this(id, published, dct, title, source, url, language, text, origin, DateEvidence.published(dct, published));
    }

    /**
     * What makes two records the same article although their ids may differ: the same text from
     * the same source with the same publication day, as its evidence decided (64 bits of SHA-256).
     * A day that only a capture or crawl date gave does not count: two captures of one page differ
     * in nothing else. The same wire story on two newspapers' sites stays two articles (two
     * sources report it), and so does a recurring text published on two days. See {@link Capture}.
     */
    public long sameTextKey() {
        return sameTextKey(source, dateEvidence, text);
    }

    /** {@link #sameTextKey()} of a record known only by its source, date evidence and text (one another partition owns). */
    public static long sameTextKey(String source, DateEvidence dates, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((source == null ? "" : source.strip()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (dates.winner().kind() != DateEvidence.Kind.CAPTURE) {
                sha.update(dates.winner().date().toString().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** SHA-256 over the fields that change what Tarikh computes: text and publication date. */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(published.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
