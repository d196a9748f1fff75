package org.tarikh.article;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Records already made (a whole {@code .json} file, a {@code .txt} article, a rejection of a whole file). */
final class ListCursor implements RecordCursor {

    private final Deque<SourceRecord> records;

    ListCursor(List<SourceRecord> records) {
        this.records = new ArrayDeque<>(records);
    }

    static ListCursor of(SourceRecord record) {
        return new ListCursor(List.of(record));
    }

    @Override
    public SourceRecord next() {
        return records.pollFirst();
    }

    @Override
    public void close() {
        records.clear();
    }
}
