package org.tarikh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up checkpoint is read from a fresh process's log (standard error) or from {@code run}'s summary. */
class WholeProcessTest {

    @Test
    void theFirstArticleIsReadFromTheLogOrFromTheRunSummary() {
        String log = "09:01:02 INFO first article annotated 2.31 s after JVM start\n";
        String summary = "run 1 COMPLETED: read 3, processed 3, unchanged 0, rejected 0; 4 expressions, 2 events; 1.0 s"
                + " (3.0 articles/s)\n  first article annotated 4.56 s after JVM start\n";
        assertThat(WholeProcess.firstArticle(log, "")).isEqualTo(2.31);
        assertThat(WholeProcess.firstArticle("", summary)).isEqualTo(4.56);
        assertThat(WholeProcess.firstArticle("a warning\n", "run 1 COMPLETED: read 0\n")).isNull();
    }
}
