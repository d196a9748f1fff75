package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tarikh.chronology.EventSimilarity;

/**
 * The chronology gate: merged chronologies of the event gold topics ({@code src/eval/events},
 * texts from the shared SaudiNewsNet corpus) must not fall below the minimums of
 * {@code event-eval-thresholds.properties}, and merging must not do worse than not merging, in the
 * query view and with every event shown ({@link EventEvaluation.View}). Skipped (with a message) when the corpus is not on this machine.
 */
class EventEvalThresholdTest {

    static final Path GOLD = Path.of("src/eval/events");
    static final Path CORPUS = Path.of("../shared/corpora/saudinewsnet");

    @Test
    void chronologiesStayAboveTheThresholds() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the SaudiNewsNet corpus is not at " + CORPUS.toAbsolutePath());
        Properties min = new Properties();
        try (InputStream in = EventEvalThresholdTest.class.getResourceAsStream("/event-eval-thresholds.properties")) {
            min.load(in);
        }
        List<EventGold> gold = EventGold.readDirectory(GOLD, CORPUS);
        assertThat(gold).as("topic files in " + GOLD).isNotEmpty();
        DataSource ds = EventEvaluation.ingest(gold);
        EventEvaluation.Result r = EventEvaluation.score(ds, gold, EventSimilarity.THRESHOLD);
        System.out.printf("event gold, %d happenings: merged P %.3f R %.3f F1 %.3f (no merge F1 %.3f), %d mixed, date %.3f%n",
                r.goldHappenings(), r.merged().precision(), r.merged().recall(), r.merged().f1(), r.noMerge().f1(),
                r.mixedEntries(), r.dateAccuracy());
        assertThat(r.merged().precision()).as("B-cubed precision")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("merged.precision.min")));
        assertThat(r.merged().recall()).as("B-cubed recall")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("merged.recall.min")));
        assertThat(r.merged().f1()).as("B-cubed F1")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("merged.f1.min")));
        assertThat(r.merged().f1()).as("merging must not do worse than not merging").isGreaterThanOrEqualTo(r.noMerge().f1());
        assertThat(r.mixedEntries()).as("entries mixing gold happenings")
                .isLessThanOrEqualTo(Integer.parseInt(min.getProperty("mixedEntries.max")));
        assertThat(r.dateAccuracy()).as("event date accuracy")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("dateAccuracy.min")));
        EventEvaluation.Result every = EventEvaluation.scoreEvery(gold, EventSimilarity.THRESHOLD);
        System.out.printf("every event shown: merged P %.3f R %.3f F1 %.3f (no merge F1 %.3f), %d mixed%n",
                every.merged().precision(), every.merged().recall(), every.merged().f1(), every.noMerge().f1(),
                every.mixedEntries());
        assertThat(every.merged().precision()).as("B-cubed precision, every event")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("every.merged.precision.min")));
        assertThat(every.merged().recall()).as("B-cubed recall, every event")
                .isGreaterThanOrEqualTo(Double.parseDouble(min.getProperty("every.merged.recall.min")));
        assertThat(every.merged().f1()).as("merging must not do worse than not merging, every event")
                .isGreaterThanOrEqualTo(every.noMerge().f1());
        assertThat(every.mixedEntries()).as("entries mixing gold happenings, every event")
                .isLessThanOrEqualTo(Integer.parseInt(min.getProperty("every.mixedEntries.max")));
    }
}
