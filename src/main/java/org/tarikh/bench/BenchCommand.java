package org.tarikh.bench;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.annotate.Acceleration;
import org.tarikh.article.Article;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.RunSummary;
import org.tarikh.job.TimelineRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Throughput on real news: stock HeidelTime (baseline) against Tarikh's annotation,",
                "reference (accelerations off) and accelerated, on 1 thread and on --threads, and the full",
                "job into a fresh H2 database. Checks that accelerated output equals the reference.",
                "Exit code 1 if it does not."})
public class BenchCommand implements Callable<Integer> {

    /**
     * Built on first use, not when picocli instantiates every subcommand at start-up: Jackson's
     * set-up costs a fraction of a second of CPU that {@code timeline} and {@code export} need not pay.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", required = true,
            description = "Corpus folder or files (e.g. ../shared/corpora/saudinewsnet: zips of JSON arrays).")
    List<Path> corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200",
            description = "Articles to measure on (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "S",
            description = "Draw a seeded random sample across the corpus's sources instead of the first N articles "
                    + "(the same seed gives the same sample).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads for the multi-threaded runs (default: all cores).")
    int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Articles each engine tags before timing starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--skip-baseline", description = "Do not run stock HeidelTime (ratios are then to the 1-thread reference).")
    boolean skipBaseline;

    @Option(names = "--skip-job", description = "Do not run the full job into H2.")
    boolean skipJob;

    @Option(names = "--profile", paramLabel = "FILE.jfr",
            description = {"Record the full job row in a Java Flight Recording (FILE.jfr, for JDK Mission Control)",
                    "and print the time per stage (read, guard, annotate: HeidelTime / Tarikh's layers, anchor,",
                    "search terms, write, commit) and the hottest methods. Runs the job row even with --skip-job",
                    "or --skip-warm."})
    Path profile;

    @Option(names = "--skip-warm", description = "Do not run the warm in-process rows (annotation and job); "
            + "with --whole-process, only the fresh processes are measured.")
    boolean skipWarm;

    @Option(names = "--whole-process", description = {"Also time fresh JVMs from launch to exit on the same sample:",
            "stock HeidelTime's whole process, 'tag' and 'run' (into a fresh H2 database), with the time",
            "to the first annotated article of each."})
    boolean wholeProcess;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "2",
            description = "Rounds of fresh processes (stock, tag, run back to back each round; default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--java", paramLabel = "PATH", description = "The java executable for the fresh processes (default: this JVM's).")
    Path javaExecutable;

    @Option(names = "--jvm-option", paramLabel = "OPT",
            description = "An option for the fresh JVMs, e.g. -XX:SharedArchiveFile=…; repeatable (default: -Xmx512m"
                    + " -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000, see docs/performance.md, JIT).")
    List<String> jvmOptions;

    @Option(names = "--jar", paramLabel = "PATH", description = "The tarikh.jar the fresh processes run (default: the running one).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<Article> sample = seed == null ? Benchmark.sample(corpus, articles)
                : Benchmark.randomSample(corpus, articles, seed);
        if (sample.isEmpty()) {
            out.println("no articles found in " + corpus);
            return 1;
        }
        long chars = Benchmark.chars(sample);
        out.println(seed == null ? "sample: the first " + sample.size() + " articles in reading order"
                : "sample: " + sample.size() + " articles drawn at random across sources, seed " + seed);
        out.printf(Locale.ROOT, "%d articles, %d characters (%.0f per article), %d threads, %d cores, max heap %d MB%n",
                sample.size(), chars, chars / (double) sample.size(), t, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "load average (1 min) at the start: %.2f%n", loadAverage());
        out.flush();
        if (skipWarm) {
            if (profile != null) {
                print(out, job(sample, t), null);
            }
            int code = wholeProcess ? wholeProcess(out, sample, t, null) : 0;
            out.printf(Locale.ROOT, "load average (1 min) at the end: %.2f%n", loadAverage());
            out.flush();
            return code;
        }

        List<Benchmark.Result> results = new ArrayList<>();
        Benchmark.Result baseline = null;
        if (!skipBaseline) {
            baseline = Benchmark.baseline(sample, warmup);
            results.add(baseline);
            print(out, baseline, baseline);
        }
        int n = sample.size();
        AnnotatedArticle[] reference = new AnnotatedArticle[n];
        Benchmark.Result ref1 = Benchmark.tarikh("Tarikh reference (accelerations off)", sample, Acceleration.OFF, 1,
                warmup, reference, null);
        Benchmark.Result base = baseline != null ? baseline : ref1;
        results.add(ref1);
        print(out, ref1, base);

        Map<String, Acceleration> variants = new LinkedHashMap<>();
        variants.put("Tarikh, sentence skipping only", new Acceleration(true, false, false));
        variants.put("Tarikh, rules per document only", new Acceleration(false, true, false));
        variants.put("Tarikh, sentences + rules per document", new Acceleration(true, true, false));
        variants.put("Tarikh accelerated", Acceleration.ON);
        boolean allIdentical = true;
        for (Map.Entry<String, Acceleration> v : variants.entrySet()) {
            AnnotatedArticle[] got = new AnnotatedArticle[n];
            Benchmark.Result r = Benchmark.tarikh(v.getKey(), sample, v.getValue(), 1, warmup, got, reference);
            results.add(r);
            print(out, r, base);
            allIdentical &= reportDifference(out, reference, got);
        }
        if (t > 1) {
            AnnotatedArticle[] got = new AnnotatedArticle[n];
            Benchmark.Result r = Benchmark.tarikh("Tarikh reference (accelerations off)", sample, Acceleration.OFF, t,
                    warmup, got, reference);
            results.add(r);
            print(out, r, base);
            allIdentical &= reportDifference(out, reference, got);
            got = new AnnotatedArticle[n];
            r = Benchmark.tarikh("Tarikh accelerated", sample, Acceleration.ON, t, warmup, got, reference);
            results.add(r);
            print(out, r, base);
            allIdentical &= reportDifference(out, reference, got);
        }
        if (!skipJob || profile != null) {
            Benchmark.Result job = job(sample, t);
            results.add(job);
            print(out, job, base);
        }
        int processes = 0;
        if (wholeProcess) {
            Benchmark.Result accelerated = results.stream().filter(r -> r.name().equals("Tarikh accelerated"))
                    .reduce((a, b) -> b).orElse(null);
            processes = wholeProcess(out, sample, t, accelerated == null ? null : accelerated.timexes());
        }
        out.printf(Locale.ROOT, "live heap after the runs: %d MB%n", Benchmark.liveHeap() >> 20);
        out.printf(Locale.ROOT, "load average (1 min) at the end: %.2f%n", loadAverage());
        out.printf(Locale.ROOT, "documents re-annotated after a per-sentence plan lost step: %d%n",
                results.stream().mapToLong(Benchmark.Result::retries).sum());
        String fallback = results.stream().map(Benchmark.Result::fallback).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (fallback != null) {
            // the "accelerated" rows ran on the reference path: their equality proves nothing
            out.println("accelerations fell back to the reference path: " + fallback);
            out.println("accelerated output identical to the reference: NOT CHECKED (no acceleration ran)");
            out.flush();
            return 1;
        }
        out.println(allIdentical ? "accelerated output identical to the reference: yes"
                : "accelerated output identical to the reference: NO");
        out.flush();
        return allIdentical && processes == 0 ? 0 : 1;
    }

    private static boolean reportDifference(PrintWriter out, AnnotatedArticle[] reference, AnnotatedArticle[] got) {
        int i = Benchmark.firstDifference(reference, got);
        if (i >= 0) {
            out.println("  first difference: article " + reference[i].article().id());
            out.println("    reference:   " + reference[i].timexes());
            out.println("    accelerated: " + got[i].timexes());
        }
        return i < 0;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Fresh JVMs on the sample, {@link #repeat} rounds of stock HeidelTime, {@code tag} and
     * {@code run} back to back, each timed from launch to exit; prints one block per round and
     * the medians. Returns 0, or 1 if a process failed or its expressions differ from
     * {@code expected} (the warm accelerated count, when measured).
     */
    private int wholeProcess(PrintWriter out, List<Article> sample, int t, Long expected) throws Exception {
        Path jarFile = jar != null ? jar : WholeProcess.currentJar();
        if (jarFile == null) {
            out.println("whole process: not measured (start bench with java -jar tarikh.jar, or give --jar)");
            return 1;
        }
        Path dir = Files.createTempDirectory("tarikh-bench-process");
        Path input = writeSample(sample, dir);
        List<String> options = jvmOptions != null ? jvmOptions : java.util.stream.Stream.concat(
                java.util.stream.Stream.of("-Xmx512m"),
                java.util.Arrays.stream(org.tarikh.annotate.JitCheck.FLAGS.split(" "))).toList(); // as users run it (JIT)
        WholeProcess launcher = new WholeProcess(javaExecutable != null ? javaExecutable : WholeProcess.currentJava(), options, jarFile, dir);
        out.println("whole process, fresh JVMs: " + String.join(" ", launcher.command(List.of("…"))));
        out.flush();
        List<double[]> rounds = new ArrayList<>(); // stock s, tag s, run s, first: stock, tag, run
        int failed = 0;
        for (int round = 1; round <= Math.max(1, repeat); round++) {
            WholeProcess.Result stock = launcher.run("stock HeidelTime", List.of("stock-heideltime", "--input",
                    input.toString()));
            Path tagOut = dir.resolve("tag-" + round + ".jsonl");
            WholeProcess.Result tag = launcher.run("tag", List.of("tag", "--input", input.toString(), "--output",
                    tagOut.toString(), "--threads", String.valueOf(t)));
            Path job = dir.resolve("job-" + round + ".yml");
            Files.writeString(job, "name: bench\ninputs:\n  - " + input.toAbsolutePath() + "\ndatabase: jdbc:h2:file:"
                    + dir.resolve("db-" + round).toAbsolutePath() + "\nthreads: " + t + "\nchunk-size: 20\n",
                    StandardCharsets.UTF_8);
            WholeProcess.Result run = launcher.run("run", List.of("run", "--job", job.toString()));
            long tagTimexes = Files.exists(tagOut) ? tagTimexes(tagOut) : -1;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) expressions").matcher(run.stdout());
            long runTimexes = m.find() ? Long.parseLong(m.group(1)) : -1;
            out.printf(Locale.ROOT, "round %d of %d, %d articles, %d threads:%n", round, Math.max(1, repeat),
                    sample.size(), t);
            for (WholeProcess.Result r : List.of(stock, tag, run)) {
                // 0: done; 3: done, some input rejected (the sample's articles passed the guard once already)
                boolean ok = r.exitCode() == 0 || r.exitCode() == 3;
                failed += ok ? 0 : 1;
                out.printf(Locale.ROOT, "  %-18s %7.2f s  %6.2fx stock  first article %s%s%s%n", r.name(), r.seconds(),
                        stock.seconds() / r.seconds(),
                        r.firstArticleSeconds() == null ? "not logged" : r.firstArticleSeconds() + " s after JVM start",
                        r == tag ? "  " + tagTimexes + " expressions" : r == run ? "  " + runTimexes + " expressions"
                                : "  " + r.stdout().strip(),
                        ok ? "" : "  FAILED (exit " + r.exitCode() + "): " + lastLine(r.stderr()));
            }
            out.printf(Locale.ROOT, "  run/tag rate: %.2f%n", tag.seconds() / run.seconds());
            out.flush();
            if (expected != null && (tagTimexes != expected || runTimexes != expected)) {
                out.println("  expressions differ from the warm accelerated run's " + expected);
                failed++;
            }
            rounds.add(new double[] {stock.seconds(), tag.seconds(), run.seconds(), first(stock), first(tag), first(run)});
        }
        if (rounds.size() > 1) {
            double[] med = new double[6];
            for (int i = 0; i < 6; i++) {
                int k = i;
                double[] v = rounds.stream().mapToDouble(r -> r[k]).sorted().toArray();
                med[i] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            }
            out.printf(Locale.ROOT, "median of %d rounds: stock %.2f s, tag %.2f s (%.2fx stock), run %.2f s (%.2fx stock),"
                    + " run/tag rate %.2f; first article: stock %.2f s, tag %.2f s, run %.2f s%n", rounds.size(), med[0],
                    med[1], med[0] / med[1], med[2], med[0] / med[2], med[1] / med[2], med[3], med[4], med[5]);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static double first(WholeProcess.Result r) {
        return r.firstArticleSeconds() == null ? Double.NaN : r.firstArticleSeconds();
    }

    private static String lastLine(String s) {
        List<String> lines = s.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Expressions in a {@code tag} output file (one JSON object per line, each with a "timexes" array). */
    private static long tagTimexes(Path file) throws java.io.IOException {
        long n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                n += Json.MAPPER.readTree(line).path("timexes").size();
            }
        }
        return n;
    }

    /** The sample as JSON Lines in {@code dir}, the format {@code run} and {@code tag} read. */
    private static Path writeSample(List<Article> sample, Path dir) throws java.io.IOException {
        Path input = dir.resolve("articles.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Article a : sample) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("published", a.published());
                m.put("title", a.title());
                m.put("source", a.source());
                m.put("url", a.url());
                m.put("text", a.text());
                w.write(Json.MAPPER.writeValueAsString(m));
                w.newLine();
            }
        }
        return input;
    }

    /** The whole job (read, annotate, anchor, store) into a fresh H2 file database. */
    private Benchmark.Result job(List<Article> sample, int t) throws Exception {
        Path dir = Files.createTempDirectory("tarikh-bench");
        Path input = writeSample(sample, dir);
        JobDefinition definition = new JobDefinition("bench", List.of(input.toString()),
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE", null, t, 20, List.of(), null);
        Benchmark.resetPeakHeap();
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JobExecution execution = profile == null ? TimelineRun.execute(context, definition)
                    : StageProfile.record(profile, () -> TimelineRun.execute(context, definition));
            RunSummary summary = RunSummary.of(execution);
            if (profile != null) {
                StageProfile.print(spec.commandLine().getOut(), profile, (int) summary.processed(),
                        summary.duration().toMillis() / 1000.0, t);
            }
            long chars = Benchmark.chars(sample);
            double seconds = Math.max(0.001, summary.duration().toMillis() / 1000.0);
            return new Benchmark.Result("full job into H2 (" + summary.status() + ", "
                    + Acceleration.fromSystemProperties() + ")", t, (int) summary.processed(), chars, seconds,
                    Benchmark.peakHeap(), summary.timexes(), null);
        }
    }

    private static void print(PrintWriter out, Benchmark.Result r, Benchmark.Result base) {
        out.printf(Locale.ROOT, "%-42s %2d thr %7.2f art/s %9.0f chars/s %6.2fx  peak heap %5d MB  %6d timexes%s%n",
                r.name(), r.threads(), r.articlesPerSecond(), r.charsPerSecond(),
                base == null ? Double.NaN : r.charsPerSecond() / base.charsPerSecond(), r.peakHeapBytes() >> 20, r.timexes(),
                r.identical() == null ? "" : r.identical() ? "  identical" : "  DIFFERENT");
        out.flush();
    }
}
