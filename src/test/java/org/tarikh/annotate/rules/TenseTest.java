package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/** Bare weekdays resolved by {@link Tense} (DCT 2021-04-07, a Wednesday). */
class TenseTest {

    @TestPipeline(rules = {DayPhraseAnnotator.class})
    private static TemporalPipeline pipeline;

    private static String value(String sentence, String weekday) {
        return only(pipeline.tag(sentence, SEED_DCT), weekday).value();
    }

    @Test
    void announcementsPointForward() {
        assertThat(value("من المقرر أن يصل الوفد الخميس.", "الخميس")).isEqualTo("2021-04-08");
        assertThat(value("يصل الوفد الخميس إلى الرياض.", "الخميس")).isEqualTo("2021-04-08");
        assertThat(value("سيعقد الاجتماع الأحد.", "الأحد")).isEqualTo("2021-04-11");
        assertThat(value("يقام الحفل الخميس.", "الخميس")).isEqualTo("2021-04-08");
        assertThat(value("لن يصل الوفد قبل الخميس.", "الخميس")).isEqualTo("2021-04-08");
    }

    @Test
    void sinceAndFormVPerfectsPointBack() {
        assertThat(value("وتتوافد التعزيزات منذ السبت على المدينة.", "السبت")).isEqualTo("2021-04-03");
        assertThat(value("بدأت التعزيزات تتوافد منذ عصر السبت.", "عصر السبت")).isEqualTo("2021-04-03TAF");
        assertThat(value("تبنى المجلس الاثنين قرارا.", "الاثنين")).isEqualTo("2021-04-05");
    }

    @Test
    void nounsAndPerfectsThatBeginLikeAnImperfectPointNowhere() {
        // «نادي», «تمام» are nouns, «نفذت» a perfect: none makes the clause future
        assertThat(value("قدم نادي فلومينزي الخميس لاعبه الجديد.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("باشرت الفرق في تمام الساعة الثانية من صباح الخميس بلاغا.", "صباح الخميس")).isEqualTo("2021-04-01TMO");
        assertThat(value("نفذت الوزارة الخميس حملة تفتيش.", "الخميس")).isEqualTo("2021-04-01");
        // an imperfect past a preposition describes the noun it governs: «في منطقة يؤمها السائحون», «على قانون يتيح»
        assertThat(value("ووقع هجوم الخميس في منطقة يؤمها السائحون.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("صادق البرلمان الخميس على قانون يتيح الاطعام القسري.", "الخميس")).isEqualTo("2021-04-01");
        // «ستيفان» is a name, «سيطرت» a perfect: no future particle
        assertThat(value("توفي ستيفان بيكنباور الخميس عن 46 عاما.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("سيطرت القوات على المدينة الخميس.", "الخميس")).isEqualTo("2021-04-01");
        // a first-person plural imperfect still points forward
        assertThat(value("نلتقي الخميس في الرياض.", "الخميس")).isEqualTo("2021-04-08");
    }

    @Test
    void reportsPointBack() {
        assertThat(value("وصل الوفد الخميس إلى الرياض.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("لم يحدد الوزير الخميس موعدا.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("تم افتتاح المعرض الخميس.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("أعلن الوزير الخميس أن الاقتصاد سينمو.", "الخميس")).isEqualTo("2021-04-01");
    }

    @Test
    void aSentenceStartingWithTheWeekdayReadsTheVerbAfterIt() {
        assertThat(value("الخميس رح نطلع مشوار.", "الخميس")).isEqualTo("2021-04-08");
        assertThat(value("الخميس يلتقي الفريقان.", "الخميس")).isEqualTo("2021-04-08");
        assertThat(value("والخميس تعادل الفريقان.", "الخميس")).isEqualTo("2021-04-01");
        assertThat(value("الخميس اللي فات تعشينا برا.", "الخميس اللي فات")).isEqualTo("2021-04-01");
    }
}
