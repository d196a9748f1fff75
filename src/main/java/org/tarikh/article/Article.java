package org.tarikh.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article. {@code published} is the publication date as written in the evidence
 * that won (date or ISO date-time with offset); {@code dct} is its calendar day, the document
 * creation time every relative expression is resolved against. {@code dateEvidence} says
 * where the date came from (the winner is the first candidate) and what else the input said.
 * <p>
 * A value with the accessors, equality and string form of a record of these ten fields; a class
 * rather than a record only so that it keeps its {@link #keys()} once computed: the job asks for
 * them three times per new article (the input guard, the chunk's lookup, the insert), and each
 * time they were two SHA-256 passes over the text.
 * <p>
 * Why not a record with the keys computed in its compact constructor: a record has no instance
 * fields but its components, so the keys would have to be an eleventh component. That component
 * would be a parameter of the public canonical constructor (a caller could pass keys that are not
 * those of the text, or the constructor would have to ignore what it is given), and part of
 * {@code equals}, {@code hashCode} and the string form (which would change); and the keys would
 * be computed whenever an article is built, whether or not anything asks for them (two SHA-256
 * passes over the text: small beside annotating it, but not nothing). A cached holder as a
 * component has the same constructor and string-form problems, and needs an {@code equals} that
 * ignores its content. So the class is kept; {@code ArticleTest} pins its record-like equality
 * and string form, and that the keys are computed once.
 */
public final class Article implements SourceRecord {

    private final String id;
    private final String published;
    private final LocalDate dct;
    private final String title;
    private final String source;
    private final String url;
    private final String language;
    private final String text;
    private final Origin origin;
    private final DateEvidence dateEvidence;
    /** {@link #keys()}, computed at its first call (a record of final fields: safe to share without a lock). */
    private Keys keys;

    public Article(String id, String published, LocalDate dct, String title, String source, String url,
            String language, String text, Origin origin, DateEvidence dateEvidence) {
        this.id = id;
        this.published = published;
        this.dct = dct;
        this.title = title;
        this.source = source;
        this.url = url;
        this.language = language;
        this.text = text;
        this.origin = origin;
        this.dateEvidence = dateEvidence;
    }

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

    /** What makes another record the same article: {@link Keys}; computed once per article. */
    public Keys keys() {
        Keys k = keys;
        if (k == null) {
            k = Keys.of(source, dateEvidence, text);
            keys = k;
        }
        return k;
    }

    public String id() {
        return id;
    }

    public String published() {
        return published;
    }

    public LocalDate dct() {
        return dct;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String url() {
        return url;
    }

    public String language() {
        return language;
    }

    public String text() {
        return text;
    }

    @Override
    public Origin origin() {
        return origin;
    }

    public DateEvidence dateEvidence() {
        return dateEvidence;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Article a && Objects.equals(id, a.id) && Objects.equals(published, a.published)
                && Objects.equals(dct, a.dct) && Objects.equals(title, a.title) && Objects.equals(source, a.source)
                && Objects.equals(url, a.url) && Objects.equals(language, a.language) && Objects.equals(text, a.text)
                && Objects.equals(origin, a.origin) && Objects.equals(dateEvidence, a.dateEvidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, published, dct, title, source, url, language, text, origin, dateEvidence);
    }

    @Override
    public String toString() {
        return "Article[id=" + id + ", published=" + published + ", dct=" + dct + ", title=" + title + ", source="
                + source + ", url=" + url + ", language=" + language + ", text=" + text + ", origin=" + origin
                + ", dateEvidence=" + dateEvidence + "]";
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
