package org.tarikh.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a run did, in the words an operator needs: records read, articles processed,
 * unchanged articles skipped, rejections by reason, duplicate captures, expressions and events
 * written, and what the web archives held besides pages (redirects, other records), counted once
 * for the run however many partitions passed over them.
 *
 * @param duplicates   records that were another capture of an article already read (recorded, not stored again)
 * @param archiveSkips web-archive records that are not pages, by kind ({@code redirect}, {@code not-html},
 *                     {@code error-status}, {@code not-a-response})
 */
public record RunSummary(long jobExecutionId, String status, long read, long processed, long unchanged,
        long rejected, Map<String, Long> rejectedByReason, long duplicates, Map<String, Long> archiveSkips,
        long timexes, long events, Duration duration, String note) {

    /** Prefix of the web-archive skip counters ({@link ArticleItemReader#update}). */
    static final String ARCHIVE_SKIPPED = "tarikh.warc.";

    static final String READ = "tarikh.read";
    static final String UNCHANGED = "tarikh.unchanged";
    /** Prefix of the run's counters as {@link RunSummaryListener} stores them in the job execution context. */
    static final String COUNT_PREFIX = "tarikh.count.";

    /**
     * The summary of a run: counts are for the whole run (job instance), across restarts, as
     * committed; when {@link RunSummaryListener} could not read them (database gone), the step
     * counts of this execution are used.
     */
    public static RunSummary of(JobExecution job) {
        ExecutionContext jobCtx = job.getExecutionContext();
        if (jobCtx.containsKey(COUNT_PREFIX + READ)) {
            Map<String, Long> counts = new TreeMap<>();
            for (Map.Entry<String, Object> e : jobCtx.entrySet()) {
                if (e.getKey().startsWith(COUNT_PREFIX)) {
                    counts.put(e.getKey().substring(COUNT_PREFIX.length()), ((Number) e.getValue()).longValue());
                }
            }
            return of(job, counts);
        }
        return fromSteps(job);
    }

    /** The summary from the run's committed counters ({@link org.tarikh.store.RunCounts}). */
    public static RunSummary of(JobExecution job, Map<String, Long> counts) {
        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Long> skips = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (k.startsWith(TimelineWriter.REJECTED + ".")) {
                byReason.put(k.substring(TimelineWriter.REJECTED.length() + 1), v);
            } else if (k.startsWith(ARCHIVE_SKIPPED) && v > 0) {
                skips.put(k.substring(ARCHIVE_SKIPPED.length()), v);
            }
        });
        return new RunSummary(job.getId(), job.getStatus().name(), counts.getOrDefault(READ, 0L),
                counts.getOrDefault(TimelineWriter.ARTICLES, 0L), counts.getOrDefault(UNCHANGED, 0L),
                counts.getOrDefault(TimelineWriter.REJECTED, 0L), byReason,
                counts.getOrDefault(TimelineWriter.DUPLICATES, 0L), skips,
                counts.getOrDefault(TimelineWriter.TIMEXES, 0L), counts.getOrDefault(TimelineWriter.EVENTS, 0L),
                duration(job), note(job));
    }

    /** How this run started, when the operator should know (e.g. a changed input set). */
    private static String note(JobExecution job) {
        return job.getJobParameters() == null ? null : job.getJobParameters().getString(TimelineJobConfiguration.NOTE);
    }

    private static Duration duration(JobExecution job) {
        LocalDateTime start = job.getStartTime();
        LocalDateTime end = job.getEndTime() != null ? job.getEndTime() : LocalDateTime.now();
        return start == null ? Duration.ZERO : Duration.between(start, end);
    }

    private static RunSummary fromSteps(JobExecution job) {
        long read = 0;
        long unchanged = 0;
        long processed = 0;
        long rejected = 0;
        long duplicates = 0;
        long timexes = 0;
        long events = 0;
        Map<String, Long> byReason = new TreeMap<>();
        // a partitioned step's manager repeats the sums of its workers ("name:partitionN"): count workers only
        boolean partitioned = job.getStepExecutions().stream().anyMatch(s -> s.getStepName().contains(":"));
        for (StepExecution step : job.getStepExecutions()) {
            if (partitioned && !step.getStepName().contains(":")) {
                continue;
            }
            read += step.getReadCount();
            unchanged += step.getFilterCount();
            ExecutionContext ctx = step.getExecutionContext();
            processed += ctx.getLong(TimelineWriter.ARTICLES, 0L);
            rejected += ctx.getLong(TimelineWriter.REJECTED, 0L);
            duplicates += ctx.getLong(TimelineWriter.DUPLICATES, 0L);
            timexes += ctx.getLong(TimelineWriter.TIMEXES, 0L);
            events += ctx.getLong(TimelineWriter.EVENTS, 0L);
            for (Map.Entry<String, Object> e : ctx.entrySet()) {
                if (e.getKey().startsWith(TimelineWriter.REJECTED + ".")) {
                    byReason.merge(e.getKey().substring(TimelineWriter.REJECTED.length() + 1),
                            ((Number) e.getValue()).longValue(), Long::sum);
                }
            }
        }
        LocalDateTime start = job.getStartTime();
        LocalDateTime end = job.getEndTime() != null ? job.getEndTime() : LocalDateTime.now();
        Duration duration = start == null ? Duration.ZERO : Duration.between(start, end);
        return new RunSummary(job.getId(), job.getStatus().name(), read, processed, unchanged, rejected, byReason,
                duplicates, Map.of(), timexes, events, duration, note(job));
    }

    public String describe() {
        double seconds = Math.max(0.001, duration.toMillis() / 1000.0);
        StringBuilder s = new StringBuilder();
        s.append(String.format(java.util.Locale.ROOT,
                "run %d %s: read %d, processed %d, unchanged %d, rejected %d; %d expressions, %d events; %.1f s (%.1f articles/s)",
                jobExecutionId, status, read, processed, unchanged, rejected, timexes, events, seconds,
                processed / seconds));
        rejectedByReason.forEach((reason, n) -> s.append(System.lineSeparator()).append("  rejected ")
                .append(n).append(" × ").append(reason));
        if (duplicates > 0) {
            s.append(System.lineSeparator()).append("  duplicates ").append(duplicates)
                    .append(" (another capture of an article already read: recorded as its capture, not stored again)");
        }
        if (!archiveSkips.isEmpty()) {
            s.append(System.lineSeparator()).append("  web archives: skipped ");
            String[][] kinds = {{"redirect", "redirects"}, {"not-html", "responses not HTML"},
                    {"error-status", "responses not 200"}, {"not-a-response", "requests, metadata and other records"}};
            StringBuilder parts = new StringBuilder();
            for (String[] k : kinds) {
                Long n = archiveSkips.get(k[0]);
                if (n != null) {
                    parts.append(parts.length() > 0 ? ", " : "").append(n).append(' ').append(k[1]);
                }
            }
            s.append(parts);
        }
        if (note != null) {
            s.append(System.lineSeparator()).append("  note: ").append(note);
        }
        return s.toString();
    }
}
