package org.tarikh.article;

/** What the article reader yields: an article ready for annotation, or a rejected input. */
public sealed interface SourceRecord permits Article, Rejection {

    Origin origin();
}
