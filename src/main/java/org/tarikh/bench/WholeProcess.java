package org.tarikh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarikh.annotate.PipelinePool;

/**
 * One command of the packaged jar in a fresh JVM, timed from launch to exit: what a user waits
 * for, start-up and JIT warm-up included. The child runs in its own working directory (so no
 * job file or log of the caller's is picked up); its output is kept, and the start-up
 * checkpoint ({@link PipelinePool#FIRST_ARTICLE}) is read from it: from the log on standard error,
 * or from {@code run}'s summary.
 */
final class WholeProcess {

    private static final Pattern FIRST = Pattern.compile(Pattern.quote(PipelinePool.FIRST_ARTICLE)
            + " ([0-9.]+) s after JVM start");

    /** How one fresh process went. */
    record Result(String name, double seconds, Double firstArticleSeconds, int exitCode, String stdout, String stderr) {
    }

    private final List<String> launcher;
    private final Path workDir;

    /**
     * @param java       the java executable
     * @param jvmOptions options before {@code -jar} (heap, class-data sharing, AOT cache)
     * @param jar        the packaged tarikh.jar
     * @param workDir    the child's working directory
     */
    WholeProcess(Path java, List<String> jvmOptions, Path jar, Path workDir) {
        List<String> l = new ArrayList<>();
        l.add(java.toString());
        l.addAll(jvmOptions);
        l.add("-jar");
        l.add(jar.toAbsolutePath().toString());
        this.launcher = List.copyOf(l);
        this.workDir = workDir;
    }

    /** The java executable of this JVM. */
    static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** The jar this JVM was started from ({@code java -jar}), or null. */
    static Path currentJar() {
        String cp = System.getProperty("java.class.path", "");
        return !cp.contains(java.io.File.pathSeparator) && cp.endsWith(".jar") ? Path.of(cp) : null;
    }

    List<String> command(List<String> args) {
        List<String> c = new ArrayList<>(launcher);
        c.addAll(args);
        return c;
    }

    /** Runs {@code java [options] -jar tarikh.jar args…} and waits for it to exit. */
    Result run(String name, List<String> args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        return new Result(name, seconds, firstArticle(stderr, stdout), code, stdout, stderr);
    }

    /** The start-up checkpoint's seconds: logged on standard error ({@code tag}), or in {@code run}'s summary. */
    static Double firstArticle(String stderr, String stdout) {
        for (String output : new String[] {stderr, stdout}) {
            Matcher m = FIRST.matcher(output);
            if (m.find()) {
                return Double.valueOf(m.group(1));
            }
        }
        return null;
    }
}
