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
    private final List<java.util.concurrent.CompletableFuture<Void>> started =
            new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /**
     * Starts {@code task} once on each of {@code threads} threads of this pool, which must not
     * have run anything yet, and returns at once: a fixed pool below its size gives each new task
     * a new thread, so each task runs on a thread of its own, and tasks submitted later (the
     * partitions) queue behind them. {@link #awaitFirstStarted()} waits until one of them is done.
     */
    void startOnEachThread(int threads, Runnable task) {
        for (int t = 0; t < threads; t++) {
            started.add(java.util.concurrent.CompletableFuture.runAsync(task, pool));
        }
    }

    /** Counts {@code task}, started elsewhere (a build on a time-budget worker), among what {@link #awaitFirstStarted()} waits for. */
    void started(java.util.concurrent.CompletableFuture<Void> task) {
        started.add(task);
    }

    /**
     * Waits until the first task started by {@link #startOnEachThread} is done (the others may
     * still run) and rethrows its failure, so that what cannot start at all fails before the job
     * starts; returns at once if none was started.
     */
    void awaitFirstStarted() {
        if (started.isEmpty()) {
            return;
        }
        try {
            java.util.concurrent.CompletableFuture.anyOf(started.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
