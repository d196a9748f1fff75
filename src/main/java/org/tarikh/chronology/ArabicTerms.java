package org.tarikh.chronology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search form of Arabic text: Lucene's {@link ArabicAnalyzer} (stop words out, hamza/alef
 * variants, ta marbuta, alef maqsura, diacritics and tatweel normalized, Arabic-Indic digits
 * to ASCII, light stemming of clitics such as «و» «ال» «بال» «لل» and suffixes such as «ات»
 * «ية» «ون»). Stored with every event and applied to every query, so «القوات الأمريكية»,
 * «وقوات أمريكية» and «للقوات الامريكيه» all meet on the same terms.
 */
public final class ArabicTerms {

    // Thread-safe: Lucene analyzers hand out per-thread token stream components.
    private static final Analyzer ANALYZER = new ArabicAnalyzer();

    private ArabicTerms() {
    }

    /** The terms of a text, in text order (repeats kept, so phrases stay adjacent). */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) {
                    terms.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return terms;
    }

    /**
     * The stored search form: terms separated by single spaces with a space at each end, so
     * that {@code LIKE '% term %'} matches whole terms and {@code LIKE '% t1 t2 %'} a phrase.
     */
    public static String searchForm(String text) {
        List<String> terms = of(text);
        return terms.isEmpty() ? " " : " " + String.join(" ", terms) + " ";
    }
}
