package org.tarikh.eval;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.annotate.Timex;

/** A temporal tagger under evaluation. Not thread-safe; one document at a time. */
public interface EvalSystem extends AutoCloseable {

    /** Short name for report columns, e.g. {@code tarikh}. */
    String name();

    /** How the system was set up, e.g. a fallback that was taken; null when nothing to say. */
    default String note() {
        return null;
    }

    /** Tags one document; an exception means the system produced nothing for it. */
    List<Timex> tag(String text, LocalDate dct) throws Exception;

    /** Tags one document published at {@code time} (null: unknown); a system that cannot use a time ignores it. */
    default List<Timex> tag(String text, LocalDate dct, java.time.LocalTime time) throws Exception {
        return tag(text, dct);
    }

    @Override
    void close();
}
