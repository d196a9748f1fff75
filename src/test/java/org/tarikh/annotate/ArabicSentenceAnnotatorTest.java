package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArabicSentenceAnnotatorTest {

    private static List<String> sentences(String text) {
        return ArabicSentenceAnnotator.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsAtTerminalPunctuationAndLineBreaks() {
        assertThat(sentences("وصل الوفد أمس. هل يعود غدا؟ نعم!\nفقرة جديدة"))
                .containsExactly("وصل الوفد أمس.", "هل يعود غدا؟", "نعم!", "فقرة جديدة");
    }

    @Test
    void keepsDecimalsAndOneLetterAbbreviationsInside() {
        assertThat(sentences("يبدأ الاجتماع الساعة 7.30 صباحا بحضور د. أحمد. ثم ينتهي."))
                .containsExactly("يبدأ الاجتماع الساعة 7.30 صباحا بحضور د. أحمد.", "ثم ينتهي.");
    }

    @Test
    void endsAtAFullStopGluedToTheNextSentenceAndKeepsClosingQuotes() {
        assertThat(sentences("قال إن \"الحرب انتهت\".وأكد البيان ذلك"))
                .containsExactly("قال إن \"الحرب انتهت\".", "وأكد البيان ذلك");
    }
}
