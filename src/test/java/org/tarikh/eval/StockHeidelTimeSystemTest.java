package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.annotate.Timex;

/** The baseline really is HeidelTime's standalone class, and its output maps back onto the text. */
class StockHeidelTimeSystemTest {

    private static StockHeidelTimeSystem heidelTime;

    @BeforeAll
    static void build() {
        heidelTime = new StockHeidelTimeSystem();
    }

    @AfterAll
    static void destroy() {
        heidelTime.close();
    }

    @Test
    void usesTheStandaloneNotTheFallback() {
        assertThat(heidelTime.note()).startsWith("HeidelTimeStandalone").doesNotContain("could not");
    }

    @Test
    void tagsWithOffsetsIntoTextWithMarkupCharacters() throws Exception {
        String text = "قالت شركة \"A&B\" <المحدودة> إن أرباحها تضاعفت في عام 2020 وأعلنت أمس عن خطة جديدة.";
        List<Timex> timexes = heidelTime.tag(text, LocalDate.of(2021, 4, 7));

        for (Timex t : timexes) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        assertThat(timexes).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("أمس");
            assertThat(t.value()).isEqualTo("2021-04-06");
        });
    }
}
