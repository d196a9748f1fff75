package org.tarikh.chronology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

/**
 * Hand-anchored events from the test articles in {@code src/test/resources/chronology}: the
 * event is the line holding {@code expression}, placed by the TIMEX3 value we give, so merge
 * tests do not depend on what the tagger finds today.
 */
final class Fixtures {

    static final Path DIR = Path.of("src/test/resources/chronology");

    private Fixtures() {
    }

    static SourceEvent event(String file, String articleId, LocalDate dct, String source, int seq, String expression,
            String value, String mod) {
        String text = read(file);
        int x = text.indexOf(expression);
        if (x < 0) {
            throw new IllegalArgumentException(expression + " not in " + file);
        }
        int begin = text.lastIndexOf('\n', x) + 1;
        int end = text.indexOf('\n', x);
        end = end < 0 ? text.length() : end;
        String sentence = text.substring(begin, end);
        TimeInterval i = TimexIntervals.of(value, mod, dct).orElseThrow();
        return new SourceEvent(articleId, seq, begin, end, sentence, i.start(), i.end(), i.granularity().name(),
                i.vague(), expression, "DATE", value, mod, x, x + expression.length(), dct, null, source,
                "https://example.org/" + articleId, ArabicTerms.of(sentence));
    }

    static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
