package org.tarikh.chronology;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves the postings of {@code search_pending} into {@code search_term} in the latter's key order
 * (term, article), reading the pending table once: an external merge sort. The pending rows are
 * read in their own key order (id ranges), a run of at most {@code runRows} rows at a time; each
 * run is sorted in memory and, when there is more than one, written to a temporary file; the runs
 * are then merged and inserted in key order, so that every page of the index is written about
 * once. Memory stays at one run whatever the size of the archive (a whole-corpus night leaves about
 * 4 million postings). The moved rows are then deleted by the intervals of ids that were read, so
 * that a row another transaction commits meanwhile, with an id in a gap, stays pending.
 * <p>
 * Runs inside the caller's transaction (see {@link SearchIndex#flush}).
 */
final class PendingPostings {

    /** Pending rows read per query: a range of ids, read in key order. */
    private static final int READ_IDS = 50_000;

    /** Rows per INSERT or DELETE batch. */
    private static final int BATCH = 1_000;

    private static final Comparator<Row> KEY = Comparator.comparing(Row::term).thenComparing(Row::article);

    private static final String INSERT = "INSERT INTO search_term (term, article_id, context_events, text_events, text_count)"
            + " VALUES (?,?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final int runRows;

    /** The intervals of ids the last {@link #moveUpTo} read, [first, last] each. */
    private final List<long[]> read = new ArrayList<>();

    PendingPostings(JdbcTemplate jdbc, int runRows) {
        this.jdbc = jdbc;
        this.runRows = Math.max(1, runRows);
    }

    /** One posting on its way. */
    record Row(String term, String article, String contextEvents, String textEvents, int textCount) {

        Object[] args() {
            return new Object[] {term, article, contextEvents, textEvents, textCount};
        }
    }

    /** Moves every pending row with an id up to {@code last}, and deletes them; returns how many. */
    int moveUpTo(long last) {
        return moveUpTo(last, true);
    }

    /**
     * Moves every pending row with an id up to {@code last} into {@code search_term}; returns how
     * many. With {@code delete}, also deletes the moved rows (by the intervals of ids read);
     * without, leaves them for {@link #deleteMoved} or for a cheaper deletion of the caller's.
     */
    int moveUpTo(long last, boolean delete) {
        Path dir = null;
        List<Path> runs = new ArrayList<>();
        read.clear();
        try {
            List<Row> run = new ArrayList<>();
            Long first = jdbc.queryForObject("SELECT MIN(id) FROM search_pending", Long.class);
            long from = first == null ? last : first - 1; // ids above this are still to read
            while (from < last) {
                long to = Math.min(last, from + Math.min(READ_IDS, runRows));
                long lo = from;
                jdbc.query("SELECT id, term, article_id, context_events, text_events, text_count FROM search_pending"
                        + " WHERE id > ? AND id <= ? ORDER BY id", rs -> {
                            extend(read, rs.getLong(1));
                            run.add(new Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)));
                        }, lo, to);
                from = to;
                if (run.size() >= runRows) {
                    if (dir == null) {
                        dir = Files.createTempDirectory("tarikh-postings");
                    }
                    runs.add(writeRun(dir, run, runs.size()));
                    run.clear();
                }
            }
            int moved;
            if (runs.isEmpty()) {
                run.sort(KEY);
                moved = insert(run);
            } else {
                if (!run.isEmpty()) {
                    runs.add(writeRun(dir, run, runs.size()));
                    run.clear();
                }
                moved = merge(runs);
            }
            if (delete) {
                deleteMoved();
            }
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot sort the pending postings in " + dir, e);
        } finally {
            for (Path p : runs) {
                p.toFile().delete();
            }
            if (dir != null) {
                dir.toFile().delete();
            }
        }
    }

    private static void extend(List<long[]> intervals, long id) {
        long[] lastInterval = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
        if (lastInterval != null && lastInterval[1] == id - 1) {
            lastInterval[1] = id;
        } else {
            intervals.add(new long[] {id, id});
        }
    }

    private int insert(List<Row> sorted) {
        for (int from = 0; from < sorted.size(); from += BATCH) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (Row r : sorted.subList(from, Math.min(sorted.size(), from + BATCH))) {
                batch.add(r.args());
            }
            jdbc.batchUpdate(INSERT, batch);
        }
        return sorted.size();
    }

    private int merge(List<Path> runs) throws IOException {
        List<RunReader> readers = new ArrayList<>();
        try {
            PriorityQueue<RunReader> heads = new PriorityQueue<>(Comparator.comparing(RunReader::head, KEY));
            for (Path p : runs) {
                RunReader r = new RunReader(p);
                readers.add(r);
                if (r.advance()) {
                    heads.add(r);
                }
            }
            int moved = 0;
            List<Object[]> batch = new ArrayList<>(BATCH);
            while (!heads.isEmpty()) {
                RunReader r = heads.poll();
                batch.add(r.head().args());
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(INSERT, batch);
                    moved += batch.size();
                    batch.clear();
                }
                if (r.advance()) {
                    heads.add(r);
                }
            }
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(INSERT, batch);
                moved += batch.size();
            }
            return moved;
        } finally {
            for (RunReader r : readers) {
                r.close();
            }
        }
    }

    /** Deletes the pending rows the last {@link #moveUpTo} read, by the intervals of their ids. */
    void deleteMoved() {
        List<long[]> intervals = read;
        for (int from = 0; from < intervals.size(); from += BATCH) {
            List<Object[]> batch = new ArrayList<>();
            for (long[] i : intervals.subList(from, Math.min(intervals.size(), from + BATCH))) {
                // a long interval in slices, so that one statement never holds millions of rows
                for (long lo = i[0]; lo <= i[1]; lo += READ_IDS) {
                    batch.add(new Object[] {lo, Math.min(i[1], lo + READ_IDS - 1)});
                }
            }
            jdbc.batchUpdate("DELETE FROM search_pending WHERE id >= ? AND id <= ?", batch);
        }
    }

    private static Path writeRun(Path dir, List<Row> run, int n) throws IOException {
        run.sort(KEY);
        Path file = dir.resolve("run-" + n);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Row r : run) {
                writeString(out, r.term());
                writeString(out, r.article());
                writeString(out, r.contextEvents());
                writeString(out, r.textEvents());
                out.writeInt(r.textCount());
            }
        }
        return file;
    }

    // lengths as ints: an event list can exceed writeUTF's 64 KB
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A sorted run on disk, read one row at a time. */
    private static final class RunReader implements AutoCloseable {

        private final DataInputStream in;
        private Row head;

        RunReader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        Row head() {
            return head;
        }

        /** Reads the next row into {@link #head}; false at the end of the run. */
        boolean advance() throws IOException {
            String term;
            try {
                term = readString(in);
            } catch (EOFException end) {
                head = null;
                return false;
            }
            head = new Row(term, readString(in), readString(in), readString(in), in.readInt());
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
