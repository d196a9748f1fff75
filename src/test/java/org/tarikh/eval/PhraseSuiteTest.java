package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseSuiteTest {

    private static final String ROWS = "id\tdialect\tsentence\texpression\ttype\tvalue\tmod\tnote\n"
            + "p001\tmsa\tتقلع الطائرة بعد ساعتين.\tبعد ساعتين\tTIME\t2024-05-15T12:00\t\t\n";

    @Test
    void theReferenceLineMayGiveATimeThatEveryPhraseCarries(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("phrases.tsv");
        Files.writeString(tsv, "# phrases; reference 2024-05-15T10:00 (Wednesday)\n" + ROWS);
        PhraseSuite suite = PhraseSuite.read(tsv);
        assertThat(suite.reference()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(suite.referenceTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(suite.documents()).allSatisfy(d -> assertThat(d.time()).isEqualTo(LocalTime.of(10, 0)));
        assertThat(suite.part(false).referenceTime()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void aReferenceDayAloneLeavesTheTimeUnknown(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("phrases.tsv");
        Files.writeString(tsv, "# phrases; reference 2024-05-15 (Wednesday)\n" + ROWS);
        PhraseSuite suite = PhraseSuite.read(tsv);
        assertThat(suite.reference()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(suite.referenceTime()).isNull();
        assertThat(suite.documents()).allSatisfy(d -> assertThat(d.time()).isNull());
    }
}
