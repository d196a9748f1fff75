package org.tarikh.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Stores the run summary with the job execution, where operators and tests can read it later. */
public class RunSummaryListener implements JobExecutionListener {

    public static final String SUMMARY = "tarikh.summary";

    @Override
    public void afterJob(JobExecution jobExecution) {
        jobExecution.getExecutionContext().putString(SUMMARY, RunSummary.of(jobExecution).describe());
    }
}
