package org.tarikh.article;

/**
 * An input that could not become an article, with the reason in words. Rejections are
 * stored like articles, so nothing read is ever silently lost.
 *
 * @param articleId the id the input claimed, if one could be read
 * @param reason    a short, stable reason code (see {@link Reason})
 * @param detail    the specifics, for the operator
 */
public record Rejection(Origin origin, String articleId, Reason reason, String detail) implements SourceRecord {

    public enum Reason {
        MALFORMED_JSON("malformed JSON"),
        NOT_AN_OBJECT("JSON value is not an object"),
        INVALID_ENCODING("not valid UTF-8"),
        MISSING_PUBLISHED("missing publication date"),
        UNPARSEABLE_PUBLISHED("unparseable publication date"),
        EMPTY_TEXT("empty text"),
        MISSING_METADATA("missing metadata sidecar"),
        UNSUPPORTED_FILE("unsupported file type"),
        UNREADABLE_FILE("unreadable file"),
        ANNOTATION_FAILED("annotation failed"),
        // reliability guards (see docs/operations.md)
        BINARY_DATA("binary data, not text"),
        FUTURE_PUBLISHED("publication date in the future"),
        DUPLICATE_ID("duplicate id in this run"),
        TOO_LARGE("article too large"),
        TIME_BUDGET_EXCEEDED("annotation exceeded its time budget"),
        OUTPUT_INVALID("annotation output cannot be stored"),
        INVALID_FIELD("field of the wrong type"),
        MALFORMED_FEED("malformed feed");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
