package org.tarikh.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A developer's robustness check on real, unannotated news (formerly a {@code main} in
 * src/test): runs HeidelTime alone and Tarikh's pipeline over the first articles of a corpus,
 * checks the offset contract of every expression and prints the time per article and, on request,
 * every expression Tarikh found with its context for eyeballing. Accuracy is {@code eval}'s job,
 * throughput with a baseline {@code bench}'s.
 */
@Command(name = "check-news", mixinStandardHelpOptions = true,
        description = {"Developer check on real news: HeidelTime alone and Tarikh's pipeline on the first N",
                "articles; checks the offset contract (begin < end, text = the covered substring, in text",
                "order without overlap, a value) and prints ms/article. Exit code 1 on a violation."})
public class CheckNewsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", required = true,
            description = "Corpus folder or files, read as `run` reads them (e.g. ../shared/corpora/saudinewsnet).")
    List<Path> corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "50",
            description = "Articles to check (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--print", description = "Print every expression Tarikh found, with 25 characters of context.")
    boolean print;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> sample = Benchmark.sample(corpus, articles);
        if (sample.isEmpty()) {
            out.println("no articles found in " + corpus);
            return 1;
        }
        int violations = 0;
        for (String which : new String[] {"heideltime-only", "tarikh"}) {
            try (TemporalPipeline p = which.equals("tarikh") ? TemporalPipeline.create() : TemporalPipeline.heidelTimeOnly()) {
                for (int w = 0; w < Math.min(5, sample.size()); w++) {
                    p.tag(sample.get(w).text(), sample.get(w).dct()); // warm-up
                }
                long t0 = System.nanoTime();
                int count = 0;
                int bad = 0;
                for (Article a : sample) {
                    List<Timex> timexes = p.tag(a.text(), a.dct()).timexes();
                    count += timexes.size();
                    for (String problem : contractViolations(a.text(), timexes)) {
                        bad++;
                        out.println("BAD " + a.id() + ": " + problem);
                    }
                    if (print && which.equals("tarikh")) {
                        for (Timex t : timexes) {
                            out.printf("%s %s %s %s «%s» ctx «%s»%n", a.id(), a.dct(), t.type(),
                                    t.value() + (t.mod() == null ? "" : " " + t.mod()), t.text(), context(a.text(), t));
                        }
                    }
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                out.printf(Locale.ROOT, "%s: %d articles, %d expressions, %d contract violations, %.1f ms/article%n",
                        which, sample.size(), count, bad, ms / sample.size());
                out.flush();
                violations += bad;
            }
        }
        return violations == 0 ? 0 : 1;
    }

    /** What is wrong with {@code timexes} as offsets into {@code text}; empty when nothing is. */
    static List<String> contractViolations(String text, List<Timex> timexes) {
        List<String> problems = new ArrayList<>();
        int prevEnd = -1;
        for (Timex t : timexes) {
            if (t.begin() < 0 || t.end() > text.length() || t.begin() >= t.end()) {
                problems.add("offsets [" + t.begin() + ", " + t.end() + ") outside the text or empty: " + t);
            } else if (!text.substring(t.begin(), t.end()).equals(t.text())) {
                problems.add("text «" + t.text() + "» is not the covered substring «"
                        + text.substring(t.begin(), t.end()) + "»: " + t);
            }
            if (t.begin() < prevEnd) {
                problems.add("overlaps or precedes the expression before it: " + t);
            }
            if (t.value() == null) {
                problems.add("no value: " + t);
            }
            prevEnd = Math.max(prevEnd, t.end());
        }
        return problems;
    }

    private static String context(String text, Timex t) {
        return text.substring(Math.max(0, t.begin() - 25), Math.min(text.length(), t.end() + 25)).replace('\n', ' ');
    }
}
