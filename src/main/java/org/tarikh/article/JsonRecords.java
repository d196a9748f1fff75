package org.tarikh.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reading every format shares: one strict mapper, strict UTF-8, and the cheap
 * id-only scan a partition uses for the records it does not own.
 */
final class JsonRecords {

    /** Articles are flat objects: a nesting bomb must be a rejection, never a StackOverflowError. */
    static final int MAX_NESTING_DEPTH = 64;

    /** Strict: a key given twice in one object is malformed (which value would be the article's?). */
    static final ObjectMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()).build();
    /** Reads one value from a parser that goes on (the next array element is not "trailing"). */
    static final ObjectReader ELEMENT = JSON.readerFor(JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecords() {
    }

    /** One JSON object from a line or a sidecar (number literals kept, trailing content refused). */
    static SourceRecord parseObject(String json, String text, String fallbackId, Origin origin) {
        try (NumberLiterals p = new NumberLiterals(JSON.createParser(json))) {
            JsonToken first = p.nextToken();
            p.startArticle(1);
            JsonNode node = first == null ? null : ELEMENT.readValue(p);
            if (p.nextToken() != null) {
                return new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, "content after the end of the JSON value");
            }
            return ArticleParser.parse(node, p.numbers(), text, fallbackId, origin);
        }
    }

    /** What a scan learns of an article object: the id it claims, and its {@link Article#keys()} (null when it has no text). */
    record Scan(String id, Article.Keys keys) {
    }

    /**
     * The id an article object claims, read without building the object: the parser stands on
     * the object's first token and is left after its last. The id is null when the value is not
     * an object or has neither a publication or crawl date nor a dated URL (it would be a
     * rejection, which claims no id). The id is {@code id}, else {@code url}, else
     * {@code fallbackId}, as {@link ArticleParser} decides; the text key is taken over
     * {@code source} and {@code text} (else {@code content}), as {@link Article#keys()} are.
     * Throws as the full parse would for malformed JSON.
     */
    static Scan scan(JsonParser p, String fallbackId) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return new Scan(null, null);
        }
        String id = null;
        String url = null;
        String source = null;
        String text = null;
        String content = null;
        String publishedValue = null;
        String captured = null;
        boolean published = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                if (name.equals("id")) {
                    id = p.getString();
                } else if (name.equals("url")) {
                    url = p.getString();
                } else if (name.equals("source")) {
                    source = p.getString();
                } else if (name.equals("text") && value == JsonToken.VALUE_STRING) {
                    text = p.getString();
                } else if (name.equals("content") && value == JsonToken.VALUE_STRING) {
                    content = p.getString();
                } else if ((name.equals("published") || name.equals("date_extracted"))
                        && value == JsonToken.VALUE_STRING && !p.getString().isBlank()) {
                    published = true;
                    if (name.equals("published")) {
                        publishedValue = p.getString();
                    } else {
                        captured = p.getString();
                    }
                }
            }
            p.skipChildren();
        }
        String body = text != null ? text : content;
        Article.Keys keys = null;
        if (body != null && !body.isBlank()) {
            List<DateEvidence.Candidate> evidence = ArticleParser.evidence(Optional.ofNullable(publishedValue),
                    Optional.ofNullable(url), Optional.ofNullable(captured), body);
            keys = evidence.isEmpty() ? null : Article.Keys.of(source, new DateEvidence(evidence), body);
        }
        if (!published && (url == null || PublicationEvidence.url(url).isEmpty())) {
            return new Scan(null, null); // no date a record without its text could be dated by: a rejection
        }
        for (String candidate : new String[] {id, url}) {
            if (candidate != null && !candidate.isBlank()) {
                return new Scan(candidate.strip(), keys);
            }
        }
        return new Scan(fallbackId, keys);
    }

    /** Strict UTF-8: invalid bytes are an error, not silently replaced text. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
