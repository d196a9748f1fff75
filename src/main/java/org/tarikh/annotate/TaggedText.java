package org.tarikh.annotate;

import java.util.List;

/** What the annotation stage produces for one text: its sentences and its temporal expressions. */
public record TaggedText(List<Span> sentences, List<Timex> timexes) {
}
