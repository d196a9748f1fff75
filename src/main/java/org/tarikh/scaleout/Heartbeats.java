package org.tarikh.scaleout;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * While a worker runs a partition, refreshes the partition's heartbeat in {@code partition_claim}
 * every {@code scale-out.heartbeat}, on a timer of its own, so that a partition whose chunks are
 * slow is not taken for dead: only a stopped process (or one that cannot reach the database) stops
 * its heartbeats.
 */
public class Heartbeats implements StepExecutionListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final PartitionClaims claims;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tarikh-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ScheduledFuture<?>> running = new ConcurrentHashMap<>();

    Heartbeats(PartitionClaims claims, Duration every) {
        this.claims = claims;
        this.every = every;
    }

    @Override
    public void beforeStep(StepExecution partition) {
        long id = partition.getId();
        running.put(id, timer.scheduleWithFixedDelay(() -> {
            try {
                claims.heartbeat(id);
            } catch (RuntimeException e) {
                LOG.debug("heartbeat for step execution {} failed", id, e); // next beat tries again
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        ScheduledFuture<?> beat = running.remove(partition.getId());
        if (beat != null) {
            beat.cancel(false);
        }
        return null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
