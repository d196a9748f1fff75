package org.tarikh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.annotate.Acceleration;
import org.tarikh.annotate.StockHeidelTime;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.SourceRecord;
import org.tarikh.job.ArticleProcessor;

/**
 * Measures, on the same articles in one JVM, stock HeidelTime and Tarikh's annotation path
 * with and without accelerations, on one thread and on several. Figures are ratios to the
 * baseline measured in the same run, so they stay meaningful on a busy machine.
 */
public final class Benchmark {

    /** One measured configuration. */
    public record Result(String name, int threads, int articles, long chars, double seconds, long peakHeapBytes,
            long timexes, Boolean identical, long retries, String fallback) {

        public Result(String name, int threads, int articles, long chars, double seconds, long peakHeapBytes,
                long timexes, Boolean identical) {
            this(name, threads, articles, chars, seconds, peakHeapBytes, timexes, identical, 0, null);
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double charsPerSecond() {
            return chars / seconds;
        }
    }

    private Benchmark() {
    }

    /**
     * The first {@code n} articles the corpus yields, in reading order, read and guarded as the
     * job reads them (rejections skipped).
     */
    public static List<Article> sample(List<Path> corpus, int n) {
        List<Article> articles = new ArrayList<>();
        org.tarikh.job.InputGuard guard = new org.tarikh.job.InputGuard(java.time.LocalDate.now(),
                org.tarikh.job.Limits.DEFAULT_MAX_FUTURE_DAYS, org.tarikh.job.Limits.DEFAULT_MAX_ARTICLE_CHARS);
        try (ArticleSource source = new ArticleSource(corpus)) {
            while (articles.size() < n && source.hasNext()) {
                SourceRecord r = guard.check(source.next());
                if (r instanceof Article a) {
                    articles.add(a);
                }
            }
        }
        return articles;
    }

    /**
     * A seeded random sample of {@code n} articles across the corpus's sources, read and guarded
     * as the job reads them: every source's articles go through a reservoir of {@code n} (seeded,
     * so the same corpus and seed give the same sample), then the sources, in name order, give one
     * article each in turn until {@code n} are drawn. Unlike {@link #sample} it does not flatter
     * one file's or one source's articles; memory stays at {@code n} articles per source.
     */
    public static List<Article> randomSample(List<Path> corpus, int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        java.util.Map<String, List<Article>> reservoirs = new java.util.TreeMap<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        org.tarikh.job.InputGuard guard = new org.tarikh.job.InputGuard(java.time.LocalDate.now(),
                org.tarikh.job.Limits.DEFAULT_MAX_FUTURE_DAYS, org.tarikh.job.Limits.DEFAULT_MAX_ARTICLE_CHARS);
        try (ArticleSource source = new ArticleSource(corpus)) {
            while (source.hasNext()) {
                if (!(guard.check(source.next()) instanceof Article a)) {
                    continue;
                }
                String key = a.source() == null ? "" : a.source();
                List<Article> r = reservoirs.computeIfAbsent(key, k -> new ArrayList<>());
                int k = seen.merge(key, 1, Integer::sum);
                if (r.size() < n) {
                    r.add(a);
                } else {
                    int j = random.nextInt(k);
                    if (j < n) {
                        r.set(j, a);
                    }
                }
            }
        }
        for (List<Article> r : reservoirs.values()) {
            java.util.Collections.shuffle(r, random);
        }
        List<Article> out = new ArrayList<>();
        for (int round = 0; out.size() < n; round++) {
            boolean any = false;
            for (List<Article> r : reservoirs.values()) {
                if (round < r.size() && out.size() < n) {
                    out.add(r.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    public static long chars(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.text().length()).sum();
    }

    /** Stock HeidelTime standalone, one reused instance, one thread. */
    static Result baseline(List<Article> articles, int warmup) throws Exception {
        try (StockHeidelTime stock = new StockHeidelTime()) {
            for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
                stock.process(articles.get(i).text(), articles.get(i).dct());
            }
            long[] timexes = {0};
            double seconds = timed(() -> {
                for (Article a : articles) {
                    timexes[0] += stock.process(a.text(), a.dct()).timexCount();
                }
            });
            return new Result("stock HeidelTime (baseline)", 1, articles.size(), chars(articles), seconds,
                    peakHeap(), timexes[0], null);
        }
    }

    /**
     * Tarikh's per-article path (annotate, anchor, order) on {@code threads} threads with one
     * pipeline each; fills {@code out} with each article's result, in article order.
     */
    static Result tarikh(String name, List<Article> articles, Acceleration acceleration, int threads, int warmup,
            AnnotatedArticle[] out, AnnotatedArticle[] reference) throws Exception {
        List<TemporalPipeline> pipelines = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                // built on this thread, before any worker starts (HeidelTime's singletons are unsynchronized)
                TemporalPipeline p = TemporalPipeline.create(acceleration);
                for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
                    p.tag(articles.get(i).text(), articles.get(i).dct());
                }
                pipelines.add(p);
            }
            AtomicInteger next = new AtomicInteger();
            IntConsumer worker = t -> {
                TemporalPipeline p = pipelines.get(t);
                for (int i; (i = next.getAndIncrement()) < articles.size();) {
                    Article a = articles.get(i);
                    out[i] = ArticleProcessor.annotate(p, a, a.contentHash());
                }
            };
            resetPeakHeap();
            double seconds = timed(() -> runOn(threads, worker));
            long timexes = 0;
            for (AnnotatedArticle a : out) {
                timexes += a.timexes().size();
            }
            Boolean identical = reference == null ? null : sameOutput(reference, out);
            long retries = pipelines.stream().mapToLong(TemporalPipeline::retries).sum();
            String fallback = pipelines.stream().map(TemporalPipeline::fallback).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            return new Result(name, threads, articles.size(), chars(articles), seconds, peakHeap(), timexes,
                    identical, retries, fallback);
        } finally {
            pipelines.forEach(TemporalPipeline::close);
        }
    }

    /** Same expressions (offsets, text, type, value, mod, quant, freq, id) and same events. */
    static boolean sameOutput(AnnotatedArticle[] a, AnnotatedArticle[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].timexes().equals(b[i].timexes()) || !a[i].events().equals(b[i].events())) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first article whose output differs, or -1. */
    static int firstDifference(AnnotatedArticle[] a, AnnotatedArticle[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!a[i].timexes().equals(b[i].timexes()) || !a[i].events().equals(b[i].events())) {
                return i;
            }
        }
        return -1;
    }

    private static void runOn(int threads, IntConsumer worker) {
        if (threads == 1) {
            worker.accept(0);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit(() -> worker.accept(id)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("benchmark worker failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    interface Body {
        void run() throws Exception;
    }

    static double timed(Body body) {
        resetPeakHeap();
        long start = System.nanoTime();
        try {
            body.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak use since the last reset (an upper bound of the true peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: what the run really keeps. */
    static long liveHeap() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
