package org.tarikh.job;

import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.tarikh.store.RunCounts;

/**
 * Stores the run summary with the job execution, where operators and tests can read it later:
 * the run's committed counters (across restarts) and the summary text.
 */
public class RunSummaryListener implements JobExecutionListener {

    public static final String SUMMARY = "tarikh.summary";

    private final RunCounts counts;

    public RunSummaryListener(RunCounts counts) {
        this.counts = counts;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        try {
            Map<String, Long> committed = new java.util.TreeMap<>(counts.of(jobExecution.getJobInstance().getInstanceId()));
            committed.putIfAbsent(RunSummary.READ, 0L);
            committed.forEach((k, v) -> jobExecution.getExecutionContext().putLong(RunSummary.COUNT_PREFIX + k, v));
        } catch (RuntimeException e) {
            // the database may be what failed the run; the summary then falls back to step counts
            LoggerFactory.getLogger(RunSummaryListener.class).warn("cannot read the run's counters: {}", e.getMessage());
        }
        jobExecution.getExecutionContext().putString(SUMMARY, RunSummary.of(jobExecution).describe());
    }
}
