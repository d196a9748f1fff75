package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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
}
