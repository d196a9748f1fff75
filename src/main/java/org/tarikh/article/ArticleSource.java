package org.tarikh.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams {@link SourceRecord}s from files and folders, one record at a time, in a stable
 * order (paths sorted), so that a restart can skip exactly the records already done.
 *
 * <ul>
 *   <li>{@code .jsonl}: one article object per line (blank lines are ignored);</li>
 *   <li>{@code .json}: one article object, or an array of them;</li>
 *   <li>{@code .txt}: the article text, with its metadata in a sidecar {@code NAME.meta.json};</li>
 *   <li>{@code .zip}: {@code .json} entries (in name order), each one article or an array of
 *   them, read element by element with Jackson's streaming parser, so a large archive never
 *   sits in memory (e.g. the SaudiNewsNet corpus: {@code content}, {@code date_extracted},
 *   {@code url} stand for text, published and id).</li>
 * </ul>
 * Every problem becomes a {@link Rejection}; this class never throws for bad content.
 */
public final class ArticleSource implements Iterator<SourceRecord>, Closeable {

    static final String SIDECAR_SUFFIX = ".meta.json";

    /** Articles are flat objects: a nesting bomb must be a rejection, never a StackOverflowError. */
    static final int MAX_NESTING_DEPTH = 64;
    /** A longer line is rejected unread (the rest is skipped), so one runaway line cannot exhaust the heap. */
    static final int MAX_LINE_BYTES = 32 << 20;

    /** Strict: a key given twice in one object is malformed (which value would be the article's?). */
    private static final ObjectMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()).build();
    /** Reads one value from a parser that goes on (the next array element is not "trailing"). */
    private static final tools.jackson.databind.ObjectReader ELEMENT = JSON.readerFor(JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Deque<Path> files;
    private final java.util.Map<Path, String> unlistable;
    private final Deque<SourceRecord> pending = new ArrayDeque<>();
    private Cursor lines;

    public ArticleSource(List<Path> inputs) {
        Listing listing = list(inputs);
        this.files = new ArrayDeque<>(listing.files());
        this.unlistable = listing.unreadable();
    }

    /**
     * The files an input list expands to, in processing order, and those entries of it that
     * could not be listed or examined (a folder without permission, a path too long), each with
     * the reason: they stay in the list, in their sorted place, and become an UNREADABLE_FILE
     * rejection when their turn comes. Listing never fails the run.
     */
    public record Listing(List<Path> files, java.util.Map<Path, String> unreadable) {
    }

    /** The files an input list expands to, in processing order (unlistable entries included). */
    public static List<Path> listFiles(List<Path> inputs) {
        return list(inputs).files();
    }

    public static Listing list(List<Path> inputs) {
        List<Path> result = new ArrayList<>();
        java.util.Map<Path, String> unreadable = new java.util.HashMap<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                result.add(input);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(input, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                        // not just regular files: a broken link or a pipe must become a rejection, not vanish
                        String name = file.getFileName().toString();
                        if (!Files.isDirectory(file) && !name.startsWith(".") && !name.endsWith(SIDECAR_SUFFIX)) {
                            found.add(file);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        found.add(file);
                        unreadable.put(file, "cannot be listed or examined: " + reason(e));
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) { // the folder opened, but reading its entries failed part-way
                            found.add(dir);
                            unreadable.put(dir, "the folder cannot be read to the end: " + reason(e));
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                found.add(input); // cannot happen with the visitor above; never fail the run for it
                unreadable.put(input, "cannot be listed: " + e);
            }
            found.stream().sorted().forEach(result::add);
        }
        return new Listing(result, java.util.Map.copyOf(unreadable));
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.toString();
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty()) {
            if (lines != null) {
                SourceRecord next = lines.next();
                if (next != null) {
                    return pending.add(next);
                }
                lines.close();
                lines = null;
            }
            if (files.isEmpty()) {
                return false;
            }
            open(files.removeFirst());
        }
        return true;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.removeFirst();
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    private void open(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Origin whole = new Origin(file.toString(), 0);
        String unlisted = unlistable.get(file);
        if (unlisted != null) {
            pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, unlisted));
        } else if (!Files.isRegularFile(file)) {
            // never open a pipe or device: reading one could block the run forever
            pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE,
                    Files.exists(file) ? "not a regular file" : "does not exist (or is a broken link)"));
        } else if (!Files.isReadable(file)) {
            pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, "cannot read " + file));
        } else if ((lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".txt"))
                && sniff(file, whole, lower.endsWith(".jsonl"))) {
            return; // text formats only (an archive is binary by nature): rejected as UTF-16 or binary
        } else if (lower.endsWith(".jsonl")) {
            try {
                lines = new JsonLinesCursor(file, stem(name));
            } catch (IOException e) {
                pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
            }
        } else if (lower.endsWith(".zip")) {
            try {
                lines = new ZipCursor(file);
            } catch (IOException e) {
                pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
            }
        } else if (lower.endsWith(".json")) {
            readJsonFile(file, stem(name));
        } else if (lower.endsWith(".txt")) {
            readTextFile(file, stem(name));
        } else {
            pending.add(new Rejection(whole, null, Rejection.Reason.UNSUPPORTED_FILE,
                    "expected .jsonl, .json, .zip or .txt with a " + SIDECAR_SUFFIX + " sidecar"));
        }
    }

    private void readJsonFile(Path file, String stem) {
        Origin whole = new Origin(file.toString(), 0);
        String content;
        try {
            if (Files.size(file) > MAX_LINE_BYTES) {
                pending.add(new Rejection(whole, null, Rejection.Reason.TOO_LARGE,
                        Files.size(file) + " bytes; a .json file may have at most " + MAX_LINE_BYTES));
                return;
            }
            content = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            pending.add(new Rejection(whole, null, Rejection.Reason.INVALID_ENCODING, "the file is not UTF-8 text"));
            return;
        } catch (IOException e) {
            pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
            return;
        }
        // all or nothing: a file that is not valid JSON to its end is one rejection
        List<SourceRecord> records = new ArrayList<>();
        try (NumberLiterals p = new NumberLiterals(JSON.createParser(stripBom(content)))) {
            tools.jackson.core.JsonToken first = p.nextToken();
            if (first == tools.jackson.core.JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() != tools.jackson.core.JsonToken.END_ARRAY) {
                    i++;
                    p.startArticle(2);
                    JsonNode node = ELEMENT.readValue(p);
                    records.add(ArticleParser.parse(node, p.numbers(), null, stem + "-" + i, new Origin(file.toString(), i)));
                }
            } else {
                p.startArticle(1);
                JsonNode node = first == null ? null : ELEMENT.readValue(p);
                records.add(ArticleParser.parse(node, p.numbers(), null, stem, whole));
            }
            if (p.nextToken() != null) {
                throw new IllegalStateException("content after the end of the JSON value");
            }
        } catch (JacksonException e) {
            pending.add(new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage()));
            return;
        } catch (IllegalStateException e) {
            pending.add(new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, e.getMessage()));
            return;
        }
        pending.addAll(records);
    }

    /** One JSON object from a line or a sidecar (number literals kept, trailing content refused). */
    static SourceRecord parseObject(String json, String text, String fallbackId, Origin origin) {
        try (NumberLiterals p = new NumberLiterals(JSON.createParser(json))) {
            tools.jackson.core.JsonToken first = p.nextToken();
            p.startArticle(1);
            JsonNode node = first == null ? null : ELEMENT.readValue(p);
            if (p.nextToken() != null) {
                return new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, "content after the end of the JSON value");
            }
            return ArticleParser.parse(node, p.numbers(), text, fallbackId, origin);
        }
    }

    private void readTextFile(Path file, String stem) {
        Origin whole = new Origin(file.toString(), 0);
        Path sidecar = file.resolveSibling(stem + SIDECAR_SUFFIX);
        if (!Files.isRegularFile(sidecar)) {
            pending.add(new Rejection(whole, stem, Rejection.Reason.MISSING_METADATA,
                    "a .txt article needs " + sidecar.getFileName() + " with at least 'published'"));
            return;
        }
        try {
            if (Files.size(file) > MAX_LINE_BYTES) {
                pending.add(new Rejection(whole, stem, Rejection.Reason.TOO_LARGE,
                        Files.size(file) + " bytes; a .txt article may have at most " + MAX_LINE_BYTES));
                return;
            }
            String text = stripBom(decode(Files.readAllBytes(file)));
            pending.add(parseObject(stripBom(decode(Files.readAllBytes(sidecar))), text, stem, whole));
        } catch (CharacterCodingException e) {
            pending.add(new Rejection(whole, stem, Rejection.Reason.INVALID_ENCODING, "the text or its sidecar is not UTF-8"));
        } catch (JacksonException e) {
            pending.add(new Rejection(whole, stem, Rejection.Reason.MALFORMED_JSON,
                    sidecar.getFileName() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            pending.add(new Rejection(whole, stem, Rejection.Reason.UNREADABLE_FILE, e.toString()));
        }
    }

    /**
     * Rejects a file whose first bytes show it is UTF-16 (a byte order mark) or binary (NUL
     * bytes, which UTF-8 JSON and text never contain but would decode "successfully" into
     * garbage). Returns true when the file was rejected.
     */
    private boolean sniff(Path file, Origin whole, boolean lineByLine) {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            pending.add(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
            return true;
        }
        if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            pending.add(new Rejection(whole, null, Rejection.Reason.INVALID_ENCODING,
                    "UTF-16 text (byte order mark " + (head[0] == (byte) 0xFF ? "FF FE" : "FE FF") + "); save it as UTF-8"));
            return true;
        }
        int nuls = 0;
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                nuls++;
                first = first < 0 ? i : first;
            }
        }
        // JSON Lines go line by line (one stray NUL costs one line, not the file), unless the
        // file is evidently binary or UTF-16: then one clear rejection beats thousands of garbage lines
        if (nuls > 0 && (!lineByLine || nuls * 8 >= n)) {
            pending.add(new Rejection(whole, null, Rejection.Reason.BINARY_DATA, "NUL byte at offset " + first
                    + ": binary data or UTF-16 without a byte order mark, not UTF-8 text"));
            return true;
        }
        return false;
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Strict UTF-8: invalid bytes are an error, not silently replaced text. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * JSON Lines from a stream (e.g. standard input for {@code tag}), read exactly as the job
     * reads a {@code .jsonl} file: byte line by byte line, strict UTF-8, one record (an article
     * or a rejection with its line number) per non-blank line. Ids default to {@code line-N}.
     */
    public static Iterator<SourceRecord> jsonLines(InputStream in, String name) {
        JsonLinesCursor cursor = new JsonLinesCursor(in, name, "line");
        return new Iterator<>() {
            private SourceRecord next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = cursor.next();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public SourceRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRecord r = next;
                next = null;
                return r;
            }
        };
    }

    /** Records from one file, one at a time. */
    private interface Cursor extends Closeable {
        /** The next record, or null at the end. */
        SourceRecord next();

        @Override
        void close();
    }

    /**
     * Streams the {@code .json} entries of a zip archive, in entry-name order: each entry is one
     * article object or an array of them; elements are parsed one by one. Malformed JSON ends
     * that entry with one rejection; the next entry is still read.
     */
    private static final class ZipCursor implements Cursor {
        private final java.util.zip.ZipFile zip;
        private final String file;
        private final Deque<java.util.zip.ZipEntry> entries;
        private NumberLiterals parser;
        private String entryName;
        private String entryStem;
        private long element;
        private boolean array;

        ZipCursor(Path path) throws IOException {
            this.file = path.toString();
            this.zip = new java.util.zip.ZipFile(path.toFile(), StandardCharsets.UTF_8);
            this.entries = new ArrayDeque<>(zip.stream().filter(e -> !e.isDirectory())
                    .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName)).toList());
        }

        @Override
        public SourceRecord next() {
            while (true) {
                if (parser == null) {
                    if (entries.isEmpty()) {
                        return null;
                    }
                    SourceRecord problem = openEntry(entries.removeFirst());
                    if (problem != null) {
                        return problem;
                    }
                    continue;
                }
                Origin origin = new Origin(file + "!/" + entryName, element + 1);
                try {
                    tools.jackson.core.JsonToken token = parser.nextToken();
                    if (token == null || (array && token == tools.jackson.core.JsonToken.END_ARRAY)) {
                        closeEntry();
                        continue;
                    }
                    element++;
                    parser.startArticle(array ? 2 : 1);
                    JsonNode node = ELEMENT.readValue(parser);
                    if (!array) {
                        closeEntry(); // a single object is the whole entry
                        return ArticleParser.parse(node, parser.numbers(), null, entryStem,
                                new Origin(file + "!/" + entryName, 0));
                    }
                    return ArticleParser.parse(node, parser.numbers(), null, entryStem + "-" + element, origin);
                } catch (JacksonException e) {
                    closeEntry(); // the rest of this entry cannot be trusted; say so once
                    return new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
                } catch (RuntimeException e) {
                    closeEntry();
                    return new Rejection(origin, null, Rejection.Reason.UNREADABLE_FILE, e.toString());
                }
            }
        }

        /** Opens an entry's parser; returns a rejection instead if it cannot be read. */
        private SourceRecord openEntry(java.util.zip.ZipEntry entry) {
            entryName = entry.getName();
            String base = entryName.substring(entryName.lastIndexOf('/') + 1);
            entryStem = stem(base);
            element = 0;
            Origin whole = new Origin(file + "!/" + entryName, 0);
            if (!base.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return new Rejection(whole, null, Rejection.Reason.UNSUPPORTED_FILE, "expected .json entries in a .zip");
            }
            try {
                parser = new NumberLiterals(JSON.createParser(new BufferedInputStream(zip.getInputStream(entry), 1 << 16)));
                tools.jackson.core.JsonToken first = parser.nextToken();
                if (first == null) {
                    closeEntry();
                    return new Rejection(whole, null, Rejection.Reason.MALFORMED_JSON, "empty entry");
                }
                array = first == tools.jackson.core.JsonToken.START_ARRAY;
                if (!array) {
                    // single object: let next() read it from the current token
                    parser.startArticle(1);
                    JsonNode node = ELEMENT.readValue(parser);
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

    /** Reads a JSON Lines file byte line by byte line, so one bad line cannot hide the next. */
    private static final class JsonLinesCursor implements Cursor {
        private final String file;
        private final String stem;
        private final InputStream in;
        private long lineNumber;
        private boolean failed;

        JsonLinesCursor(Path path, String stem) throws IOException {
            this(Files.newInputStream(path), path.toString(), stem);
        }

        JsonLinesCursor(InputStream in, String file, String stem) {
            this.file = file;
            this.stem = stem;
            this.in = new BufferedInputStream(in, 1 << 16);
        }

        /** The next non-blank line as a record, or null at the end of the file. */
        @Override
        public SourceRecord next() {
            if (failed) {
                return null;
            }
            try {
                byte[] raw;
                while ((raw = readLine()) != null) {
                    lineNumber++;
                    Origin origin = new Origin(file, lineNumber);
                    if (raw == TOO_LONG) {
                        return new Rejection(origin, null, Rejection.Reason.TOO_LARGE,
                                "line longer than " + MAX_LINE_BYTES + " bytes");
                    }
                    String line;
                    try {
                        line = decode(raw);
                    } catch (CharacterCodingException e) {
                        return new Rejection(origin, null, Rejection.Reason.INVALID_ENCODING, "the line is not UTF-8 text");
                    }
                    line = lineNumber == 1 ? stripBom(line) : line;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        return parseObject(line, null, stem + "-" + lineNumber, origin);
                    } catch (JacksonException e) {
                        return new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
                    }
                }
                return null;
            } catch (IOException e) {
                failed = true; // the rest of the file cannot be trusted; say so once
                return new Rejection(new Origin(file, lineNumber + 1), null, Rejection.Reason.UNREADABLE_FILE, e.toString());
            }
        }

        private static final byte[] TOO_LONG = new byte[0];

        private byte[] readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            int b;
            boolean any = false;
            boolean tooLong = false;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    break;
                }
                if (line.size() < MAX_LINE_BYTES) {
                    line.write(b);
                } else {
                    tooLong = true; // keep reading to the end of the line, keeping nothing
                }
            }
            if (tooLong) {
                return TOO_LONG;
            }
            if (!any) {
                return null;
            }
            byte[] bytes = line.toByteArray();
            int n = bytes.length;
            return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
