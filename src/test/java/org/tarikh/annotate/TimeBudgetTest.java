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
}
