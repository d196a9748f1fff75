package org.tarikh.job;

import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Rejection;

/** What the processor hands the writer: an annotated article to store, or a rejection to record. */
public sealed interface Outcome {

    record Annotated(AnnotatedArticle article) implements Outcome {
    }

    record Rejected(Rejection rejection) implements Outcome {
    }

    /** Same id and content hash as stored: nothing to write, only to count. */
    record Unchanged(String articleId) implements Outcome {
    }
}
