package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * {@link FalsePositiveFilter} on a weekday that is a family name («أحمد الخميس»), through the
 * full pipeline (HeidelTime tags the bare weekday).
 */
class WeekdaySurnameTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 4);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static java.util.List<String> texts(String text) {
        return pipeline.tag(text, DCT).timexes().stream().map(Timex::text).toList();
    }

    @Test
    void aWeekdayNamedAsAPersonTwiceIsTheFamilyName() {
        // after a given name and after a verb of saying in one article: the person (oil gold, a2)
        assertThat(texts("أكد أمين عام الاتحاد أحمد الخميس أن القرار نهائي. وقال الخميس: كان اجتماعا إيجابيا."))
                .doesNotContain("الخميس");
    }

    @Test
    void aWeekdayAfterOnlyOneOfThemIsTheDay() {
        assertThat(texts("استقبل الملك سلمان الخميس رئيس الوزراء.")).contains("الخميس");
        assertThat(texts("وقال الخميس إن الاجتماع كان إيجابيا.")).contains("الخميس");
    }

    @Test
    void aWordAfterTheKunyaIsAName() {
        // «أبو قرنين» is a family name, not two centuries (name-prefixes.txt, round thirteen)
        assertThat(texts("حضر الحفل مدير الشرطة اللواء سالم أبو قرنين وعدد من المسؤولين.")).isEmpty();
        assertThat(texts("احتاجت البلاد قرنين لتعود إلى ما كانت عليه.")).contains("قرنين");
    }
}
