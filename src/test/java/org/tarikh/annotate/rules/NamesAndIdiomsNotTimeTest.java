package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round twelve (acc12): words that read as time but are not — the governorate «إب» (not «آب»), the
 * ordinal of a streak («للعام الخامس على التوالي»), «اليوم الذي …» (a day told by its clause) and «بأمس
 * الحاجة» ('most in need'). Full pipeline; self-written sentences.
 */
class NamesAndIdiomsNotTimeTest {

    private static final LocalDate DCT = LocalDate.of(2016, 3, 9);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(List<Timex> ts) {
        return ts.stream().map(Timex::text).toList();
    }

    @Test
    void theGovernorateIbbIsNoMonth() {
        List<Timex> ts = pipeline.tag("وسقطت قذائف على مدينة إب العام الماضي، وأغلق مكتب جوازات إب أبوابه.", DCT).timexes();
        assertThat(texts(ts)).containsExactly("العام الماضي");
        assertThat(ts.get(0).value()).isEqualTo("2015");
        // the month keeps its readings
        assertThat(pipeline.tag("وانتهى العمل في آب العام الماضي.", DCT).timexes().get(0).value()).isEqualTo("2015-08");
        assertThat(pipeline.tag("ويبدأ المهرجان في 3 آب المقبل.", DCT).timexes()).isNotEmpty();
    }

    @Test
    void theOrdinalOfAStreakIsACount() {
        assertThat(texts(pipeline.tag("وحقق المصرف أرباحا قياسية للعام الرابع على التوالي.", DCT).timexes())).isEmpty();
        assertThat(texts(pipeline.tag("وتراجعت الصادرات للشهر الثالث على التوالي في فبراير.", DCT).timexes()))
                .containsExactly("فبراير");
        // a counted length stays
        assertThat(texts(pipeline.tag("واستمرت الأمطار ثلاثة أيام على التوالي.", DCT).timexes())).containsExactly("ثلاثة أيام");
    }

    @Test
    void theDayWhichIsToldByItsClause() {
        assertThat(texts(pipeline.tag("وسيأتي اليوم الذي يعرف فيه الجميع الحقيقة.", DCT).timexes())).isEmpty();
        assertThat(pipeline.tag("وبدأ اليوم الخميس توزيع المساعدات.", DCT).timexes()).isNotEmpty();
    }

    @Test
    void mostInNeedIsNotYesterday() {
        assertThat(texts(pipeline.tag("إن المزارعين بأمس الحاجة إلى الأمطار.", DCT).timexes())).isEmpty();
        assertThat(texts(pipeline.tag("والقرى في أمس الحاجة للمياه.", DCT).timexes())).isEmpty();
        assertThat(pipeline.tag("ووصل الوفد أمس إلى العاصمة.", DCT).timexes().get(0).value()).isEqualTo("2016-03-08");
    }
}
