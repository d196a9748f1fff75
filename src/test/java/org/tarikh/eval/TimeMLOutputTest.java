package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.Timex;

class TimeMLOutputTest {

    private static final String HEAD = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n";
    private static final String FOOT = "\n</TimeML>\n";

    @Test
    void unescapedTextAndTagsGiveOffsetsIntoTheOriginal() {
        String text = "قال <رئيس> شركة A&B أمس إن\nالأرباح تضاعفت خلال ثلاثة أيام";
        String out = HEAD + "قال <رئيس> شركة A&B <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-04-06\">أمس</TIMEX3> إن\n"
                + "الأرباح تضاعفت خلال <TIMEX3INTERVAL earliestBegin=\"x\"><TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\" "
                + "mod=\"APPROX\">ثلاثة أيام</TIMEX3></TIMEX3INTERVAL>" + FOOT;

        List<Timex> timexes = TimeMLOutput.parse(out, text);

        assertThat(timexes).hasSize(2);
        for (Timex t : timexes) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        assertThat(timexes.get(0).text()).isEqualTo("أمس");
        assertThat(timexes.get(0).value()).isEqualTo("2021-04-06");
        assertThat(timexes.get(0).mod()).isNull();
        assertThat(timexes.get(1).type()).isEqualTo("DURATION");
        assertThat(timexes.get(1).mod()).isEqualTo("APPROX");
    }

    @Test
    void outputThatDivergesFromTheTextIsAnError() {
        assertThatThrownBy(() -> TimeMLOutput.parse(HEAD + "أمس و" + FOOT, "أمس"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeMLOutput.parse(HEAD + "أم" + FOOT, "أمس"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
