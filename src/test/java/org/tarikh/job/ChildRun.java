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

    /** Starts {@code org.tarikh.Tarikh ARGS} in {@code dir}. */
    static ChildRun start(Path dir, String name, String... args) throws IOException {
        return startPausing(dir, name, null, args);
    }

    /**
     * Starts {@code org.tarikh.Tarikh ARGS} in {@code dir}; with a {@code pause} point
     * ({@link Checkpoints}), the child stops there and writes its marker into {@code dir/checkpoints-NAME}.
     */
    static ChildRun startPausing(Path dir, String name, String pause, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8"));
        if (pause != null) {
            command.add("-D" + Checkpoints.PAUSE + "=" + pause);
            command.add("-D" + Checkpoints.DIR + "=" + checkpointDir(dir, name));
        }
        command.addAll(List.of("-cp", classpath, "org.tarikh.Tarikh"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildRun(p, out, err);
    }

    static Path checkpointDir(Path dir, String name) {
        return dir.resolve("checkpoints-" + name).toAbsolutePath();
    }

    /**
     * Waits until the child has stopped at {@code point} (its marker file exists); false if it
     * ended first. No clock decides: the wait ends at the checkpoint or when the child ends.
     */
    boolean awaitCheckpoint(Path dir, String name, String point) throws Exception {
        Path marker = Checkpoints.marker(checkpointDir(dir, name), point);
        while (process.isAlive()) {
            if (Files.exists(marker)) {
                return true;
            }
            Thread.sleep(20);
        }
        return Files.exists(marker);
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
