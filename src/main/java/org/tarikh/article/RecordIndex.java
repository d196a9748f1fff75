package org.tarikh.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the inputs that says, for every record in reading order, which partition owns
 * it ({@link ArticleSource.Split}, decided exactly as each partition used to decide alone), what
 * it claims ({@link ArticleSource.Skipped}: id, origin, keys) and, in a JSON Lines file, where
 * its line is. A partition's {@link ArticleSource#ArticleSource(RecordIndex, int)} then reads
 * only its own records: a JSON Lines record by seeking to its line; in a file whose records cannot
 * be read alone (a zip, a {@code .json} array, a web archive) the partition streams the file,
 * parsing its own records and only tokenizing the others ({@link RecordCursor#pass()}); a file
 * in which it owns nothing it does not open. The other partitions' claims come from the index,
 * so every partition's guard still sees every id in order.
 * <p>
 * The index is a function of the files (paths, sizes, modification times), the partition count
 * and the split: a restart (allowed only for the same files and threads, {@code InputSet}) builds
 * the same one, so a partition re-reads exactly its share. The partitions of one process share
 * one index ({@link #share}); it is dropped when the last of them lets go.
 */
public final class RecordIndex {

    /** One record: its owner, its claim, and where its line is (JSON Lines only, else null). */
    record Entry(int owner, ArticleSource.Skipped claim, JsonLinesCursor.Locator at) {
    }

    /**
     * The records of one listed file, in order. {@code lines}: the file is JSON Lines and every
     * record has its {@link Entry#at}; {@code stem}: its ids' default prefix then. {@code notArticles}:
     * what its cursor passed over that is no article. {@code owned}: records per partition.
     */
    record FileIndex(Path file, boolean lines, String name, String stem, List<Entry> entries,
            Map<String, Long> notArticles, int[] owned) {
    }

    private final List<FileIndex> files;
    private final int partitions;
    private final long[] load;

    private RecordIndex(List<FileIndex> files, int partitions, long[] load) {
        this.files = files;
        this.partitions = partitions;
        this.load = load;
    }

    List<FileIndex> files() {
        return files;
    }

    public int partitions() {
        return partitions;
    }

    /** Records partition {@code p} owns. */
    public int records(int p) {
        return files.stream().mapToInt(f -> f.owned()[p]).sum();
    }

    /** What the split balanced for partition {@code p}: its records' sizes, plus one per record. */
    public long load(int p) {
        return load[p];
    }

    /** Reads the inputs once, passing over every record ({@link RecordCursor#skip()}). */
    public static RecordIndex build(List<Path> inputs, int partitions, ArticleSource.Split split) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions " + partitions);
        }
        long[] load = new long[partitions];
        long position = 0;
        List<FileIndex> files = new ArrayList<>();
        try (ArticleSource lister = new ArticleSource(inputs)) {
            for (Path file : lister.listedFiles()) {
                RecordCursor cursor = lister.openFile(file);
                try {
                    JsonLinesCursor lines = cursor instanceof JsonLinesCursor j ? j : null;
                    List<Entry> entries = new ArrayList<>();
                    int[] owned = new int[partitions];
                    while (true) {
                        int owner = owner(split, position, load);
                        RecordCursor.Skipped s = cursor.skip();
                        if (s == null) {
                            break;
                        }
                        load[owner] += 1 + s.size(); // 1: a record costs something whatever its size
                        position++;
                        owned[owner]++;
                        entries.add(new Entry(owner, new ArticleSource.Skipped(s.id(), s.origin(), s.keys()),
                                lines == null ? null : lines.locator()));
                    }
                    files.add(new FileIndex(file, lines != null, lines == null ? file.toString() : lines.file(),
                            lines == null ? null : lines.stem(), List.copyOf(entries),
                            Map.copyOf(cursor.notArticles()), owned));
                } finally {
                    cursor.close();
                }
            }
        }
        return new RecordIndex(List.copyOf(files), partitions, load);
    }

    /** The partition that owns the record at {@code position}, given the loads so far; as {@link ArticleSource} decided it. */
    static int owner(ArticleSource.Split split, long position, long[] load) {
        int partitions = load.length;
        if (partitions == 1) {
            return 0;
        }
        if (split == ArticleSource.Split.POSITION) {
            return (int) (position % partitions);
        }
        int least = 0;
        for (int p = 1; p < partitions; p++) {
            if (load[p] < load[least]) {
                least = p;
            }
        }
        return least;
    }

    /** A hold on a shared index; closing it lets go. */
    public static final class Lease implements AutoCloseable {
        private final Key key;
        private final Shared shared;
        private boolean closed;

        private Lease(Key key, Shared shared) {
            this.key = key;
            this.shared = shared;
        }

        /** The index, built by the first lease of its inputs that asks (the others wait for it). */
        public RecordIndex index() {
            return shared.get();
        }

        @Override
        public void close() {
            synchronized (SHARED) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--shared.users == 0) {
                    SHARED.remove(key);
                }
            }
        }
    }

    /** The files as listed with their sizes and modification times, the partition count and the split. */
    private record Key(List<String> files, int partitions, ArticleSource.Split split) {
    }

    private static final class Shared {
        private final List<Path> inputs;
        private final int partitions;
        private final ArticleSource.Split split;
        private int users;
        private RecordIndex index;

        Shared(List<Path> inputs, int partitions, ArticleSource.Split split) {
            this.inputs = inputs;
            this.partitions = partitions;
            this.split = split;
        }

        synchronized RecordIndex get() {
            if (index == null) {
                index = build(inputs, partitions, split);
            }
            return index;
        }
    }

    private static final Map<Key, Shared> SHARED = new HashMap<>();

    /**
     * The index of these inputs for this partition count and split, shared by every lease held
     * at the same time on the same files (unchanged in size and modification time): the
     * partitions of one run read the inputs once between them. Built when first asked for.
     */
    public static Lease share(List<Path> inputs, int partitions, ArticleSource.Split split) {
        Key key = new Key(describe(inputs), partitions, split);
        synchronized (SHARED) {
            Shared shared = SHARED.computeIfAbsent(key, k -> new Shared(List.copyOf(inputs), partitions, split));
            shared.users++;
            return new Lease(key, shared);
        }
    }

    private static List<String> describe(List<Path> inputs) {
        List<String> lines = new ArrayList<>();
        for (Path file : ArticleSource.listFiles(inputs)) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                lines.add(file + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
            } catch (IOException | RuntimeException e) {
                lines.add(file + "\tunreadable");
            }
        }
        return lines;
    }
}
