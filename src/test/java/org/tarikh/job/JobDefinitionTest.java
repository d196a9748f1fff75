package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;

/**
 * Issue 10, item 9: a job definition is checked whole before anything starts; every mistake is
 * exit code 2 and one line on standard error that names the key, never a stack trace.
 */
class JobDefinitionTest {

    @TempDir
    Path dir;

    private Result run(String yaml) throws Exception {
        Path job = dir.resolve("job.yml");
        Files.writeString(job, yaml);
        return tarikh("run", "--job", job.toString());
    }

    private void assertConfigurationError(String yaml, String... words) throws Exception {
        Result r = run(yaml);
        assertThat(r.code()).as("stdout:%n%s%nstderr:%n%s", r.out(), r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).as(r.err()).singleElement().asString().contains(words);
        assertThat(r.out()).as("nothing ran").isEmpty();
    }

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    @Test
    void wrongTypesNameTheKey() throws Exception {
        assertConfigurationError("threads: many\ndatabase: " + db() + "\n", "'threads'", "whole number");
        assertConfigurationError("inputs: 5\n", "'inputs'", "a list");
        assertConfigurationError("limits: {max-future-days: soon}\ndatabase: " + db() + "\n",
                "'limits.max-future-days'");
        assertConfigurationError("limits: 30s\n", "'limits'");
    }

    @Test
    void badYamlSaysWhere() throws Exception {
        assertConfigurationError("name: \"unclosed\nthreads: 2\n", "line", "not valid YAML");
    }

    @Test
    void unknownKeysAndImpossibleValuesAreRejected() throws Exception {
        assertConfigurationError("thread: 2\n", "unknown key 'thread'");
        assertConfigurationError("threads: -4\ndatabase: " + db() + "\n", "'threads'", "-4");
        assertConfigurationError("chunk-size: 0\n", "'chunk-size'");
        assertConfigurationError("limits: {time-budget: forever}\n", "'limits.time-budget'");
    }

    @Test
    void aBadCronIsRejectedByRunToo() throws Exception {
        assertConfigurationError("schedule: \"every night\"\ndatabase: " + db() + "\n", "'schedule'", "every night");
    }

    @Test
    void anUnknownExportFormatIsRejectedBeforeTheJobStarts() throws Exception {
        assertConfigurationError("database: " + db() + "\nexport:\n  - format: pdf\n    out: x.pdf\n",
                "'export[0].format'", "pdf");
        assertThat(dir.resolve("db.mv.db")).as("no database was even created").doesNotExist();
    }

    @Test
    void aJdbcUrlNoDriverTakesIsAConfigurationError() throws Exception {
        assertConfigurationError("database: jdbc:nosuch:./data/x\n", "'database'", "jdbc:nosuch");
    }

    @Test
    void readersWithAWrongUrlSayItInOneLine() {
        Result timeline = tarikh("timeline", "--db", "jdbc:nosuch:x");
        assertThat(timeline.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(timeline.err().lines().toList()).singleElement().asString().contains("--db").contains("jdbc:nosuch:x");
        Result export = tarikh("export", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(), "--db", db());
        assertThat(export.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(export.err().lines().toList()).singleElement().asString().contains("--format").contains("pdf");
        assertThat(dir.resolve("db.mv.db")).as("checked before the database is opened").doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitOne() throws Exception {
        Result r = run("database: jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here\ninputs: [" + dir + "]\n");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().lines().toList()).as(r.err()).singleElement().asString().startsWith("run failed: ")
                .hasSizeLessThan(400).doesNotContain("\tat ");
    }

    @Test
    void theNewKeysAreCheckedBeforeAnythingStarts() throws Exception {
        assertConfigurationError("log-level: loud\ndatabase: " + db() + "\n", "'log-level'", "loud");
        assertConfigurationError("credentials: {user: tarikh, password-env: TARIKH_TEST_SURELY_UNSET_VARIABLE}\n",
                "'credentials.password-env'", "TARIKH_TEST_SURELY_UNSET_VARIABLE");
        assertConfigurationError("credentials: {user: a, password: b, password-env: HOME}\n", "'credentials'", "not both");
        assertConfigurationError("credentials: {name: a}\n", "unknown key 'credentials.name'", "password-env");
        assertConfigurationError("accelerate: sometimes\n", "'accelerate'");
        assertConfigurationError("accelerate: {sentences: true, everything: false}\n", "unknown key 'accelerate.everything'");
        assertConfigurationError("database: " + db() + "\nscale-out: {partitions: 4}\n", "'scale-out'", "jdbc:postgresql");
        assertConfigurationError("database: jdbc:postgresql://127.0.0.1/x\nscale-out: {partitions: 0}\n",
                "'scale-out.partitions'");
        assertConfigurationError("database: jdbc:postgresql://127.0.0.1/x\nscale-out: {worker-timeout: 5s}\n",
                "'scale-out.worker-timeout'", "heartbeats");
        assertConfigurationError("database: jdbc:postgresql://127.0.0.1/x\nscale-out: {brokers: x}\n",
                "unknown key 'scale-out.brokers'");
        assertConfigurationError("database: jdbc:postgresql://127.0.0.1/x\nscale-out: {broker: {port: 99999}}\n",
                "'scale-out.broker.port'");
        assertThat(dir.resolve("db.mv.db")).as("no database was even created").doesNotExist();
    }

    @Test
    void eachDefaultIsWrittenOnceAndTheFileOverridesIt() throws Exception {
        JobDefinition d = JobDefinition.defaults();
        assertThat(d.chunkSize()).isEqualTo(JobDefinition.DEFAULT_CHUNK_SIZE).isEqualTo(20);
        assertThat(d.threads()).isEqualTo(1);
        assertThat(d.limits().budget()).isEqualTo(Limits.DEFAULT_TIME_BUDGET).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(d.logLevel()).isEqualTo("INFO");
        assertThat(d.credentials().user()).isEqualTo("sa");
        assertThat(d.scaleOut()).isNull();
        Path job = dir.resolve("full.yml");
        Files.writeString(job, "database: jdbc:postgresql://127.0.0.1/x\ncredentials: {user: tarikh, password: pw}\n"
                + "accelerate: false\nlog-level: warn\nscale-out:\n  partitions: 6\n  broker: {host: mq, port: 5673}\n");
        JobDefinition f = JobDefinition.read(job);
        assertThat(f.credentials().resolvePassword()).isEqualTo("pw");
        assertThat(f.acceleration()).isEqualTo(org.tarikh.annotate.Acceleration.OFF);
        assertThat(f.logLevelOrDefault()).isEqualTo("WARN");
        assertThat(f.scaleOut().partitions()).isEqualTo(6);
        assertThat(f.scaleOut().broker().host()).isEqualTo("mq");
        assertThat(f.scaleOut().broker().user()).isEqualTo("guest");
        assertThat(f.scaleOut().workerTimeoutDuration()).isEqualTo(java.time.Duration.ofSeconds(60));
        Files.writeString(job, "accelerate: {rules: false}\n");
        assertThat(JobDefinition.read(job).acceleration())
                .isEqualTo(new org.tarikh.annotate.Acceleration(true, false, false));
    }
}
