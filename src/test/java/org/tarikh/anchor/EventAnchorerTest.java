package org.tarikh.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.ArabicSentenceAnnotator;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.Timex;

class EventAnchorerTest {

    private static final LocalDate DCT = LocalDate.of(2021, 4, 7);

    /** Builds expressions at the first occurrence of each phrase, so tests need no HeidelTime. */
    private static TaggedText tagged(String text, String[]... phrases) {
        List<Timex> timexes = new ArrayList<>();
        int n = 0;
        for (String[] p : phrases) {
            int at = text.indexOf(p[0]);
            timexes.add(new Timex("t" + n++, at, at + p[0].length(), p[0], p[1], p[2], p.length > 3 ? p[3] : null, null, null, null));
        }
        return new TaggedText(ArabicSentenceAnnotator.split(text), timexes);
    }

    @Test
    void aSentenceWithOneExpressionIsOneEvent() {
        String text = "افتتح المعرض الأربعاء في الرياض. ولم يحضر الوزير.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الأربعاء", "DATE", "2021-04-07"}), DCT);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("افتتح المعرض الأربعاء في الرياض.");
            assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.text());
            assertThat(e.anchor().value()).isEqualTo("2021-04-07");
        });
    }

    @Test
    void expressionsInDifferentClausesCutTheSentenceWithoutLosingText() {
        String text = "أعلنت الوزارة أواخر الشهر الماضي أن الجولة القادمة ستجري في 7 أبريل، وسط ترقب.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"أواخر الشهر الماضي", "DATE", "2021-03", "END"},
                new String[] {"7 أبريل", "DATE", "2021-04-07"}), DCT);
        assertThat(events).extracting(Event::text).containsExactly(
                "أعلنت الوزارة أواخر الشهر الماضي",
                "أن الجولة القادمة ستجري في 7 أبريل، وسط ترقب.");
        assertThat(events).extracting(e -> e.anchor().value()).containsExactly("2021-03", "2021-04-07");
        assertThat(events).extracting(Event::position).containsExactly(0, 1);
    }

    @Test
    void severalExpressionsInOneClauseAnchorToTheMostPreciseAndKeepTheOthers() {
        String text = "وصل الرئيس في عام 2021 يوم 7 أبريل إلى بغداد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"عام 2021", "DATE", "2021"},
                new String[] {"7 أبريل", "DATE", "2021-04-07"}), DCT);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.anchor().text()).isEqualTo("7 أبريل");
            assertThat(e.alsoInClause()).extracting(Timex::text).containsExactly("عام 2021");
        });
    }

    @Test
    void durationsSetsAndUnplaceableValuesAnchorNothing() {
        String text = "استمرت المحادثات ثلاثة أيام. ويجتمعون يوميا. وفي يوم ما سيعودون.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"ثلاثة أيام", "DURATION", "P3D"},
                new String[] {"يوميا", "SET", "P1D"},
                new String[] {"يوم ما", "DATE", "XXXX-XX-XX"}), DCT);
        assertThat(events).isEmpty();
    }
}
