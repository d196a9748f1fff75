package org.tarikh.anchor;

import java.util.List;

import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;

/**
 * An article after annotation and anchoring: its expressions in text order and its events.
 */
public record AnnotatedArticle(Article article, String contentHash, List<Timex> timexes, List<Event> events) {

    /** Index of an expression in {@link #timexes()}, the key events refer to it by. */
    public int positionOf(Timex timex) {
        int i = timexes.indexOf(timex);
        if (i < 0) {
            throw new IllegalArgumentException("not an expression of this article: " + timex);
        }
        return i;
    }
}
