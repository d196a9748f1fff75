package org.tarikh.annotate.grammar;

/**
 * A typed piece of a temporal expression: a word or phrase of the grammar's vocabulary («الماضي»
 * REL −1, «ذي الحجة» MONTHNAME) or what a grammar rule built from pieces («العاشر من ذي الحجة
 * المقبل» DATE). Pieces span words {@code first..last} (inclusive) of the HeidelTime view;
 * {@code skip} characters at the start of the first word are a proclitic outside the piece.
 *
 * @param category the grammar symbol (grammar.txt), e.g. NUM, WEEKDAY, MONTH, DATE
 * @param value    what the piece means: a number, a {@link java.time.LocalDate}, a {@link Sem} …
 * @param rules    the rules that built it, outermost first ("" for a vocabulary piece)
 * @param from     first word of the whole match, context included (== first for vocabulary)
 * @param to       last word of the whole match, context included
 */
record Piece(String category, int first, int last, int skip, Object value, String rules, int from, int to) {

    Piece(String category, int first, int last, int skip, Object value, String rules) {
        this(category, first, last, skip, value, rules, first, last);
    }

    int words() {
        return last - first + 1;
    }
}
