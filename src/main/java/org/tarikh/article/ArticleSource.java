package org.tarikh.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams {@link SourceRecord}s from files and folders, one record at a time, in a stable
 * order (paths sorted), so that a restart can skip exactly the records already done. This is
 * the one reader: the job ({@code run}), {@code tag} and {@code bench} all read through it.
 * <p>
 * Each file is opened by its {@link Formats format} ({@code .jsonl}, {@code .json}, {@code .txt}
 * with a {@code .meta.json} sidecar, {@code .zip}), after text formats are sniffed for UTF-16 or
 * binary content. Every problem becomes a {@link Rejection}; this class never throws for bad
 * content.
 * <p>
 * A source may be given a share of the input, partition {@code index} of {@code count}: it
 * then yields only the records its {@link Split} gives that partition, and passes over the others
 * without parsing them ({@link RecordCursor#skip()}), telling {@link #onSkipped} the id each of
 * them claims.
 */
public final class ArticleSource implements Iterator<SourceRecord>, Closeable {

    static final String SIDECAR_SUFFIX = FileRecords.SIDECAR_SUFFIX;
    static final int MAX_NESTING_DEPTH = JsonRecords.MAX_NESTING_DEPTH;
    static final int MAX_LINE_BYTES = JsonLinesCursor.MAX_LINE_BYTES;

    /**
     * A record of another partition, passed over: the id it claims (null for a rejection), where
     * it is, and its {@link Article#keys()} (null when not known).
     */
    public record Skipped(String id, Origin origin, Article.Keys keys) {
    }

    private final Deque<Path> files;
    private final java.util.Map<Path, String> unlistable;
    private final int partition;
    private final int partitions;
    private final Split split;
    /** {@link Split#SIZE}: the sizes of the records each partition was given so far. */
    private final long[] load;
    private Consumer<Skipped> skipped = s -> { };
    private RecordCursor cursor;
    /** {@link RecordCursor#notArticles()} of the files done. */
    private final java.util.Map<String, Long> notArticlesDone = new java.util.TreeMap<>();
    private SourceRecord pending;
    private long position;
    /** Indexed: the records of every partition, this source reads only {@link #partition}'s. */
    private final RecordIndex index;
    /** Indexed: the next file of {@link #index}, the current one and the next of its entries. */
    private int fileNo;
    private RecordIndex.FileIndex indexed;
    private int entryNo;
    /** Indexed, a JSON Lines file: the channel its own lines are read through, opened at the first. */
    private java.nio.channels.FileChannel lines;

    public ArticleSource(List<Path> inputs) {
        this(inputs, 0, 1);
    }

    /**
     * How the records are shared among partitions. Every partition sees every record (its own
     * parsed, the others passed over), in the same order, so each decides alone, and all alike,
     * which partition owns the next one.
     */
    public enum Split {
        /** Record {@code i} goes to partition {@code i} modulo the count (runs started before {@link #SIZE}). */
        POSITION,
        /**
         * The next record goes to the partition whose records so far add up to the least
         * ({@link RecordCursor#size}: bytes of input, or characters of text; ties to the lowest
         * index), so that the partitions get about as much text each and finish together, where
         * alternating records left one with the longer articles.
         */
        SIZE
    }

    /** Partition {@code partition} of {@code partitions} of the records the inputs hold, {@link Split#SIZE}. */
    public ArticleSource(List<Path> inputs, int partition, int partitions) {
        this(inputs, partition, partitions, Split.SIZE);
    }

    /** Partition {@code partition} of {@code partitions} of the records the inputs hold, shared by {@code split}. */
    public ArticleSource(List<Path> inputs, int partition, int partitions, Split split) {
        if (partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("partition " + partition + " of " + partitions);
        }
        Listing listing = list(inputs);
        this.files = new ArrayDeque<>(listing.files());
        this.unlistable = listing.unreadable();
        this.partition = partition;
        this.partitions = partitions;
        this.split = split;
        this.load = new long[partitions];
        this.index = null;
    }

    /**
     * Partition {@code partition} of the records an index holds: only that partition's records are
     * read (see {@link RecordIndex}); the others' claims are told to {@link #onSkipped} from the
     * index, in input order, as a source that passed over them would tell them.
     */
    public ArticleSource(RecordIndex index, int partition) {
        if (partition < 0 || partition >= index.partitions()) {
            throw new IllegalArgumentException("partition " + partition + " of " + index.partitions());
        }
        this.files = new ArrayDeque<>();
        this.unlistable = java.util.Map.of();
        this.partition = partition;
        this.partitions = index.partitions();
        this.split = null;
        this.load = null;
        this.index = index;
    }

    private ArticleSource(RecordCursor cursor) {
        this.files = new ArrayDeque<>();
        this.unlistable = java.util.Map.of();
        this.partition = 0;
        this.partitions = 1;
        this.split = Split.POSITION;
        this.load = new long[1];
        this.cursor = cursor;
        this.index = null;
    }

    /** The files of the listing not yet opened, in order ({@link RecordIndex}). */
    List<Path> listedFiles() {
        return List.copyOf(files);
    }

    /** The partition that owns the record at {@link #position}. */
    private int owner() {
        return RecordIndex.owner(split, position, load);
    }

    /**
     * JSON Lines from a stream (e.g. standard input for {@code tag}), read exactly as the job
     * reads a {@code .jsonl} file: byte line by byte line, strict UTF-8, one record (an article
     * or a rejection with its line number) per non-blank line. Ids default to {@code line-N}.
     */
    public static ArticleSource jsonLines(InputStream in, String name) {
        return new ArticleSource(new JsonLinesCursor(in, name, "line"));
    }

    /** Who is told of the records of other partitions as they are passed over (in input order). */
    public ArticleSource onSkipped(Consumer<Skipped> listener) {
        this.skipped = listener;
        return this;
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
        if (index != null) {
            return hasNextIndexed();
        }
        while (pending == null) {
            if (cursor == null) {
                if (files.isEmpty()) {
                    return false;
                }
                cursor = openFile(files.removeFirst());
            }
            int owner = owner();
            if (owner == partition) {
                pending = cursor.next();
                if (pending != null) {
                    load[owner] += 1 + cursor.size(pending); // 1: a record costs something whatever its size
                    position++;
                    return true;
                }
            } else {
                RecordCursor.Skipped s = cursor.skip();
                if (s != null) {
                    load[owner] += 1 + s.size();
                    position++;
                    skipped.accept(new Skipped(s.id(), s.origin(), s.keys()));
                    continue;
                }
            }
            closeCursor();
        }
        return true;
    }

    private boolean hasNextIndexed() {
        while (pending == null) {
            if (indexed == null) {
                if (fileNo >= index.files().size()) {
                    return false;
                }
                indexed = index.files().get(fileNo++);
                entryNo = 0;
                if (!indexed.lines() && indexed.owned()[partition] > 0) {
                    cursor = openFile(indexed.file()); // its records cannot be read alone: stream it
                }
            }
            if (entryNo >= indexed.entries().size()) {
                finishIndexedFile();
                continue;
            }
            RecordIndex.Entry entry = indexed.entries().get(entryNo++);
            position++;
            if (entry.owner() != partition) {
                if (cursor != null) {
                    cursor.pass();
                }
                skipped.accept(entry.claim());
                continue;
            }
            pending = cursor != null ? cursor.next() : readLine(entry.at());
            if (pending == null) { // the file ended before its index did: it changed since; stop there
                finishIndexedFile();
            }
        }
        return true;
    }

    /** One line of the current JSON Lines file, read alone: the record {@link JsonLinesCursor#next()} gives it. */
    private SourceRecord readLine(JsonLinesCursor.Locator at) {
        if (at.problem() != null) {
            return at.problem();
        }
        try {
            if (lines == null) {
                lines = java.nio.channels.FileChannel.open(indexed.file(), java.nio.file.StandardOpenOption.READ);
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(at.length());
            long offset = at.start();
            while (buffer.hasRemaining()) {
                int n = lines.read(buffer, offset + buffer.position());
                if (n < 0) {
                    throw new java.io.EOFException("the file ends before line " + at.line() + " (changed while read?)");
                }
            }
            return JsonLinesCursor.record(buffer.array(), at.line(), indexed.name(), indexed.stem());
        } catch (IOException e) {
            return new Rejection(new Origin(indexed.name(), at.line()), null, Rejection.Reason.UNREADABLE_FILE,
                    e.toString());
        }
    }

    /**
     * Done with the current file: what it holds that is no article counts as the index found it in
     * the whole file (a streamed cursor stops after the partition's last record, before any such
     * records after it).
     */
    private void finishIndexedFile() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        indexed.notArticles().forEach((k, n) -> notArticlesDone.merge(k, n, Long::sum));
        closeLines();
        indexed = null;
    }

    private void closeLines() {
        if (lines != null) {
            try {
                lines.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
            lines = null;
        }
    }

    private void closeCursor() {
        cursor.notArticles().forEach((k, n) -> notArticlesDone.merge(k, n, Long::sum));
        cursor.close();
        cursor = null;
    }

    /**
     * The records passed over so far that are no article at all (a web archive's redirects,
     * requests, images, error pages), by kind: {@code redirect}, {@code not-html},
     * {@code error-status}, {@code not-a-response}. Every partition passes over all of them,
     * so one partition's figures are the whole input's up to where it has read.
     */
    public java.util.Map<String, Long> notArticles() {
        java.util.Map<String, Long> all = new java.util.TreeMap<>(notArticlesDone);
        if (cursor != null) {
            cursor.notArticles().forEach((k, n) -> all.merge(k, n, Long::sum));
        }
        return all;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = pending;
        pending = null;
        return r;
    }

    @Override
    public void close() {
        if (cursor != null) {
            closeCursor();
        }
        closeLines();
    }

    /** The cursor over one listed file: its format's, or one rejection of the whole file. */
    RecordCursor openFile(Path file) {
        Origin whole = new Origin(file.toString(), 0);
        String unlisted = unlistable.get(file);
        if (unlisted != null) {
            return ListCursor.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, unlisted));
        }
        if (!Files.isRegularFile(file)) {
            // never open a pipe or device: reading one could block the run forever
            return ListCursor.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE,
                    Files.exists(file) ? "not a regular file" : "does not exist (or is a broken link)"));
        }
        if (!Files.isReadable(file)) {
            return ListCursor.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, "cannot read " + file));
        }
        java.util.Optional<Formats.Format> format = Formats.of(file.getFileName().toString());
        if (format.isEmpty()) {
            return ListCursor.of(new Rejection(whole, null, Rejection.Reason.UNSUPPORTED_FILE, Formats.EXPECTED));
        }
        if (format.get().text()) {
            Rejection binary = sniff(file, whole, format.get().lineWise());
            if (binary != null) {
                return ListCursor.of(binary); // text formats only (an archive is binary by nature)
            }
        }
        try {
            return format.get().opener().open(file);
        } catch (IOException | RuntimeException e) {
            return ListCursor.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
        }
    }

    /**
     * Rejects a file whose first bytes show it is UTF-16 (a byte order mark) or binary (NUL
     * bytes, which UTF-8 JSON and text never contain but would decode "successfully" into
     * garbage). Returns the rejection, or null when the file may be read.
     */
    private static Rejection sniff(Path file, Origin whole, boolean lineByLine) {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
        if (n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return new Rejection(whole, null, Rejection.Reason.INVALID_ENCODING,
                    "UTF-16 text (byte order mark " + (head[0] == (byte) 0xFF ? "FF FE" : "FE FF") + "); save it as UTF-8");
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
            return new Rejection(whole, null, Rejection.Reason.BINARY_DATA, "NUL byte at offset " + first
                    + ": binary data or UTF-16 without a byte order mark, not UTF-8 text");
        }
        return null;
    }

    static String stem(String fileName) {
        return JsonRecords.stem(fileName);
    }

    /** Strict UTF-8: invalid bytes are an error, not silently replaced text. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return JsonRecords.decode(bytes);
    }
}
