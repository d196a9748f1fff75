package org.tarikh.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tarikh.annotate.accel.SyntheticNews;
import org.tarikh.store.LocalPostgres;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: the job across processes, from the packaged jar, against the local PostgreSQL and
 * RabbitMQ (.ci/run starts both): a manager ({@code run} with a {@code scale-out:} block) and two
 * worker JVMs ({@code worker}). One worker is killed with SIGKILL in the middle of a partition,
 * once the repository shows a chunk of it committed: the manager marks that partition failed
 * within its worker timeout and the run FAILED; the broker's redelivery of the dead worker's
 * request reaches the live worker, which drops it (the partition is claimed); a restart runs only
 * the failed partition, on the live worker. The final timeline is identical to a single-process
 * run over the same input.
 */
class ScaleOutIT {

    private static final Path JAR = Path.of("target/tarikh.jar").toAbsolutePath();
    private static final Duration LONG = Duration.ofMinutes(10); // a loaded machine: generous, never decisive

    @TempDir
    Path dir;

    private LocalPostgres pg;
    private String queue;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void services() throws Exception {
        pg = new LocalPostgres("tarikh_it");
        queue = "tarikh.it." + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : started) {
            p.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
        brokerUp(); // whatever a test did to the broker, the next test (and the next helper) finds it running
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            new RabbitAdmin(broker).deleteQueue(queue);
        } finally {
            broker.destroy();
        }
        pg.close();
    }

    private Path input(int articles) throws IOException {
        // each article six synthetic ones long, so that a partition takes seconds, not milliseconds
        List<String> parts = SyntheticNews.articles(articles * 6, 14);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            texts.add(String.join("\n\n", parts.subList(i * 6, i * 6 + 6)));
        }
        StringBuilder jsonl = new StringBuilder();
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < texts.size(); i++) {
            jsonl.append(json.writeValueAsString(Map.of("id", "so-" + i, "published", "2015-07-" + (10 + i % 20),
                    "source", "source-" + (i % 3), "text", texts.get(i)))).append('\n');
        }
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, jsonl);
        return input;
    }

    private Path job(String name, String database, String more) throws IOException {
        Path job = dir.resolve(name + ".yml");
        Files.writeString(job, "name: " + name + "\ninputs: [" + dir.resolve("articles.jsonl") + "]\ndatabase: " + database
                + "\nchunk-size: 1\n" + more);
        return job;
    }

    private Path scaleOutJob() throws IOException {
        return scaleOutJob(4);
    }

    private Path scaleOutJob(int partitions) throws IOException {
        return job("scale-out", pg.url(), "credentials: {user: " + LocalPostgres.USER + "}\n"
                + "scale-out:\n  queue: " + queue + "\n  partitions: " + partitions
                + "\n  poll-interval: 1s\n  heartbeat: 1s\n  worker-timeout: 8s\n");
    }

    private Process start(String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        pb.environment().put("TARIKH_LOG", dir.resolve(name + ".log").toString());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private record Result(int code, String out, String err) {
    }

    private Result finish(String name, Process p) throws Exception {
        assertThat(p.waitFor(LONG.toMinutes(), TimeUnit.MINUTES)).as(name + " finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve(name + ".out")),
                Files.readString(dir.resolve(name + ".err")));
    }

    private Result run(String name, String... args) throws Exception {
        return finish(name, start(name, args));
    }

    private void await(String what, BooleanSupplier condition) throws Exception {
        Instant until = Instant.now().plus(LONG);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(until);
            Thread.sleep(200);
        }
    }

    private boolean printed(String name, String text) {
        try {
            Path f = dir.resolve(name);
            return Files.exists(f) && Files.readString(f).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean droppedAgain(String log, String step) {
        return printed(log, "dropped a second delivery of the request for " + step + " ")
                || printed(log, "dropped the request for " + step + " of run execution");
    }

    /** Runs rabbitmqctl with these arguments and returns its exit code (its output goes to a file of the test). */
    private int rabbitmqctl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("rabbitmqctl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("rabbitmqctl.out").toFile())).start();
        assertThat(p.waitFor(LONG.toMinutes(), TimeUnit.MINUTES)).as("rabbitmqctl " + cmd).isTrue();
        return p.exitValue();
    }

    /**
     * Makes sure the broker runs and accepts connections: starts its application if only that was
     * stopped, and the whole node (as .ci/services.sh does) if that is gone too.
     */
    private void brokerUp() throws Exception {
        if (rabbitmqctl("-q", "start_app") != 0) {
            new ProcessBuilder("rabbitmq-server", "-detached").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("rabbitmqctl.out").toFile()))
                    .start().waitFor(LONG.toMinutes(), TimeUnit.MINUTES);
        }
        assertThat(rabbitmqctl("-q", "await_startup")).as("the broker is up again").isZero();
    }

    private JdbcTemplate repository() throws Exception {
        Connection c = DriverManager.getConnection(pg.url(), LocalPostgres.USER, "");
        return new JdbcTemplate(new SingleConnectionDataSource(c, true));
    }

    private String timeline(String name, String db) throws Exception {
        Result r = run(name, "timeline", "--db", db, "--no-merge", "--all-kinds", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void aWorkerKilledMidPartitionFailsOnlyItsPartitionAndARestartRunsOnlyThat() throws Exception {
        input(60);
        Path job = scaleOutJob();
        Process doomed = start("worker-a", "worker", "--job", job.toString());
        Process survivor = start("worker-b", "worker", "--job", job.toString());
        await("both workers listening", () -> printed("worker-a.out", "waiting for partitions")
                && printed("worker-b.out", "waiting for partitions"));
        long doomedPid = doomed.pid();
        Process manager = start("manager-1", "run", "--job", job.toString());

        // checkpoint: a partition of worker A with a committed chunk, not finished
        JdbcTemplate repo = repository();
        await("a committed chunk of a partition on worker A", () -> {
            try {
                return !repo.queryForList("SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s"
                        + " JOIN partition_claim c ON c.step_execution_id = s.STEP_EXECUTION_ID"
                        + " WHERE c.worker LIKE ? AND s.STATUS = 'STARTED' AND s.COMMIT_COUNT >= 1", Long.class,
                        "%:" + doomedPid).isEmpty();
            } catch (RuntimeException e) {
                return false; // tables not made yet
            }
        });
        doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
        assertThat(doomed.waitFor(1, TimeUnit.MINUTES)).isTrue();
        List<String> killed = repo.queryForList("SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s"
                + " JOIN partition_claim c ON c.step_execution_id = s.STEP_EXECUTION_ID"
                + " WHERE c.worker LIKE ? AND s.STATUS = 'STARTED'", String.class, "%:" + doomedPid);
        assertThat(killed).hasSize(1);

        Result first = finish("manager-1", manager);
        assertThat(first.code()).as(first.out() + first.err()).isEqualTo(1);
        assertThat(first.out()).contains("FAILED");
        assertThat(repo.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'FAILED'"
                + " AND STEP_NAME LIKE 'annotate-partition:%'", String.class)).containsExactlyElementsOf(killed);
        assertThat(repo.queryForObject("SELECT EXIT_MESSAGE FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?"
                + " AND STATUS = 'FAILED'", String.class, killed.get(0))).contains("heartbeat").contains(":" + doomedPid);
        await("the broker's redelivery of the dead worker's request dropped by worker B",
                () -> printed("worker-b.err", "dropped a second delivery of the request for " + killed.get(0)));

        // restart: only the failed partition runs again, on the live worker
        Result second = run("manager-2", "run", "--job", job.toString());
        assertThat(second.code()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("COMPLETED");
        Long lastExecution = repo.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        assertThat(repo.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME LIKE 'annotate-partition:%'", String.class, lastExecution)).containsExactlyElementsOf(killed);
        assertThat(repo.queryForObject("SELECT c.worker FROM partition_claim c WHERE c.job_execution_id = ?", String.class,
                lastExecution)).endsWith(":" + survivor.pid());
        assertThat(repo.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(60);

        // the same timeline as one process over the same input
        String h2 = "jdbc:h2:file:" + dir.resolve("single").toAbsolutePath();
        Result single = run("single", "run", "--job", job("single", h2, "threads: 1\n").toString());
        assertThat(single.code()).as(single.out() + single.err()).isZero();
        assertThat(timeline("timeline-pg", pg.urlWithUser())).isEqualTo(timeline("timeline-h2", h2));
    }

    @Test
    void aManagerKilledMidRunIsResumedByTheNextRun() throws Exception {
        input(60);
        Path job = scaleOutJob();
        start("worker-c", "worker", "--job", job.toString());
        await("the worker listening", () -> printed("worker-c.out", "waiting for partitions"));
        Process manager = start("manager-k", "run", "--job", job.toString());
        JdbcTemplate repo = repository();
        await("a committed chunk of a partition", () -> {
            try {
                return repo.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                        + " 'annotate-partition:%' AND COMMIT_COUNT >= 1", Long.class) > 0;
            } catch (RuntimeException e) {
                return false;
            }
        });
        manager.destroyForcibly(); // SIGKILL the manager: its execution stays STARTED in the repository
        assertThat(manager.waitFor(1, TimeUnit.MINUTES)).isTrue();
        // the worker goes on with the partitions it was sent; wait until none is running
        await("the worker done with the killed run's partitions", () -> repo.queryForObject(
                "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'annotate-partition:%'"
                        + " AND STATUS IN ('STARTING', 'STARTED')", Long.class) == 0);

        Result resumed = run("manager-r", "run", "--job", job.toString());
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("COMPLETED").contains("read 60");
        assertThat(repo.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class)).as("restarted, not new")
                .isEqualTo(1);
        String h2 = "jdbc:h2:file:" + dir.resolve("single").toAbsolutePath();
        Result single = run("single", "run", "--job", job("single", h2, "threads: 1\n").toString());
        assertThat(single.code()).as(single.out() + single.err()).isZero();
        assertThat(timeline("timeline-pg", pg.urlWithUser())).isEqualTo(timeline("timeline-h2", h2));
    }

    /**
     * The broker restarted while partitions run and others wait in its queue: the workers lose their
     * connections, reconnect by themselves (the listener container's recovery), find the durable
     * queue with the waiting requests (persistent messages) and run them; the partition that was
     * running goes on, its request, never acknowledged, comes back after the restart and is
     * dropped as a second delivery. The run completes and its timeline is the single-process one.
     */
    @Test
    void theBrokerRestartedMidRunTheRunStillCompletesWithTheSingleProcessTimeline() throws Exception {
        input(60);
        Path job = scaleOutJob(8); // two workers, eight partitions: six requests wait in the queue at first
        start("worker-f", "worker", "--job", job.toString());
        start("worker-g", "worker", "--job", job.toString());
        await("both workers listening", () -> printed("worker-f.out", "waiting for partitions")
                && printed("worker-g.out", "waiting for partitions"));
        Process manager = start("manager-b", "run", "--job", job.toString());

        // checkpoint: a partition with a committed chunk running, and one whose request still waits in the broker
        JdbcTemplate repo = repository();
        await("a committed chunk of a partition while another partition's request is queued", () -> {
            try {
                return repo.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                        + " 'annotate-partition:%' AND STATUS = 'STARTED' AND COMMIT_COUNT >= 1", Long.class) > 0
                        && repo.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                                + " 'annotate-partition:%' AND STATUS = 'STARTING'", Long.class) > 0;
            } catch (RuntimeException e) {
                return false;
            }
        });
        java.sql.Timestamp down;
        List<String> waiting;
        List<String> unacknowledged;
        try {
            // a real restart of the broker: every connection closed, the node's application stopped and started
            assertThat(rabbitmqctl("stop_app")).as("rabbitmqctl stop_app").isZero();
            // a partition not ended when stop_app returned was still running when its connection closed, so its
            // request was never acknowledged and comes back. (One that ended while stop_app ran may have been
            // acknowledged in time: which ones were running before the stop is a matter of timing, not a checkpoint.)
            java.time.LocalDateTime closed = java.time.LocalDateTime.now(); // the workers' clock and zone: END_TIME's
            unacknowledged = repo.queryForList("SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s JOIN partition_claim c"
                    + " ON c.step_execution_id = s.STEP_EXECUTION_ID WHERE s.STEP_NAME LIKE 'annotate-partition:%'"
                    + " AND (s.END_TIME IS NULL OR s.END_TIME > ?)", String.class, closed);
            // while it is down nobody can take a request: these partitions' requests wait in the stopped broker
            down = repo.queryForObject("SELECT CURRENT_TIMESTAMP", java.sql.Timestamp.class);
            waiting = repo.queryForList("SELECT s.STEP_NAME FROM BATCH_STEP_EXECUTION s WHERE s.STEP_NAME LIKE"
                    + " 'annotate-partition:%' AND s.STATUS = 'STARTING' AND NOT EXISTS (SELECT 1 FROM partition_claim c"
                    + " WHERE c.step_execution_id = s.STEP_EXECUTION_ID)", String.class);
            assertThat(waiting).as("partitions whose requests wait in the broker").isNotEmpty();
            assertThat(rabbitmqctl("start_app")).as("rabbitmqctl start_app").isZero();
            assertThat(rabbitmqctl("-q", "await_startup")).isZero();
        } finally {
            brokerUp();
        }

        Result run = finish("manager-b", manager);
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("COMPLETED").contains("read 60");
        assertThat(repo.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                + " 'annotate-partition:%' AND STATUS = 'COMPLETED'", Long.class)).isEqualTo(8);
        // the workers reconnected: the requests that waited in the broker were taken after the restart
        for (String step : waiting) {
            assertThat(repo.queryForObject("SELECT c.claimed_at >= ? FROM partition_claim c JOIN BATCH_STEP_EXECUTION s"
                    + " ON s.STEP_EXECUTION_ID = c.step_execution_id WHERE s.STEP_NAME = ?", Boolean.class, down, step))
                    .as(step + " claimed after the restart").isTrue();
        }
        // the partitions that were running kept going; their requests, redelivered after the restart, ran once
        assertThat(repo.queryForObject("SELECT COUNT(*) FROM partition_claim", Long.class)).isEqualTo(8);
        // a redelivery taken before the run ended is dropped as a second delivery, one taken after it as a request of
        // a finished execution: either way it runs nothing again (the claims above and the article count below)
        for (String step : unacknowledged) {
            await("the redelivered request of " + step + ", running at the restart, dropped",
                    () -> droppedAgain("worker-f.err", step) || droppedAgain("worker-g.err", step));
        }
        assertThat(repo.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(60);

        String h2 = "jdbc:h2:file:" + dir.resolve("single").toAbsolutePath();
        Result single = run("single", "run", "--job", job("single", h2, "threads: 1\n").toString());
        assertThat(single.code()).as(single.out() + single.err()).isZero();
        assertThat(timeline("timeline-pg", pg.urlWithUser())).isEqualTo(timeline("timeline-h2", h2));
    }
}
