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

    private static final ObjectMapper JSON = JsonMapper.builder().build();

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
        out.flush();

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
        if (!skipJob) {
            Benchmark.Result job = job(sample, t);
            results.add(job);
            print(out, job, base);
        }
        out.printf(Locale.ROOT, "live heap after the runs: %d MB%n", Benchmark.liveHeap() >> 20);
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
        return allIdentical ? 0 : 1;
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

    /** The whole job (read, annotate, anchor, store) into a fresh H2 file database. */
    private Benchmark.Result job(List<Article> sample, int t) throws Exception {
        Path dir = Files.createTempDirectory("tarikh-bench");
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
                w.write(JSON.writeValueAsString(m));
                w.newLine();
            }
        }
        JobDefinition definition = new JobDefinition("bench", List.of(input.toString()),
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE", null, t, 20, List.of(), null);
        Benchmark.resetPeakHeap();
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JobExecution execution = TimelineRun.execute(context, definition);
            RunSummary summary = RunSummary.of(execution);
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
                r.charsPerSecond() / base.charsPerSecond(), r.peakHeapBytes() >> 20, r.timexes(),
                r.identical() == null ? "" : r.identical() ? "  identical" : "  DIFFERENT");
        out.flush();
    }
}
