package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accuracy gate: Tarikh's full pipeline must not fall below the minimums of
 * {@code eval-thresholds.properties} on the development gold ({@code src/eval/gold}, which the
 * annotators were developed against) and on the held-out gold ({@code src/eval/heldout}, written
 * afterwards and never used for tuning: the honest measure). The minimums are raised as
 * accuracy improves, never lowered to let a regression pass.
 */
class EvalThresholdTest {

    private static TarikhSystem tarikh;
    private static Properties min;

    @BeforeAll
    static void build() throws Exception {
        tarikh = new TarikhSystem();
        min = new Properties();
        try (InputStream in = EvalThresholdTest.class.getResourceAsStream("/eval-thresholds.properties")) {
            min.load(in);
        }
    }

    @AfterAll
    static void close() {
        tarikh.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gold", "heldout"})
    void tarikhStaysAboveTheThresholds(String set) throws Exception {
        Path dir = Path.of("src/eval", set);
        List<GoldDocument> gold = GoldDocument.readDirectory(dir);
        assertThat(gold).as("gold documents in " + dir).isNotEmpty();

        SystemResult result = Evaluation.run(tarikh, gold);
        Counts overall = result.scores().overall();
        System.out.printf("tarikh on %s (%d documents): relaxed F1 %.3f, value accuracy %.3f, value-F1 %.3f%n",
                set, gold.size(), overall.relaxedF1(), overall.valueAccuracy(), overall.valueF1());

        assertThat(result.failures()).as("documents the pipeline failed on").isEmpty();
        assertThat(overall.relaxedF1()).as(set + " relaxed F1")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty(set + ".relaxedF1.min")));
        assertThat(overall.valueAccuracy()).as(set + " value accuracy")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty(set + ".valueAccuracy.min")));
    }
}
