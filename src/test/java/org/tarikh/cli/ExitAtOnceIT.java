package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "exit at once": in 2 of 7 identical runs the process printed its last line and then
 * waited out a 30-second shutdown timeout (Spring's lifecycle stop of the partition executor)
 * before exiting. The packaged jar's {@code run}, ten times on sample-articles with a fresh
 * database each, must exit right after its last line.
 * <p>
 * The bound, {@value #BOUND_SECONDS} s between the last line and the exit, is half the 30 s
 * wait that was removed, so a run that still waits it out fails on every machine, however
 * loaded; and it is far above what a normal exit takes (closing the context and H2, then the
 * JVM: about 0.5 to 2 s at a load average of 10 on 2 cores), so a busy machine does not make
 * the test fail. {@code PartitionThreadsTest} checks the structure behind it without timing: no
 * thread the run starts can keep the JVM alive.
 */
class ExitAtOnceIT {

    private static final Path JAR = Path.of("target/tarikh.jar").toAbsolutePath();
    private static final Path SAMPLES = Path.of("sample-articles").toAbsolutePath();
    static final long BOUND_SECONDS = 15;

    @TempDir
    Path dir;

    @Test
    void tenRunsEachExitRightAfterTheirLastLine() throws Exception {
        List<String> lingered = new ArrayList<>();
        for (int run = 1; run <= 10; run++) {
            Path work = dir.resolve("run" + run);
            java.nio.file.Files.createDirectories(work);
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // like jobs/nightly.yml: two partition threads, exports after the run
            Path job = work.resolve("job.yml");
            java.nio.file.Files.writeString(job, "name: exit-test\ninputs:\n  - " + SAMPLES + "\ndatabase: jdbc:h2:file:"
                    + work.resolve("db/tarikh") + "\nthreads: 2\nchunk-size: 4\nexport:\n  - format: json\n    out: "
                    + work.resolve("exports/timeline.json") + "\n  - format: html\n    out: "
                    + work.resolve("exports/chronology.html") + "\n");
            Process p = new ProcessBuilder(javaBin, "-Xmx512m", "-Dfile.encoding=UTF-8", "-jar", JAR.toString(), "run",
                    "--job", job.toString())
                    .directory(work.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String last = null;
            long lastLineAt = System.nanoTime();
            StringBuilder all = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    last = line;
                    lastLineAt = System.nanoTime();
                    all.append(line).append('\n');
                }
            }
            // the output ends when the process closes it, at the latest when it exits
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("run %d ended", run).isTrue();
            long exitedAt = System.nanoTime();
            assertThat(p.exitValue()).as("run %d: %s", run, all).isZero();
            assertThat(all).as("run %d", run).contains("COMPLETED").contains("exported html");
            double afterLastLine = (exitedAt - lastLineAt) / 1e9;
            if (afterLastLine >= BOUND_SECONDS) {
                lingered.add(String.format(java.util.Locale.ROOT, "run %d: exited %.1f s after its last line «%s»", run,
                        afterLastLine, last));
            }
        }
        assertThat(lingered).as("runs that lingered after their last line").isEmpty();
    }
}
