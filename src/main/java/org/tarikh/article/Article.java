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
     * What makes two records the same article ({@link Capture}), 64 bits of SHA-256 each:
     *
     * @param text    of the text alone: the same id with the same text is another capture, whatever
     *                each capture's date evidence and source name say
     * @param article of the source, the publication day as its evidence decided, and the text: the
     *                same under another id is another capture (the page under a second URL); null
     *                for a text of fewer than {@link #MIN_LETTERS_FOR_ANOTHER_ID} letters. A day
     *                that only a capture or crawl date gave does not count (two captures of one page
     *                differ in nothing else); the same wire story on two newspapers' sites stays two
     *                articles, and so does a recurring text published on two days.
     */
    public record Keys(long text, Long article) {

        /**
         * Fewer letters than this, and a text is too little to say that two pages under two URLs
         * are one article: a byline, a caption, a page whose body the crawler missed (on the
         * shared corpus, 25 such texts of 5 to 33 characters repeat under unrelated URLs).
         */
        public static final int MIN_LETTERS_FOR_ANOTHER_ID = 100;

        /** The keys of a record known only by its source, date evidence and text (one another partition owns). */
        public static Keys of(String source, DateEvidence dates, String text) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            MessageDigest sha = sha256();
            sha.update(body);
            long textOnly = java.nio.ByteBuffer.wrap(sha.digest()).getLong();
            if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS_FOR_ANOTHER_ID).count()
                    < MIN_LETTERS_FOR_ANOTHER_ID) {
                return new Keys(textOnly, null);
            }
            sha.update((source == null ? "" : source.strip()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (dates.winner().kind() != DateEvidence.Kind.CAPTURE) {
                sha.update(dates.winner().date().toString().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            sha.update(body);
            return new Keys(textOnly, java.nio.ByteBuffer.wrap(sha.digest()).getLong());
        }
    }

    /** What makes another record the same article: {@link Keys}. */
    public Keys keys() {
        return Keys.of(source, dateEvidence, text);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
