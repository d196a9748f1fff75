package org.tarikh.article;

/**
 * Another capture of an article already read in this run: the same id (a page's canonical URL)
 * with the same text, or the same text from the same source under another id (the page captured
 * under two URLs). It is not annotated or stored again; where it was found is recorded as one
 * more capture of the article that was kept ({@code article_capture}, docs/operations.md
 * "Duplicates and captures").
 *
 * @param articleId the id of the article kept (read first)
 * @param copy      this capture as read: its URL, origin, date evidence
 * @param detail    why it is a capture, in words (null for an article's own, first capture)
 */
public record Capture(String articleId, Article copy, String detail) implements SourceRecord {

    /** An article's own capture: where the kept version was read. */
    public static Capture of(Article kept) {
        return new Capture(kept.id(), kept, null);
    }

    @Override
    public Origin origin() {
        return copy.origin();
    }

    /** The capture or crawl date the copy carries (WARC-Date, {@code date_extracted}), or null. */
    public java.time.LocalDate captureDate() {
        return copy.dateEvidence().candidates().stream().filter(c -> c.kind() == DateEvidence.Kind.CAPTURE)
                .map(DateEvidence.Candidate::date).findFirst().orElse(null);
    }
}
