package org.tarikh.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Streams the {@code .json} entries of a zip archive, in entry-name order: each entry is one
 * article object or an array of them; elements are parsed one by one with Jackson's streaming
 * parser, so a large archive never sits in memory (e.g. the SaudiNewsNet corpus:
 * {@code content}, {@code date_extracted}, {@code url} stand for text, published and id).
 * Malformed JSON ends that entry with one rejection; the next entry is still read.
 */
final class ZipCursor implements RecordCursor {
    private final java.util.zip.ZipFile zip;
    private final String file;
    private final Deque<java.util.zip.ZipEntry> entries;
    private NumberLiterals parser;
    private String entryName;
    private String entryStem;
    private long element;
    private boolean array;
    /** The bytes of the array element read or passed over last (0: a whole entry, a problem): its {@link #size}. */
    private long lastSize;
    /** {@link #pass()}: an element is tokenized, not scanned for its claim. */
    private boolean passing;

    ZipCursor(Path path) throws IOException {
        this.file = path.toString();
        this.zip = new java.util.zip.ZipFile(path.toFile(), StandardCharsets.UTF_8);
        this.entries = new ArrayDeque<>(zip.stream().filter(e -> !e.isDirectory())
                .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName)).toList());
    }

    @Override
    public SourceRecord next() {
        return advance(false).record;
    }

    /** An array element passed over is tokenized (so malformed JSON counts as it would), never built or decoded. */
    @Override
    public Skipped skip() {
        Step s = advance(true);
        if (s.record != null) {
            return s.record instanceof Article a ? new Skipped(a.id(), a.origin(), a.keys(), lastSize)
                    : new Skipped(null, s.record.origin(), null, lastSize);
        }
        return s.skipped;
    }

    /** An array element stepped over is only tokenized (malformed JSON still ends the entry here as in {@link #skip()}). */
    @Override
    public boolean pass() {
        passing = true;
        try {
            Step s = advance(true);
            return s != Step.END;
        } finally {
            passing = false;
        }
    }

    private record Step(SourceRecord record, Skipped skipped) {
        static final Step END = new Step(null, null);
        /** Not {@link #END}, though equal to it: compared by identity. */
        static final Step PASSED = new Step(null, null);
    }

    /** The bytes of the array element: the number {@link #skip()} gives it. */
    @Override
    public long size(SourceRecord read) {
        return lastSize;
    }

    private Step advance(boolean skipping) {
        lastSize = 0;
        while (true) {
            if (parser == null) {
                if (entries.isEmpty()) {
                    return Step.END;
                }
                SourceRecord problem = openEntry(entries.removeFirst());
                if (problem != null) {
                    return new Step(problem, null);
                }
                continue;
            }
            Origin origin = new Origin(file + "!/" + entryName, element + 1);
            try {
                JsonToken token = parser.nextToken();
                if (token == null || (array && token == JsonToken.END_ARRAY)) {
                    closeEntry();
                    continue;
                }
                element++;
                long start = parser.currentTokenLocation().getByteOffset();
                if (passing) {
                    parser.skipChildren();
                    lastSize = Math.max(0, parser.currentLocation().getByteOffset() - start);
                    return Step.PASSED;
                }
                if (skipping) {
                    JsonRecords.Scan scan = JsonRecords.scan(parser, entryStem + "-" + element);
                    lastSize = Math.max(0, parser.currentLocation().getByteOffset() - start);
                    return new Step(null, new Skipped(scan.id(), origin, scan.keys(), lastSize));
                }
                parser.startArticle(2);
                JsonNode node = JsonRecords.ELEMENT.readValue(parser);
                lastSize = Math.max(0, parser.currentLocation().getByteOffset() - start);
                return new Step(ArticleParser.parse(node, parser.numbers(), null, entryStem + "-" + element, origin), null);
            } catch (JacksonException e) {
                closeEntry(); // the rest of this entry cannot be trusted; say so once
                lastSize = 0;
                return new Step(new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage()), null);
            } catch (RuntimeException e) {
                closeEntry();
                lastSize = 0;
                return new Step(new Rejection(origin, null, Rejection.Reason.UNREADABLE_FILE, e.toString()), null);
            }
        }
    }

    /** Opens an entry's parser; returns a record instead when the entry is one object or cannot be read. */
    private SourceRecord openEntry(java.util.zip.ZipEntry entry) {
        entryName = entry.getName();
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        entryStem = JsonRecords.stem(base);
        element = 0;
        Origin whole = new Origin(file + "!/" + entryName, 0);
        if (!base.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new Rejection(whole, null, Rejection.Reason.UNSUPPORTED_FILE, "expected .json entries in a .zip");
        }
        try {
            parser = new NumberLiterals(JsonRecords.JSON.createParser(
                    new BufferedInputStream(zip.getInputStream(entry), 1 << 16)));
            JsonToken first = parser.nextToken();
            if (first == null) {
                closeEntry();
                return new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, "empty entry");
            }
            array = first == JsonToken.START_ARRAY;
            if (!array) {
                // a single object is the whole entry
                parser.startArticle(1);
                JsonNode node = JsonRecords.ELEMENT.readValue(parser);
                Map<String, String> numbers = parser.numbers();
                closeEntry();
                return ArticleParser.parse(node, numbers, null, entryStem, whole);
            }
            return null;
        } catch (JacksonException e) {
            closeEntry();
            return new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            closeEntry();
            return new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
    }

    private void closeEntry() {
        if (parser != null) {
            try {
                parser.close();
            } catch (RuntimeException ignored) {
                // nothing left to release
            }
            parser = null;
        }
    }

    @Override
    public void close() {
        closeEntry();
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
