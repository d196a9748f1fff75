package org.tarikh.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        return parse(fields, java.util.Map.of(), text, fallbackId, origin);
    }

    /** The fields an article may have; each must be a string (a number, for the metadata, is taken as written). */
    private static final java.util.List<String> STRING_FIELDS = java.util.List.of("published", "date_extracted", "text",
            "content");
    private static final java.util.List<String> SCALAR_FIELDS = java.util.List.of("id", "url", "title", "source",
            "language");

    /**
     * @param numbers the literal text of numbers written in the object (an id {@code 1e400} is "1e400"), by field
     */
    public static SourceRecord parse(JsonNode fields, java.util.Map<String, String> numbers, String text,
            String fallbackId, Origin origin) {
        if (fields == null || !fields.isObject()) {
            return new Rejection(origin, null, Rejection.Reason.NOT_AN_OBJECT,
                    "expected a JSON object with id, published and text");
        }
        for (String name : STRING_FIELDS) {
            JsonNode v = fields.get(name);
            if (v != null && !v.isNull() && !v.isString()) {
                return new Rejection(origin, null, Rejection.Reason.INVALID_FIELD,
                        "'" + name + "' is " + kind(v) + "; expected a string");
            }
        }
        for (String name : SCALAR_FIELDS) {
            JsonNode v = fields.get(name);
            if (v != null && !v.isNull() && !v.isString() && !v.isNumber()) {
                return new Rejection(origin, null, Rejection.Reason.INVALID_FIELD,
                        "'" + name + "' is " + kind(v) + "; expected a string");
            }
        }
        for (java.util.Map.Entry<String, JsonNode> f : fields.properties()) {
            if (f.getValue().isString()) {
                int at = loneSurrogate(f.getValue().asString());
                if (at >= 0) {
                    return new Rejection(origin, null, Rejection.Reason.INVALID_ENCODING,
                            "'" + f.getKey() + "' has a lone surrogate (\\u" + Integer.toHexString(f.getValue().asString()
                                    .charAt(at)).toUpperCase(java.util.Locale.ROOT) + ") at character " + at
                                    + ": not text any encoding can store");
                }
            }
        }
        if (text != null && loneSurrogate(text) >= 0) {
            return new Rejection(origin, null, Rejection.Reason.INVALID_ENCODING,
                    "the text has a lone surrogate at character " + loneSurrogate(text));
        }
        // SaudiNewsNet-style records name their fields differently: url is the id, content the
        // text, date_extracted the publication date
        String id = string(fields, numbers, "id").or(() -> string(fields, numbers, "url")).filter(s -> !s.isBlank()).map(String::strip)
                .orElse(fallbackId);
        Optional<String> published = string(fields, "published").filter(s -> !s.isBlank());
        Optional<String> captured = string(fields, "date_extracted").filter(s -> !s.isBlank());
        Optional<String> url = string(fields, numbers, "url");
        String body = text != null ? text : string(fields, "text").or(() -> string(fields, "content")).orElse("");
        // a metadata date that is present must be readable: a typo is the publisher's to fix, not guessed around
        // (the crawl date stands in for 'published' when that is absent, as it always has)
        Optional<String> first = published.or(() -> captured);
        if (first.isPresent() && PublicationDate.parse(first.get()).isEmpty()) {
            return new Rejection(origin, id, Rejection.Reason.UNPARSEABLE_PUBLISHED,
                    "'" + abbreviate(first.get()) + "' is not an ISO date or date-time");
        }
        List<DateEvidence.Candidate> evidence = evidence(published, url, captured, body);
        if (evidence.isEmpty()) {
            return new Rejection(origin, id, Rejection.Reason.MISSING_PUBLISHED,
                    "field 'published' is required (ISO date or date-time)");
        }
        if (body.isBlank()) {
            return new Rejection(origin, id, Rejection.Reason.EMPTY_TEXT, "the article has no text");
        }
        DateEvidence dates = new DateEvidence(evidence);
        DateEvidence.Candidate winner = dates.winner();
        String written = winner.kind() == DateEvidence.Kind.PUBLISHED || winner.kind() == DateEvidence.Kind.CAPTURE
                ? winner.written() : winner.date().toString();
        return new Article(id, written, winner.date(),
                string(fields, numbers, "title").orElse(null),
                string(fields, numbers, "source").orElse(null),
                string(fields, numbers, "url").orElse(null),
                string(fields, "language").filter(s -> !s.isBlank()).orElse("ar"),
                body, origin, dates);
    }

    /**
     * The date evidence of an article object, in the order of trust: {@code published}, the URL's
     * date, a dateline, the crawl date ({@code date_extracted}). Dates that cannot be read are no
     * evidence here (the caller rejects them first).
     */
    static List<DateEvidence.Candidate> evidence(Optional<String> published, Optional<String> url,
            Optional<String> captured, String body) {
        List<DateEvidence.Candidate> evidence = new ArrayList<>();
        published.filter(p -> !p.isBlank()).ifPresent(p -> PublicationDate.parse(p)
                .ifPresent(d -> evidence.add(new DateEvidence.Candidate(DateEvidence.Kind.PUBLISHED, d, p.strip()))));
        url.flatMap(PublicationEvidence::url).ifPresent(evidence::add);
        Optional<DateEvidence.Candidate> capture = captured.filter(c -> !c.isBlank()).flatMap(c -> PublicationDate.parse(c)
                .map(d -> new DateEvidence.Candidate(DateEvidence.Kind.CAPTURE, d, c.strip())));
        // a dateline without a year takes the year of the best evidence so far, else the crawl's
        LocalDate reference = evidence.isEmpty() ? capture.map(DateEvidence.Candidate::date).orElse(null)
                : evidence.get(0).date();
        PublicationEvidence.dateline(body, reference).ifPresent(evidence::add);
        capture.ifPresent(evidence::add);
        return evidence;
    }

    private static String kind(JsonNode v) {
        return v.isObject() ? "an object" : v.isArray() ? "an array" : v.isBoolean() ? "true or false"
                : v.isNumber() ? "a number" : "not a string";
    }

    /** Index of the first UTF-16 surrogate without its partner, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A metadata value as written: a string, or a number in its literal text. */
    private static Optional<String> string(JsonNode node, java.util.Map<String, String> numbers, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isNumber()) {
            return Optional.of(numbers.getOrDefault(field, value.asString()));
        }
        return string(node, field);
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
