package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints how long analysis and merging take on archive-sized input: the first sentences of
 * every SaudiNewsNet article (read at run time from /work/shared/corpora/saudinewsnet, never
 * committed) as events, dated around the article's day (a fixed seed: day, some month
 * precision). Not part of the default suite (the name does not end in Test); run it with
 * {@code mvn -o test -Dtest=ChronologyBenchmark}, or with {@code main} on the test classpath.
 */
class ChronologyBenchmark {

    public static void main(String[] args) throws IOException {
        new ChronologyBenchmark().analysisAndMergeOnTheArchive();
    }

    static final Path CORPUS = Path.of(System.getProperty("tarikh.corpus", "/work/shared/corpora/saudinewsnet"));
    /** How many events to make (the first sentences of the first articles), -Dtarikh.events=N. */
    static final int EVENTS = Integer.getInteger("tarikh.events", 3000);

    @Test
    void analysisAndMergeOnTheArchive() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        List<String[]> sentences = new ArrayList<>(); // {text, date}
        try (var zips = Files.list(CORPUS)) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                for (JsonNode a : read(zip)) {
                    String content = a.path("content").asString("");
                    String date = a.path("date_extracted").asString("2015-07-21").substring(0, 10);
                    String[] parts = content.split("[.!؟\\n]+");
                    int taken = 0;
                    for (String p : parts) {
                        if (p.strip().length() > 40 && taken < 3 && sentences.size() < EVENTS) {
                            sentences.add(new String[] {p.strip(), date});
                            taken++;
                        }
                    }
                }
            }
        }
        Random random = new Random(42);
        long t0 = System.nanoTime();
        List<SourceEvent> events = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i)[0];
            LocalDate dct = LocalDate.parse(sentences.get(i)[1]);
            boolean month = random.nextInt(5) == 0;
            String value = month ? dct.toString().substring(0, 7) : dct.minusDays(random.nextInt(3)).toString();
            TimeInterval in = TimexIntervals.of(value, null, dct).orElseThrow();
            events.add(new SourceEvent("a" + i / 3, i % 3, 0, text.length(), text, in.start(), in.end(),
                    in.granularity().name(), false, "x", "DATE", value, null, -1, -1, dct, null, null, null,
                    ArabicTerms.of(text)));
        }
        long t1 = System.nanoTime();
        events.sort(java.util.Comparator.comparing(SourceEvent::start).thenComparing(SourceEvent::until));
        Map<String, Integer> df = new HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", events.size());
        MergeRule.Weights w = MergeRule.Weights.of(df);
        long t2 = System.nanoTime();
        Chronology all = ChronologyBuilder.build(ChronologyFilter.ALL, events, MergeRule.DEFAULT, w, true);
        long t3 = System.nanoTime();
        List<String> q = ArabicTerms.of("السعودية");
        List<SourceEvent> subset = events.stream().filter(e -> e.terms().containsAll(q)).toList();
        long t4 = System.nanoTime();
        Chronology some = ChronologyBuilder.build(ChronologyFilter.ALL, subset, MergeRule.DEFAULT, w, true);
        long t5 = System.nanoTime();
        System.out.printf("chronology benchmark: %d events from %d sentences of %s%n", events.size(), sentences.size(), CORPUS);
        System.out.printf("  ArabicTerms analysis: %.1f s (%.0f events/s)%n", (t1 - t0) / 1e9, events.size() / ((t1 - t0) / 1e9));
        System.out.printf("  document frequencies: %.2f s%n", (t2 - t1) / 1e9);
        System.out.printf("  merge, all events:    %.1f s -> %d entries, %d merged (%d events in merged entries)%n",
                (t3 - t2) / 1e9, all.entries().size(), all.mergedEntries(),
                all.entries().stream().filter(e -> e.sources().size() > 1).mapToInt(e -> e.sources().size()).sum());
        System.out.printf("  merge, query «السعودية» (%d events): %.2f s -> %d entries, %d merged%n", subset.size(),
                (t5 - t4) / 1e9, some.entries().size(), some.mergedEntries());
        all.entries().stream().filter(e -> e.sources().size() > 2).limit(3).forEach(e -> {
            System.out.println("  sample merged entry " + e.precision().display() + ":");
            e.sources().stream().limit(4).forEach(s -> System.out.println("    " + ChronologyText(s.text())));
            e.links().stream().limit(2).forEach(l -> System.out.println("    " + l.explain()));
        });
        assertThat(all.sourceEvents()).isEqualTo(events.size());
    }

    private static String ChronologyText(String s) {
        return s.length() <= 150 ? s : s.substring(0, 149) + "…";
    }

    private static List<JsonNode> read(Path zip) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().endsWith(".json")) {
                    JsonNode arr = JsonMapper.builder().build().readTree((InputStream) new NonClosing(in));
                    arr.forEach(out::add);
                }
            }
        }
        return out;
    }

    /** Jackson closes the stream it reads; the zip stream must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
