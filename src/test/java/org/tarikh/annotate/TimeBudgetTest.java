package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The budget mechanism alone, with work that ignores interrupts the way a running regex does.
 * Budgets are generous (seconds) so that quick work never exceeds them on a loaded machine,
 * and the work that must exceed them never ends (or sleeps longer than the budget) on its own.
 */
class TimeBudgetTest {

    @Test
    void workOverBudgetIsAbandonedStoppedWherePossibleAndTheNextCallRunsOnAFreshWorker() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(3))) {
            AtomicReference<Thread> stuck = new AtomicReference<>();
            Thread first = budget.call(Thread::currentThread);

            assertThatThrownBy(() -> budget.call(() -> {
                stuck.set(Thread.currentThread());
                long x = 0;
                while (x >= 0) { // never checks the interrupt flag
                    x = (x + 1) & 0x3FFFFFFF;
                }
                return x;
            })).isInstanceOf(TimeBudget.ExceededException.class).hasMessageContaining("3000 ms");

            assertThat(stuck.get()).isSameAs(first);
            Thread next = budget.call(Thread::currentThread);
            assertThat(next).isNotSameAs(first);
            assertThat(budget.call(() -> 6 * 7)).isEqualTo(42);
            assertThat(next.isDaemon()).as("an abandoned worker can never keep the JVM alive").isTrue();
            if (Runtime.version().feature() < 20) { // Thread.stop works up to Java 19
                first.join(10_000);
                assertThat(first.isAlive()).as("the stuck worker was stopped").isFalse();
            }
        }
    }

    @Test
    void setupIsNotCountedAgainstTheBudgetAndFailuresPassThrough() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(3))) {
            assertThat(budget.call(() -> {
                Thread.sleep(3500); // e.g. building this worker's engine: longer than the budget, not counted
                return null;
            }, () -> "tagged")).isEqualTo("tagged");
            assertThatThrownBy(() -> budget.call(() -> {
                throw new IllegalStateException("bad text");
            })).isInstanceOf(IllegalStateException.class).hasMessage("bad text");
        }
        try (TimeBudget off = new TimeBudget(Duration.ZERO)) {
            assertThat(off.call(Thread::currentThread)).isSameAs(Thread.currentThread());
        }
    }

    @Test
    void preparedSetupRunsOnTheWorkerTheCallingThreadsLaterCallsUseAndTheyQueueBehindIt() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(30))) {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            AtomicReference<Thread> preparedOn = new AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean setupDone = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.CompletableFuture<Void> prepared = budget.prepare(() -> {
                preparedOn.set(Thread.currentThread());
                release.await(); // returns at once to the caller even though the setup is still running
                setupDone.set(true);
                return null;
            });
            assertThat(prepared).isNotDone();
            release.countDown();
            Thread worker = budget.call(() -> {
                assertThat(setupDone).as("the call queued behind the prepared setup").isTrue();
                return Thread.currentThread();
            });
            assertThat(worker).isSameAs(preparedOn.get()).isNotSameAs(Thread.currentThread());
            prepared.get();
        }
    }

    @Test
    void withoutABudgetPreparedSetupRunsOnTheCallingThreadAndItsFailureIsReported() {
        try (TimeBudget budget = new TimeBudget(Duration.ZERO)) {
            AtomicReference<Thread> on = new AtomicReference<>();
            assertThat(budget.prepare(() -> on.getAndSet(Thread.currentThread()))).isDone();
            assertThat(on.get()).isSameAs(Thread.currentThread());
            assertThat(budget.prepare(() -> {
                throw new IllegalStateException("no engine");
            })).isCompletedExceptionally();
        }
    }
}
