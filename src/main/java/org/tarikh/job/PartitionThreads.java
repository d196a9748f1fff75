package org.tarikh.job;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.TaskExecutor;

/**
 * The threads the partitions of the annotate step run on: a fixed pool, kept between runs
 * ({@code schedule}) so that each thread's engine is built once.
 * <p>
 * Deliberately not Spring's {@code ThreadPoolTaskExecutor}: since Spring 6.1 that executor takes
 * part in the context's lifecycle and, when the context closes while its count of running tasks
 * is not back to zero, the close waits for the lifecycle's shutdown-phase timeout (30 s in Spring
 * Boot) before the process can exit. This pool has no part in the lifecycle: closing it
 * ({@link #close()}, the bean's destroy method) interrupts what is left and returns at once, and
 * its threads are daemon threads, so they can never keep the JVM alive after the last line
 * (issue 16).
 */
public final class PartitionThreads implements TaskExecutor, AutoCloseable {

    /** Names of this pool's threads start with this. */
    public static final String PREFIX = "tarikh-partition-";

    private final ExecutorService pool;

    public PartitionThreads(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, PREFIX + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Runs {@code task} once on each of {@code threads} threads at the same time, and waits for all. */
    void onEachThread(int threads, Runnable task) {
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(threads);
        List<Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                task.run();
                barrier.await(); // keeps this thread busy until every thread has run the task
                return null;
            }));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
