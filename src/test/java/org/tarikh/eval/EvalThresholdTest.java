package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate: Tarikh's full pipeline on the gold set must not fall below the minimums
 * of {@code eval-thresholds.properties}. The minimums are raised as accuracy improves.
 * <p>
 * Gold directory: system property {@code tarikh.eval.gold}, else {@code src/eval/gold}.
 */
class EvalThresholdTest {

    @Test
    void tarikhStaysAboveTheThresholds() throws Exception {
        Path dir = Path.of(System.getProperty("tarikh.eval.gold", "src/eval/gold"));
        // The gold set is committed on its own branch; without it there is nothing to gate on.
        Assumptions.assumeTrue(Files.isDirectory(dir), "no gold directory " + dir.toAbsolutePath());
        List<GoldDocument> gold = GoldDocument.readDirectory(dir);
        assertThat(gold).as("gold documents in " + dir).isNotEmpty();

        Properties min = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/eval-thresholds.properties")) {
            min.load(in);
        }
        SystemResult result;
        try (TarikhSystem tarikh = new TarikhSystem()) {
            result = Evaluation.run(tarikh, gold);
        }
        Counts overall = result.scores().overall();
        System.out.printf("tarikh on %d gold documents: relaxed F1 %.3f, value accuracy %.3f, value-F1 %.3f%n",
                gold.size(), overall.relaxedF1(), overall.valueAccuracy(), overall.valueF1());

        assertThat(result.failures()).as("documents the pipeline failed on").isEmpty();
        assertThat(overall.relaxedF1()).as("relaxed F1")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("relaxedF1.min")));
        assertThat(overall.valueAccuracy()).as("value accuracy")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("valueAccuracy.min")));
    }
}
