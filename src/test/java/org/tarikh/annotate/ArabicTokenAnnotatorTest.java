package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTokenAnnotatorTest {

    @Test
    void punctuationIsAlwaysItsOwnTokenSoGluedCommasDoNotHideExpressions() {
        String text = "عاد الأربعاء، ثم «غادر» الساعة 3:20؛ حاليًا";
        assertThat(ArabicTokenAnnotator.tokenize(text).stream().map(s -> text.substring(s.begin(), s.end())))
                .containsExactly("عاد", "الأربعاء", "،", "ثم", "«", "غادر", "»", "الساعة", "3", ":", "20", "؛", "حاليًا");
    }

    @Test
    void tatweelAndDiacriticsStayInsideTheirWord() {
        String text = "الأربعـــاء غداً";
        assertThat(ArabicTokenAnnotator.tokenize(text).stream().map(s -> text.substring(s.begin(), s.end())))
                .containsExactly("الأربعـــاء", "غداً");
    }
}
