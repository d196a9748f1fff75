package org.tarikh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.Timex;

/** The offset contract check of {@code tarikh check-news}. */
class CheckNewsCommandTest {

    private static final String TEXT = "وصل الوفد الأربعاء إلى بغداد أمس.";
    private static final int WED = TEXT.indexOf("الأربعاء");
    private static final int YESTERDAY = TEXT.indexOf("أمس");

    private static Timex timex(int begin, int end, String text, String value) {
        return new Timex("t", begin, end, text, "DATE", value, null, null, null, null);
    }

    @Test
    void acceptsExpressionsThatCoverTheirTextInOrder() {
        assertThat(CheckNewsCommand.contractViolations(TEXT, List.of(
                timex(WED, WED + 8, "الأربعاء", "2021-04-07"),
                timex(YESTERDAY, YESTERDAY + 3, "أمس", "2021-04-06")))).isEmpty();
    }

    @Test
    void reportsEachBrokenPromise() {
        assertThat(CheckNewsCommand.contractViolations(TEXT, List.of(timex(WED, WED + 8, "الخميس", "2021-04-08"))))
                .singleElement().asString().contains("not the covered substring");
        assertThat(CheckNewsCommand.contractViolations(TEXT, List.of(timex(WED, WED + 8, "الأربعاء", null))))
                .singleElement().asString().contains("no value");
        assertThat(CheckNewsCommand.contractViolations(TEXT, List.of(timex(5, 5, "", "2021"))))
                .singleElement().asString().contains("outside the text or empty");
        assertThat(CheckNewsCommand.contractViolations(TEXT, List.of(
                timex(YESTERDAY, YESTERDAY + 3, "أمس", "2021-04-06"),
                timex(WED, WED + 8, "الأربعاء", "2021-04-07"))))
                .singleElement().asString().contains("overlaps or precedes");
    }
}
