package org.tarikh.article;

/**
 * What the article reader yields: an article ready for annotation, a rejected input, or (after the
 * input guard) another capture of an article already read.
 */
public sealed interface SourceRecord permits Article, Rejection, Capture {

    Origin origin();
}
