package org.tarikh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.article.Article;

/** {@link Benchmark#randomSample}: seeded, spread over the sources, never the first N in reading order. */
class BenchmarkSampleTest {

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String source : List.of("alpha", "beta", "gamma")) {
            for (int i = 0; i < 20; i++) {
                lines.add("{\"id\":\"" + source + "-" + i + "\",\"published\":\"2015-07-20\",\"source\":\"" + source
                        + "\",\"text\":\"وصل الوفد الأربعاء إلى الرياض رقم " + i + ".\"}");
            }
        }
        Path file = dir.resolve("corpus.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void theSameSeedGivesTheSameSampleSpreadOverEverySource() throws Exception {
        Path file = corpus();
        List<Article> a = Benchmark.randomSample(List.of(file), 9, 7);
        List<Article> b = Benchmark.randomSample(List.of(file), 9, 7);
        assertThat(a).extracting(Article::id).containsExactlyElementsOf(b.stream().map(Article::id).toList());
        Map<String, Long> perSource = a.stream().collect(Collectors.groupingBy(Article::source, Collectors.counting()));
        assertThat(perSource).containsOnly(Map.entry("alpha", 3L), Map.entry("beta", 3L), Map.entry("gamma", 3L));
        // not the first articles of the file, and another seed draws others
        assertThat(a).extracting(Article::id).isNotEqualTo(Benchmark.sample(List.of(file), 9).stream().map(Article::id).toList());
        assertThat(Benchmark.randomSample(List.of(file), 9, 8)).extracting(Article::id)
                .isNotEqualTo(a.stream().map(Article::id).toList());
    }

    @Test
    void aSampleLargerThanTheCorpusTakesEveryArticleOnce() throws Exception {
        List<Article> all = Benchmark.randomSample(List.of(corpus()), 100, 1);
        assertThat(all).hasSize(60);
        assertThat(all.stream().map(Article::id).distinct()).hasSize(60);
    }
}
