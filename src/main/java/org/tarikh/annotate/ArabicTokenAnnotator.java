package org.tarikh.annotate;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

import de.unihd.dbs.uima.types.heideltime.Token;

/**
 * Writes HeidelTime's {@link Token} annotations. HeidelTime accepts a match only if it starts
 * and ends on token boundaries (unless it is surrounded by spaces), so every punctuation
 * character is a token of its own: an expression followed directly by «،» or «؛» is still
 * found.
 * <p>
 * A token is a run of letters, digits, combining marks (diacritics) and tatweel; any other
 * non-space character is a one-character token.
 */
public class ArabicTokenAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        for (Span span : tokenize(jcas.getDocumentText())) {
            new Token(jcas, span.begin(), span.end()).addToIndexes();
        }
    }

    public static List<Span> tokenize(String text) {
        List<Span> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Span(start, i));
            } else {
                int width = Character.charCount(text.codePointAt(i));
                tokens.add(new Span(i, i + width));
                i += width;
            }
        }
        return tokens;
    }

    public static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\u0640';
    }
}
