package org.tarikh.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tarikh.annotate.StockHeidelTime;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleSource;
import org.tarikh.job.InputGuard;
import org.tarikh.job.Limits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Stock HeidelTime's whole process on an input file, for {@code bench}'s fresh-JVM rows: the
 * articles are read and guarded as {@code tag} reads them, then annotated one after another by
 * one {@link StockHeidelTime} (the standalone front end, as its authors ship it). Prints the
 * number of articles and expressions; logs when the first article was annotated, counted from
 * JVM start, in the same words as {@code tag} and {@code run}. Hidden: a measuring instrument,
 * not a user command.
 */
@Command(name = "stock-heideltime", hidden = true,
        description = "Stock HeidelTime standalone on a file of articles (bench's whole-process baseline).")
public class StockProcessCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StockProcessCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", required = true, description = "An input file in any format 'run' reads.")
    Path input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InputGuard guard = new InputGuard(java.time.LocalDate.now(), Limits.DEFAULT_MAX_FUTURE_DAYS,
                Limits.DEFAULT_MAX_ARTICLE_CHARS);
        long articles = 0;
        long timexes = 0;
        try (StockHeidelTime stock = new StockHeidelTime(); ArticleSource source = new ArticleSource(List.of(input))) {
            while (source.hasNext()) {
                if (guard.check(source.next()) instanceof Article a) {
                    timexes += stock.process(a.text(), a.dct()).timexCount();
                    if (articles++ == 0) {
                        LOG.info("{} {} s after JVM start", org.tarikh.annotate.PipelinePool.FIRST_ARTICLE,
                                String.format(Locale.ROOT, "%.2f",
                                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "stock HeidelTime: %d articles, %d expressions%n", articles, timexes);
        out.flush();
        return 0;
    }
}
