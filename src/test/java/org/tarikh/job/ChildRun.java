package org.tarikh.job;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code tarikh run} in a child JVM on the test classpath, which a test can kill with SIGKILL. */
final class ChildRun {

    final Process process;
    final Path out;
    final Path err;

    private ChildRun(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code org.tarikh.Tarikh ARGS} in {@code dir}, logging each chunk write at DEBUG. */
    static ChildRun start(Path dir, String name, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-Dlogging.level.org.tarikh.job.TimelineWriter=DEBUG",
                "-cp", classpath, "org.tarikh.Tarikh"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildRun(p, out, err);
    }

    /** Waits until the child has logged a chunk write (it is then past startup, in the middle of work). */
    boolean awaitFirstChunk(long timeoutMillis) throws Exception {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < until && process.isAlive()) {
            if (Files.exists(err) && Files.readString(err).contains("writing chunk")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int await(long timeoutSeconds) throws Exception {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child run did not finish in " + timeoutSeconds + " s; stderr:\n" + output(err));
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return output(out);
    }

    String stderr() throws IOException {
        return output(err);
    }

    private static String output(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    static String jobFile(Path dir, Path input, String url, int chunkSize) throws IOException {
        Path job = dir.resolve("job-" + chunkSize + ".yml");
        Files.writeString(job, """
                name: reliability
                inputs: [%s]
                database: %s
                threads: 1
                chunk-size: %d
                """.formatted(input.toAbsolutePath(), url, chunkSize));
        return job.toString();
    }

    static String separator() {
        return File.separator;
    }
}
