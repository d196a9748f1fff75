package org.tarikh.annotate;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

import de.unihd.dbs.uima.types.heideltime.Sentence;

/**
 * Splits the document into sentences, HeidelTime's unit of work: it only looks for
 * expressions inside {@link Sentence} annotations.
 * <p>
 * A sentence ends at a line break, or after {@code . ! ? ؟} (with any closing quotes or
 * brackets) unless the full stop sits inside a number ({@code 7.30}) or follows a one-letter
 * abbreviation ({@code د.}). News text often glues the next sentence to the full stop
 * ({@code داعش".وأكد}), so no following space is required.
 */
public class ArabicSentenceAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        for (Span span : split(jcas.getDocumentText())) {
            new Sentence(jcas, span.begin(), span.end()).addToIndexes();
        }
    }

    public static java.util.List<Span> split(String text) {
        java.util.List<Span> sentences = new java.util.ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if (isTerminal(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, start, end);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean isTerminal(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == '؟') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (digitBefore && digitAfter) {
            return false; // 7.30, 2.5
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '.') {
            return false; // part of an ellipsis: end after the last dot
        }
        boolean oneLetterWord = i > 0 && Character.isLetter(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
        return !oneLetterWord;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '”' || c == '’'
                || c == '.' || c == '!' || c == '?' || c == '؟';
    }

    private static void add(java.util.List<Span> sentences, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            sentences.add(new Span(from, to));
        }
    }
}
