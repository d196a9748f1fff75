package org.tarikh.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TimeBudget;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;
import org.tarikh.export.TagJson;
import org.tarikh.job.ArticleProcessor;
import org.tarikh.job.InputGuard;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.Limits;
import org.tarikh.job.Outcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Annotation only, no database: JSON Lines articles in, one JSON line per article out:",
                "{\"id\", \"timexes\":[{\"begin\",\"end\",\"text\",\"type\",\"value\",\"mod\"}], \"events\":[...]}",
                "Input is read and guarded as 'run' reads it (the same formats and rejections, the job's limits:",
                "time budget, article size, future dates, duplicate ids). Rejected lines are reported on",
                "standard error and the stream goes on; exit code 3 if there were any."})
public class TagCommand implements Callable<Integer> {

    /**
     * Built on first use, not when picocli instantiates every subcommand at start-up: Jackson's
     * set-up costs a fraction of a second of CPU that {@code timeline} and {@code export} need not pay.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE|-", defaultValue = "-",
            description = "An input file in any format 'run' reads, or - for JSON Lines on stdin (default).")
    String input;

    @Option(names = "--output", paramLabel = "FILE|-", defaultValue = "-", description = "JSON Lines output (default: stdout).")
    String output;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Annotation threads, one engine each (default: all cores). Output keeps input order.")
    int threads;

    @Option(names = "--job", paramLabel = "FILE", defaultValue = "jobs/nightly.yml",
            description = "Job definition whose 'limits' apply, as in 'run' (default: ${DEFAULT-VALUE} if present, else the defaults).")
    Path job;

    /** One input line's result: a JSON line for stdout, or a rejection for stderr. */
    private record Result(String json, Rejection rejection, org.tarikh.article.Capture capture) {

        Result(String json, Rejection rejection) {
            this(json, rejection, null);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 0) {
            throw new org.tarikh.job.ConfigurationException("--threads must be 0 (all cores) or more, not " + threads);
        }
        Limits limits = (Files.exists(job) || !job.equals(RunCommand.DEFAULT_JOB) ? JobDefinition.read(job)
                : JobDefinition.defaults()).limitsOrDefaults();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        int rejected = 0;
        String name = input.equals("-") ? "stdin" : input;
        InputGuard guard = new InputGuard(java.time.LocalDate.now(), limits.maxFutureDays(), limits.maxArticleChars());
        ExecutorService workers = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "tarikh-tag");
            th.setDaemon(true);
            return th;
        });
        // each worker's engine is built where it annotates (its time-budget worker); the first alone (PipelinePool)
        try (PipelinePool pipelines = PipelinePool.deferred(() -> ArticleProcessor.warmedEngine(TemporalPipeline::create));
             TimeBudget budget = new TimeBudget(limits.budget());
             ArticleSource records = input.equals("-") ? ArticleSource.jsonLines(System.in, name)
                     : new ArticleSource(java.util.List.of(Path.of(input)));
             BufferedWriter out = output.equals("-")
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            // the job's own reader and guards: the same formats and rejections as 'run', size, dates, duplicate ids
            // results are written in input order; at most a few lines per thread are in flight
            Deque<Future<Result>> inFlight = new ArrayDeque<>();
            // start building the engines now, one per worker thread: a fresh fixed pool gives each of its first t
            // tasks a thread of its own, and the articles queue behind them; the first article is annotated as soon
            // as one engine is ready
            List<Future<?>> engines = new ArrayList<>();
            for (int i = 0; i < t; i++) {
                engines.add(workers.submit(() -> budget.call(pipelines::get, () -> null)));
            }
            while (records.hasNext()) {
                failedEngine(engines);
                SourceRecord record = guard.check(records.next());
                inFlight.add(workers.submit(() -> tag(pipelines, budget, record)));
                while (inFlight.size() > 4 * t || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    rejected += write(inFlight.poll().get(), out, err);
                }
            }
            while (!inFlight.isEmpty()) {
                rejected += write(inFlight.poll().get(), out, err);
            }
            for (Future<?> f : engines) {
                f.get(); // an engine that could not be built fails the command, as it did before any article
            }
            pipelines.accelerationNote().ifPresent(err::println); // the self-check fell back: same output, slower
        } finally {
            workers.shutdownNow();
        }
        return rejected > 0 ? ExitCodes.COMPLETED_WITH_REJECTIONS : ExitCodes.OK;
    }

    /** Throws the failure of an engine build that has failed, so that tag stops at once, not article by article. */
    private static void failedEngine(List<Future<?>> engines) throws Exception {
        for (Future<?> f : engines) {
            if (f.isDone()) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        }
    }

    private static int write(Result r, BufferedWriter out, PrintWriter err) throws IOException {
        if (r.json() != null) {
            out.write(r.json());
            out.newLine();
            out.flush();
            return 0;
        }
        if (r.capture() != null) {
            err.println(r.capture().origin() + ": not tagged again, another capture of '" + r.capture().articleId()
                    + "': " + r.capture().detail());
            err.flush();
            return 0;
        }
        Rejection rej = r.rejection();
        err.println(rej.origin() + ": rejected (" + rej.reason().words() + "): " + rej.detail());
        err.flush();
        return 1;
    }

    /** Annotates within the time budget, as the job does; a rejection otherwise. Never throws. */
    private static Result tag(PipelinePool pipelines, TimeBudget budget, SourceRecord record) {
        if (record instanceof Rejection rejection) {
            return new Result(null, rejection);
        }
        if (record instanceof org.tarikh.article.Capture capture) {
            return new Result(null, null, capture); // tagged once, as the article read first
        }
        Article article = (Article) record;
        Outcome outcome = ArticleProcessor.annotateWithin(budget, pipelines, article, article.contentHash());
        if (outcome instanceof Outcome.Annotated a) {
            return new Result(Json.MAPPER.writeValueAsString(TagJson.of(a.article())), null);
        }
        return new Result(null, ((Outcome.Rejected) outcome).rejection());
    }
}
