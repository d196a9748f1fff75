package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldDocumentTest {

    private static final Path TINY = Path.of("src/test/resources/eval/tiny.tml");

    @Test
    void readsPlainTextDctTimexesAndTraps() throws Exception {
        GoldDocument doc = GoldDocument.read(TINY);

        assertThat(doc.id()).isEqualTo("tiny");
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(doc.text()).startsWith("قال وزير \"التجارة & الصناعة\" أمس إن")
                .doesNotContain("<", "&amp;", "&quot;");
        assertThat(doc.timexes()).extracting(GoldTimex::text)
                .containsExactly("أمس", "أواخر الشهر الماضي", "ثلاثة أيام");
        GoldTimex late = doc.timexes().get(1);
        assertThat(late.type()).isEqualTo("DATE");
        assertThat(late.value()).isEqualTo("2021-03");
        assertThat(late.mod()).isEqualTo("END");
        assertThat(late.phen()).containsExactlyInAnyOrder("relative", "modifier", "clitic");
        assertThat(doc.timexes().get(0).mod()).isNull();
        assertThat(doc.traps()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("3000 جندي");
            assertThat(t.phen()).containsExactly("false-positive");
        });
    }

    @Test
    void offsetsIndexThePlainTextExactly() throws Exception {
        GoldDocument doc = GoldDocument.read(TINY);
        for (GoldTimex t : doc.timexes()) {
            assertThat(doc.text().substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        for (GoldTrap t : doc.traps()) {
            assertThat(doc.text().substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        // The clitic و stays outside the expression, right before it.
        GoldTimex late = doc.timexes().get(1);
        assertThat(doc.text().charAt(late.begin() - 1)).isEqualTo('و');
    }

    @Test
    void everyGoldFileOfTheRepositoryReads() throws Exception {
        Path gold = Path.of("src/eval/gold");
        if (!Files.isDirectory(gold)) {
            return; // the gold set arrives on its own branch
        }
        for (GoldDocument doc : GoldDocument.readDirectory(gold)) {
            for (GoldTimex t : doc.timexes()) {
                assertThat(doc.text().substring(t.begin(), t.end())).as(doc.id() + " " + t.tid()).isEqualTo(t.text());
            }
        }
    }

    @Test
    void nestedTagsFailWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "<TEXT>x\n<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021\">عام <TRAP phen=\"false-positive\">"
                + "2021</TRAP></TIMEX3></TEXT>");
        assertThatThrownBy(() -> GoldDocument.read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining(f + ":6:").hasMessageContaining("never nest");
    }

    @Test
    void missingValueFails(@TempDir Path dir) throws Exception {
        Path f = write(dir, "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\">أمس</TIMEX3></TEXT>");
        assertThatThrownBy(() -> GoldDocument.read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining(f + ":5:").hasMessageContaining("value");
    }

    @Test
    void unknownPhenomenonFails(@TempDir Path dir) throws Exception {
        Path f = write(dir, "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021\" phen=\"relatve\">أمس</TIMEX3></TEXT>");
        assertThatThrownBy(() -> GoldDocument.read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("relatve");
    }

    @Test
    void brokenXmlFailsWithLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "<TEXT>أمس & غدا</TEXT>");
        assertThatThrownBy(() -> GoldDocument.read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining(f + ":5:").hasMessageContaining("not well-formed");
    }

    @Test
    void missingDctFails(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<TEXT>أمس</TEXT>\n</TimeML>\n");
        assertThatThrownBy(() -> GoldDocument.read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("DCT");
    }

    /** A document whose TEXT element starts on line 5. */
    private static Path write(Path dir, String textElement) throws Exception {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>x</DOCID>\n"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-04-07\">2021-04-07</TIMEX3></DCT>\n"
                + textElement + "\n</TimeML>\n");
        return f;
    }
}
