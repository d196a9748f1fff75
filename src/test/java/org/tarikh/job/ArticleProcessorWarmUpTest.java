package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * A new engine runs {@code engine-warm-up.txt} through tagging and anchoring before any article is timed
 * (ArticleProcessor.warmedEngine), so that no article's time budget is spent, and no worker stopped, inside the
 * initialization of a later stage's classes.
 */
class ArticleProcessorWarmUpTest {

    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theWarmUpTextGoesThroughTaggingAndAnchoring() {
        AnnotatedArticle warm = ArticleProcessor.warmUp(pipeline);
        assertThat(warm.timexes()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(warm.events()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(warm.events()).anyMatch(e -> e.anchor() != null);
    }

    @Test
    void aWarmedEngineIsTheOneTheFactoryBuilt() {
        AtomicInteger built = new AtomicInteger();
        TemporalPipeline engine = ArticleProcessor.warmedEngine(() -> {
            built.incrementAndGet();
            return pipeline;
        });
        assertThat(engine).isSameAs(pipeline);
        assertThat(built).hasValue(1);
    }
}
