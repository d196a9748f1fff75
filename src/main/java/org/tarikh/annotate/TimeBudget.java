package org.tarikh.annotate;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the time one piece of work (annotating one article) may take.
 * <p>
 * Java regular expressions, which HeidelTime runs by the thousand, cannot be interrupted, so a
 * pathological text could hold a thread for hours. Each calling thread therefore hands its work
 * to its own worker thread and waits at most the budget. On timeout the worker is abandoned,
 * together with everything it holds (its per-thread {@link TemporalPipeline} from a
 * {@link PipelinePool}, whose state may be half-updated): the next call gets a fresh worker and
 * so a fresh engine. The abandoned thread is stopped with {@code Thread.stop} where the JVM still
 * supports it (Java 17–19); on Java 20+ that throws {@code UnsupportedOperationException}, and the
 * daemon thread is interrupted and left to finish on its own.
 */
public final class TimeBudget implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TimeBudget.class);
    private static final AtomicInteger WORKERS = new AtomicInteger();

    /** Thrown when the work did not finish within the budget. */
    public static final class ExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExceededException(String message) {
            super(message);
        }
    }

    private static final class Worker {
        final ExecutorService executor;
        volatile Thread thread;

        Worker() {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tarikh-annotate-" + WORKERS.incrementAndGet());
                t.setDaemon(true); // an abandoned worker must never keep the JVM alive
                thread = t;
                return t;
            });
        }
    }

    private final Duration budget;
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Worker> perThread = new ThreadLocal<>();

    /** @param budget the limit; zero or negative runs the work directly, unbounded */
    public TimeBudget(Duration budget) {
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }

    public <T> T call(Callable<T> work) throws Exception {
        return call(() -> null, work);
    }

    /**
     * Starts {@code setup} (e.g. building this thread's engine) on the calling thread's worker,
     * without a limit, and returns at once; the calling thread's next {@link #call} queues behind
     * it. With no budget, runs it here, on the calling thread, before returning.
     */
    public java.util.concurrent.CompletableFuture<Void> prepare(Callable<?> setup) {
        Callable<?> task = setup;
        Runnable run = () -> {
            try {
                task.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        };
        if (budget.isZero() || budget.isNegative()) {
            return java.util.concurrent.CompletableFuture.runAsync(run, Runnable::run);
        }
        return java.util.concurrent.CompletableFuture.runAsync(run, worker().executor);
    }

    private Worker worker() {
        Worker worker = perThread.get();
        if (worker == null) {
            worker = new Worker();
            workers.add(worker);
            perThread.set(worker);
        }
        return worker;
    }

    /**
     * Runs {@code setup} (e.g. fetching or building this worker's engine, which takes seconds
     * the first time) without a limit, then {@code work} within the budget, both on the worker.
     */
    public <T> T call(Callable<?> setup, Callable<T> work) throws Exception {
        if (budget.isZero() || budget.isNegative()) {
            setup.call();
            return work.call();
        }
        Worker worker = worker();
        try {
            worker.executor.submit(setup).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
        Future<T> result = worker.executor.submit(work);
        try {
            return result.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            perThread.remove();
            workers.remove(worker);
            abandon(worker);
            throw new ExceededException("annotation took longer than " + budget.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private static void abandon(Worker worker) {
        worker.executor.shutdownNow(); // interrupts
        Thread t = worker.thread;
        if (t == null) {
            return;
        }
        try {
            // reflection: Thread.stop is deprecated for removal; calling it directly would not compile everywhere
            Thread.class.getMethod("stop").invoke(t);
            LOG.warn("stopped {}, which exceeded its time budget; a fresh engine will be built", t.getName());
        } catch (ReflectiveOperationException | UnsupportedOperationException e) {
            LOG.warn("abandoned {}, which exceeded its time budget (this JVM cannot stop threads; it ends on its own)",
                    t.getName());
        }
    }

    @Override
    public void close() {
        workers.forEach(w -> w.executor.shutdownNow());
        workers.clear();
    }
}
