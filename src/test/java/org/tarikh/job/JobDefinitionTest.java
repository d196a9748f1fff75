package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.TarikhCommand;

/**
 * Issue 10, item 9: a job definition is checked whole before anything starts; every mistake is
 * exit code 2 and one line on standard error that names the key, never a stack trace.
 */
class JobDefinitionTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String yaml) throws Exception {
        Path job = dir.resolve("job.yml");
        Files.writeString(job, yaml);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TarikhCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("run", "--job", job.toString());
        return new Result(code, out.toString(), err.toString());
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
        StringWriter err = new StringWriter();
        int code = TarikhCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("timeline", "--db", "jdbc:nosuch:x");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("--db").contains("jdbc:nosuch:x");
        StringWriter err2 = new StringWriter();
        int code2 = TarikhCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err2))
                .execute("export", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(), "--db", db());
        assertThat(code2).isEqualTo(ExitCodes.USAGE);
        assertThat(err2.toString().lines().toList()).singleElement().asString().contains("--format").contains("pdf");
        assertThat(dir.resolve("db.mv.db")).as("checked before the database is opened").doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitOne() throws Exception {
        Result r = run("database: jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here\ninputs: [" + dir + "]\n");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().lines().toList()).as(r.err()).singleElement().asString().startsWith("run failed: ")
                .hasSizeLessThan(400).doesNotContain("\tat ");
    }
}
