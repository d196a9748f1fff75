package org.tarikh.scaleout;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs beside the manager step while it waits for its partitions: every poll interval it looks
 * for partitions that the job repository still shows running although their worker has recorded
 * no heartbeat for longer than the worker timeout (the worker was killed, its machine lost), and
 * marks them FAILED, with the worker and its last heartbeat in the exit description. The manager
 * step then sees no running partition, ends FAILED, and a restart of the run sends requests for
 * the failed partitions only (completed partitions are not run again).
 */
class StaleWorkerWatch implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(StaleWorkerWatch.class);

    private final PartitionClaims claims;
    private final JobRepository jobRepository;
    private final Duration workerTimeout;
    private final Duration every;
    private ScheduledExecutorService timer;

    StaleWorkerWatch(PartitionClaims claims, JobRepository jobRepository, Duration workerTimeout, Duration every) {
        this.claims = claims;
        this.jobRepository = jobRepository;
        this.workerTimeout = workerTimeout;
        this.every = every;
    }

    @Override
    public void beforeStep(StepExecution managerStep) {
        long jobExecutionId = managerStep.getJobExecutionId();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tarikh-stale-worker-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> check(jobExecutionId), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void check(long jobExecutionId) {
        try {
            for (PartitionClaims.Stale s : claims.stale(jobExecutionId, workerTimeout)) {
                StepExecution partition = jobRepository.getStepExecution(jobExecutionId, s.stepExecutionId());
                if (partition == null || !partition.getStatus().isRunning()) {
                    continue;
                }
                String why = "worker " + s.worker() + " sent no heartbeat since " + s.heartbeatAt() + " (worker-timeout "
                        + workerTimeout.toSeconds() + " s): taken for dead";
                partition.setStatus(BatchStatus.FAILED);
                partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                partition.setEndTime(LocalDateTime.now());
                jobRepository.update(partition);
                LOG.warn("partition {} failed: {}", partition.getStepName(), why);
            }
        } catch (RuntimeException e) {
            // the database may be briefly unreachable: try again at the next poll
            LOG.debug("stale worker check failed", e);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution managerStep) {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        return null;
    }
}
