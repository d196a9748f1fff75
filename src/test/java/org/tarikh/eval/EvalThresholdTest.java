package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The accuracy gate: Tarikh's full pipeline must not fall below the minimums of
 * {@code eval-thresholds.properties}. The gate that matters is the frozen real-news held-out set
 * ({@code src/eval/realnews/heldout}: real articles annotated blind, never tuned on); the
 * development sets and the team's own texts guard against regressions. The minimums are raised
 * as accuracy improves, never lowered to let a regression pass.
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
    @ValueSource(strings = {"realnews/heldout", "realnews/dev", "gold", "heldout"})
    void tarikhStaysAboveTheThresholds(String set) throws Exception {
        Path dir = Path.of("src/eval", set);
        List<GoldDocument> gold;
        if (RealNewsGold.isRealNewsDirectory(dir)) {
            assumeTrue(Files.isDirectory(RealNewsGold.DEFAULT_CORPUS),
                    "the real-news gold reads its texts from " + RealNewsGold.DEFAULT_CORPUS.toAbsolutePath());
            gold = RealNewsGold.read(dir, RealNewsGold.DEFAULT_CORPUS);
        } else {
            gold = GoldDocument.readDirectory(dir);
        }
        assertThat(gold).as("gold documents in " + dir).isNotEmpty();

        SystemResult result = Evaluation.run(tarikh, gold);
        Counts overall = result.scores().overall();
        System.out.printf("tarikh on %s (%d documents): relaxed F1 %.3f, value accuracy %.3f, value-F1 %.3f%n",
                set, gold.size(), overall.relaxedF1(), overall.valueAccuracy(), overall.valueF1());

        String key = set.replace('/', '.');
        assertThat(result.failures()).as("documents the pipeline failed on").isEmpty();
        assertThat(overall.relaxedF1()).as(set + " relaxed F1")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty(key + ".relaxedF1.min")));
        assertThat(overall.valueAccuracy()).as(set + " value accuracy")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty(key + ".valueAccuracy.min")));
        String valueF1 = min.getProperty(key + ".valueF1.min");
        if (valueF1 != null) {
            assertThat(overall.valueF1()).as(set + " value-F1").isGreaterThanOrEqualTo(Double.parseDouble(valueF1));
        }
    }

    @Test
    void everydayPhrases() throws Exception {
        PhraseSuite suite = PhraseSuite.read(Path.of("src/eval/phrases/phrases.tsv"));
        SystemResult result = Evaluation.run(tarikh, suite.documents());
        int[] all = suite.correctByDialect(result).get("all");
        double share = (double) all[0] / all[1];
        System.out.printf("tarikh on the phrase suite: %d/%d right (%.1f%%)%n", all[0], all[1], 100 * share);
        assertThat(share).as("share of everyday phrases right")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("phrases.right.min")));
    }
}
