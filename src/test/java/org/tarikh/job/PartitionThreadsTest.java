package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarikh.annotate.accel.SyntheticNews;

/**
 * Issue 16, "exit at once": nothing the job starts may keep the JVM alive or make closing the
 * context wait. Checked structurally, without timing: every thread the context and a two-thread
 * run start is a daemon thread, and the partition threads are gone once the context is closed.
 */
class PartitionThreadsTest {

    @TempDir
    Path dir;

    @Test
    void aPartitionedRunStartsNoNonDaemonThread() throws Exception {
        List<String> texts = SyntheticNews.articles(6, 5);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            jsonl.append("{\"id\":\"p").append(i).append("\",\"published\":\"2015-07-22\",\"text\":\"")
                    .append(texts.get(i).replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
        }
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, jsonl);
        JobDefinition definition = new JobDefinition("test", List.of(input.toString()),
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), null, 2, 3, List.of(), null);
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        Set<Thread> partitionThreads;
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JobExecution execution = TimelineRun.execute(context, definition);
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Set<Thread> started = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive()).collect(Collectors.toSet());
            assertThat(started).as("threads started by the context and the run")
                    .anyMatch(t -> t.getName().startsWith(PartitionThreads.PREFIX))
                    .allSatisfy(t -> assertThat(t.isDaemon()).as(t.getName() + " is a daemon thread").isTrue());
            partitionThreads = started.stream().filter(t -> t.getName().startsWith(PartitionThreads.PREFIX))
                    .collect(Collectors.toSet());
        }
        // closing the context interrupted them; wait for that (a condition, not a fixed sleep)
        for (Thread t : partitionThreads) {
            t.join(120_000);
            assertThat(t.isAlive()).as(t.getName() + " ended after the context closed").isFalse();
        }
    }

    @Test
    void closingThePoolEndsItsThreadsWhateverTheyWereWaitingFor() throws Exception {
        PartitionThreads pool = new PartitionThreads(2);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Thread> runner = new java.util.concurrent.CompletableFuture<>();
        pool.execute(() -> {
            runner.complete(Thread.currentThread());
            started.countDown();
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // a task that would never end by itself
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        Thread t = runner.get();
        assertThat(t.isDaemon()).isTrue();
        pool.close();
        t.join(120_000);
        assertThat(t.isAlive()).isFalse();
    }

    /**
     * The engines start building before the Spring context (JobEngines); a context that cannot
     * start (here: no database driver for the URL) must not leave their partition threads behind.
     */
    @Test
    void aContextThatCannotStartEndsThePartitionThreadsItStarted() throws Exception {
        JobDefinition definition = new JobDefinition("test", List.of(dir.resolve("in.jsonl").toString()),
                "jdbc:nosuchdriver:" + dir.resolve("db").toAbsolutePath(), null, 2, 3, List.of(), null);
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimelineRun.context(definition))
                .isInstanceOf(Exception.class);
        Set<Thread> partitionThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().startsWith(PartitionThreads.PREFIX))
                .collect(Collectors.toSet());
        for (Thread t : partitionThreads) {
            t.join(120_000);
            assertThat(t.isAlive()).as(t.getName() + " ended after the context failed to start").isFalse();
        }
    }
}
