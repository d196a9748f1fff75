package org.tarikh.annotate;

/** A half-open character range [begin, end) of the article text. */
public record Span(int begin, int end) {

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean covers(int from, int to) {
        return begin <= from && to <= end;
    }
}
