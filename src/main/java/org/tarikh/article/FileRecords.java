package org.tarikh.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** The formats whose file is read whole (each at most {@link JsonLinesCursor#MAX_LINE_BYTES}): {@code .json} and {@code .txt}. */
final class FileRecords {

    static final String SIDECAR_SUFFIX = ".meta.json";

    private FileRecords() {
    }

    /** One article object, or an array of them; all or nothing: a file not valid JSON to its end is one rejection. */
    static List<SourceRecord> json(Path file) {
        String stem = JsonRecords.stem(file.getFileName().toString());
        Origin whole = new Origin(file.toString(), 0);
        String content;
        try {
            if (Files.size(file) > JsonLinesCursor.MAX_LINE_BYTES) {
                return List.of(new Rejection(whole, null, Rejection.Reason.TOO_LARGE,
                        Files.size(file) + " bytes; a .json file may have at most " + JsonLinesCursor.MAX_LINE_BYTES));
            }
            content = JsonRecords.decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.INVALID_ENCODING, "the file is not UTF-8 text"));
        } catch (IOException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
        }
        List<SourceRecord> records = new ArrayList<>();
        try (NumberLiterals p = new NumberLiterals(JsonRecords.JSON.createParser(JsonRecords.stripBom(content)))) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    i++;
                    p.startArticle(2);
                    JsonNode node = JsonRecords.ELEMENT.readValue(p);
                    records.add(ArticleParser.parse(node, p.numbers(), null, stem + "-" + i, new Origin(file.toString(), i)));
                }
            } else {
                p.startArticle(1);
                JsonNode node = first == null ? null : JsonRecords.ELEMENT.readValue(p);
                records.add(ArticleParser.parse(node, p.numbers(), null, stem, whole));
            }
            if (p.nextToken() != null) {
                throw new IllegalStateException("content after the end of the JSON value");
            }
        } catch (JacksonException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage()));
        } catch (IllegalStateException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, e.getMessage()));
        }
        return records;
    }

    /** The article text, with its metadata in the sidecar {@code NAME.meta.json}. */
    static SourceRecord text(Path file) {
        String stem = JsonRecords.stem(file.getFileName().toString());
        Origin whole = new Origin(file.toString(), 0);
        Path sidecar = file.resolveSibling(stem + SIDECAR_SUFFIX);
        if (!Files.isRegularFile(sidecar)) {
            return new Rejection(whole, stem, Rejection.Reason.MISSING_METADATA,
                    "a .txt article needs " + sidecar.getFileName() + " with at least 'published'");
        }
        try {
            if (Files.size(file) > JsonLinesCursor.MAX_LINE_BYTES) {
                return new Rejection(whole, stem, Rejection.Reason.TOO_LARGE,
                        Files.size(file) + " bytes; a .txt article may have at most " + JsonLinesCursor.MAX_LINE_BYTES);
            }
            String text = JsonRecords.stripBom(JsonRecords.decode(Files.readAllBytes(file)));
            return JsonRecords.parseObject(JsonRecords.stripBom(JsonRecords.decode(Files.readAllBytes(sidecar))), text,
                    stem, whole);
        } catch (CharacterCodingException e) {
            return new Rejection(whole, stem, Rejection.Reason.INVALID_ENCODING, "the text or its sidecar is not UTF-8");
        } catch (JacksonException e) {
            return new Rejection(whole, stem, Rejection.Reason.MALFORMED_JSON,
                    sidecar.getFileName() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Rejection(whole, stem, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
    }
}
