package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class TemporalPipelineTest {

    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void seedArticleGivesTheIssueExpressionsWithExactOffsets() throws Exception {
        String text = Files.readString(Path.of("sample-articles/000_964be29df06537d0.txt"));
        TaggedText tagged = pipeline.tag(text, LocalDate.of(2021, 4, 7));
        for (Timex t : tagged.timexes()) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        assertThat(tagged.timexes()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("الأربعاء");
            assertThat(t.value()).isEqualTo("2021-04-07");
        });
        assertThat(tagged.timexes()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("أواخر الشهر الماضي");
            assertThat(t.value()).isEqualTo("2021-03");
            assertThat(t.mod()).isEqualTo("END");
        });
        assertThat(tagged.timexes()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("العام الماضي");
            assertThat(t.value()).isEqualTo("2020");
        });
    }

    @Test
    void aPublicationTimeBesideTheDayPlacesHourOffsetsAndLeavesTheDayToHeidelTime() {
        String text = "وصل الوفد أمس، وتقلع طائرته بعد ساعتين.";
        LocalDate day = LocalDate.of(2024, 5, 15);
        TaggedText timed = pipeline.tag(text, day, LocalTime.of(10, 0));
        TaggedText dayOnly = pipeline.tag(text, day);
        assertThat(timed.timexes()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("بعد ساعتين");
            assertThat(t.type()).isEqualTo("TIME");
            assertThat(t.value()).isEqualTo("2024-05-15T12:00");
        });
        assertThat(dayOnly.timexes()).noneMatch(t -> "TIME".equals(t.type()));
        // the CAS is reset per document: the time of the first call does not leak into the second
        assertThat(pipeline.tag(text, day, null).timexes()).isEqualTo(dayOnly.timexes());
        for (TaggedText t : java.util.List.of(timed, dayOnly)) {
            assertThat(t.timexes()).anySatisfy(x -> {
                assertThat(x.text()).isEqualTo("أمس");
                assertThat(x.value()).isEqualTo("2024-05-14");
            });
        }
    }
}
