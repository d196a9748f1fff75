package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PipelinePoolTest {

    @Test
    void aDeferredPoolBuildsNothingUntilAThreadAsksThenOnePerThreadAndTheFirstAlone() throws Exception {
        AtomicInteger building = new AtomicInteger();
        AtomicInteger firstDoneBeforeSecondStarted = new AtomicInteger(-1);
        AtomicInteger built = new AtomicInteger();
        try (PipelinePool pool = PipelinePool.deferred(() -> {
            building.incrementAndGet();
            if (built.get() == 1 && firstDoneBeforeSecondStarted.get() < 0) {
                firstDoneBeforeSecondStarted.set(1);
            }
            TemporalPipeline p = TemporalPipeline.create(Acceleration.ON);
            building.decrementAndGet();
            built.incrementAndGet();
            return p;
        })) {
            assertThat(pool.size()).isZero();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<TemporalPipeline>> got = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    got.add(threads.submit(() -> {
                        go.await();
                        return pool.get();
                    }));
                }
                go.countDown();
                assertThat(got.get(0).get()).isNotSameAs(got.get(1).get());
            } finally {
                threads.shutdownNow();
            }
            assertThat(pool.size()).isEqualTo(2);
            // the first build (HeidelTime's unsynchronized singletons) ran alone
            assertThat(firstDoneBeforeSecondStarted.get()).isEqualTo(1);
            assertThat(pool.get()).isSameAs(pool.get());
            assertThat(pool.size()).isEqualTo(3);
        }
    }

    @Test
    void theFirstArticleAnnotatedIsTheStartUpCheckpointNotTheFirstEngineBuilt() throws Exception {
        try (PipelinePool pool = PipelinePool.deferred(() -> TemporalPipeline.create(Acceleration.ON))) {
            TemporalPipeline built = pool.get();
            assertThat(pool.firstArticleNote()).as("an engine built, no article yet").isEmpty();

            TaggedText tagged = pool.annotate(p -> {
                assertThat(p).as("the calling thread's engine").isSameAs(built);
                assertThat(pool.firstArticleNote()).as("not before the article is done").isEmpty();
                return p.tag("وصل الوفد يوم 17 يوليو 2015.", java.time.LocalDate.of(2015, 7, 21));
            });

            assertThat(tagged.timexes()).isNotEmpty();
            String note = pool.firstArticleNote().orElseThrow();
            assertThat(note).matches(PipelinePool.FIRST_ARTICLE + " [0-9]+\\.[0-9]{2} s after JVM start");
            pool.annotate(p -> p.tag("وصل الوفد أمس.", java.time.LocalDate.of(2015, 7, 21)));
            assertThat(pool.firstArticleNote()).as("once, for the first article").contains(note);
        }
    }
}
