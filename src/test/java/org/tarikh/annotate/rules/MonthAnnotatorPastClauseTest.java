package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round ten (acc10c): a month named without a year in a clause whose verb tells a completed event is
 * not placed after publication, however far back in the clause the verb stands. Self-written sentences.
 */
class MonthAnnotatorPastClauseTest {

    /** A Wednesday. */
    private static final LocalDate DCT = LocalDate.of(2024, 5, 15);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static String value(String sentence, String expression) {
        return only(pipeline.tag(sentence, DCT), expression).value();
    }

    @Test
    void aPerfectVerbEarlierInTheClausePlacesTheMonthBefore() {
        assertThat(value("سافرنا إلى وهران في شهر أغسطس.", "شهر أغسطس")).isEqualTo("2023-08");
        assertThat(value("كنا في الرياض في شهر أغسطس.", "شهر أغسطس")).isEqualTo("2023-08");
        // dialect month names (Algerian, Moroccan)
        assertThat(value("كنا في قسنطينة في شهر أوت.", "شهر أوت")).isEqualTo("2023-08");
    }

    @Test
    void withoutAPerfectVerbTheNearestMonthStays() {
        assertThat(value("يقام المهرجان في شهر أغسطس.", "شهر أغسطس")).isEqualTo("2024-08");
        // a verb of saying does not tell when the month is
        assertThat(value("قال المدير إن المعرض في شهر أغسطس.", "شهر أغسطس")).isEqualTo("2024-08");
        // a month already begun or past is the nearest one whatever the verb
        assertThat(value("وصل الوفد في شهر مارس.", "شهر مارس")).isEqualTo("2024-03");
    }

    @Test
    void aReportedClauseAfterAnAttachedThatHasItsOwnTense() {
        // «بأنه» opens the reported clause: the perfect «تراجعت» before it does not place September
        assertThat(value("تراجعت أسعار الذهب بعد تصريح مسؤول بأنه يميل إلى رفع أسعار الفائدة في سبتمبر.", "سبتمبر"))
                .isEqualTo("2024-09");
        assertThat(value("وافق البرلمان في نوفمبر على القانون.", "نوفمبر")).as("a listed masculine perfect").isEqualTo("2023-11");
    }

    @Test
    void aDayTheMonthDoesNotHaveFailsNoArticle() {
        // «30 فبراير» (no such day) threw while the year was chosen, and the whole article was rejected
        assertThat(value("ارتفع النفط يوم 30 فبراير بعد هبوطه.", "يوم 30 فبراير")).isEqualTo("2024-02-30");
    }
}
