package org.tarikh.job;

import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Article;
import org.tarikh.article.Capture;
import org.tarikh.article.Rejection;

/** What the processor hands the writer: an annotated article to store, a rejection or another capture to record. */
public sealed interface Outcome {

    record Annotated(AnnotatedArticle article) implements Outcome {
    }

    record Rejected(Rejection rejection) implements Outcome {
    }

    /** Same id and content hash as stored: nothing to write but where it was read (a capture), only to count. */
    record Unchanged(String articleId, Article article) implements Outcome {

        /** Unchanged, where it was read not known: only counted. */
        public Unchanged(String articleId) {
            this(articleId, null);
        }
    }

    /** Another capture of an article already read: recorded as such, not annotated or stored again. */
    record Captured(Capture capture) implements Outcome {
    }
}
