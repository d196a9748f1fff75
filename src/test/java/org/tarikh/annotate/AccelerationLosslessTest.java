package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.annotate.accel.SyntheticNews;

/**
 * Accelerations must be lossless: on a few hundred generated articles, the accelerated
 * pipeline gives exactly the reference pipeline's sentences and expressions (ids, offsets,
 * values), also when an accelerated and a reference pipeline run at the same time on two
 * threads (HeidelTime's rule maps are JVM-wide; the rule selection must stay per thread).
 */
class AccelerationLosslessTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 22);
    private static List<String> articles;
    private static TemporalPipeline reference;
    private static TemporalPipeline accelerated;
    private static List<TaggedText> expected;

    @BeforeAll
    static void build() throws Exception {
        articles = SyntheticNews.articles(300, 42L);
        reference = TemporalPipeline.create(Acceleration.OFF);
        accelerated = TemporalPipeline.create(Acceleration.ON);
        expected = new ArrayList<>();
        for (String a : articles) {
            expected.add(reference.tag(a, DCT));
        }
    }

    @AfterAll
    static void destroy() {
        reference.close();
        accelerated.close();
    }

    @Test
    void acceleratedOutputEqualsReference() {
        int timexes = 0;
        for (int i = 0; i < articles.size(); i++) {
            TaggedText got = accelerated.tag(articles.get(i), DCT);
            assertThat(got).as("article %d: %s", i, articles.get(i)).isEqualTo(expected.get(i));
            timexes += got.timexes().size();
        }
        assertThat(timexes).as("the articles must exercise HeidelTime").isGreaterThan(articles.size());
        // HeidelTime's re-run loop (NullPointerException on POS-constrained rules) is followed, not retried
        assertThat(accelerated.retries()).isZero();
        assertThat(accelerated.fallback()).as("the self-check passed").isNull();
    }

    @Test
    void eachAccelerationAloneIsLossless() {
        try (TemporalPipeline sentences = TemporalPipeline.create(new Acceleration(true, false, false));
             TemporalPipeline rules = TemporalPipeline.create(new Acceleration(false, true, false))) {
            for (int i = 0; i < 60; i++) {
                assertThat(sentences.tag(articles.get(i), DCT)).isEqualTo(expected.get(i));
                assertThat(rules.tag(articles.get(i), DCT)).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void ruleSelectionOnOneThreadDoesNotLeakIntoAnother() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TemporalPipeline ref2 = TemporalPipeline.create(Acceleration.OFF);
             TemporalPipeline acc2 = TemporalPipeline.create(Acceleration.ON)) {
            int n = 120;
            Future<List<TaggedText>> plain = pool.submit(() -> tagAll(ref2, n));
            Future<List<TaggedText>> fast = pool.submit(() -> tagAll(acc2, n));
            assertThat(plain.get()).isEqualTo(expected.subList(0, n));
            assertThat(fast.get()).isEqualTo(expected.subList(0, n));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<TaggedText> tagAll(TemporalPipeline p, int n) {
        List<TaggedText> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(p.tag(articles.get(i), DCT));
        }
        return out;
    }
}
