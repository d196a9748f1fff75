package org.tarikh.article;

import java.time.LocalDate;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON object (from a {@code .jsonl} line, a {@code .json} file, or a {@code .txt}
 * sidecar plus its text) into an {@link Article}, or into a {@link Rejection} that says why not.
 */
public final class ArticleParser {

    private ArticleParser() {
    }

    /**
     * @param fields      the article's metadata (and text, unless {@code text} is given)
     * @param text        the text when it comes from elsewhere (a {@code .txt} file), else null
     * @param fallbackId  the id to use when the input has none
     */
    public static SourceRecord parse(JsonNode fields, String text, String fallbackId, Origin origin) {
        if (fields == null || !fields.isObject()) {
            return new Rejection(origin, null, Rejection.Reason.NOT_AN_OBJECT,
                    "expected a JSON object with id, published and text");
        }
        // SaudiNewsNet-style records name their fields differently: url is the id, content the
        // text, date_extracted the publication date
        String id = string(fields, "id").or(() -> string(fields, "url")).filter(s -> !s.isBlank()).map(String::strip)
                .orElse(fallbackId);
        Optional<String> published = string(fields, "published").or(() -> string(fields, "date_extracted"))
                .filter(s -> !s.isBlank());
        if (published.isEmpty()) {
            return new Rejection(origin, id, Rejection.Reason.MISSING_PUBLISHED,
                    "field 'published' is required (ISO date or date-time)");
        }
        Optional<LocalDate> dct = PublicationDate.parse(published.get());
        if (dct.isEmpty()) {
            return new Rejection(origin, id, Rejection.Reason.UNPARSEABLE_PUBLISHED,
                    "'" + abbreviate(published.get()) + "' is not an ISO date or date-time");
        }
        String body = text != null ? text : string(fields, "text").or(() -> string(fields, "content")).orElse("");
        if (body.isBlank()) {
            return new Rejection(origin, id, Rejection.Reason.EMPTY_TEXT, "the article has no text");
        }
        return new Article(id, published.get().strip(), dct.get(),
                string(fields, "title").orElse(null),
                string(fields, "source").orElse(null),
                string(fields, "url").orElse(null),
                string(fields, "language").filter(s -> !s.isBlank()).orElse("ar"),
                body, origin);
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isValueNode() ? value.asString() : value.toString());
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
