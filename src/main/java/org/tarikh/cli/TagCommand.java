package org.tarikh.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleParser;
import org.tarikh.article.Origin;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;
import org.tarikh.export.TagJson;
import org.tarikh.job.ArticleProcessor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Annotation only, no database: JSON Lines articles in, one JSON line per article out:",
                "{\"id\", \"timexes\":[{\"begin\",\"end\",\"text\",\"type\",\"value\",\"mod\"}], \"events\":[...]}",
                "Rejected lines are reported on standard error; exit code 3 if there were any."})
public class TagCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE|-", defaultValue = "-", description = "JSON Lines input (default: stdin).")
    String input;

    @Option(names = "--output", paramLabel = "FILE|-", defaultValue = "-", description = "JSON Lines output (default: stdout).")
    String output;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Annotation threads, one engine each (default: all cores). Output keeps input order.")
    int threads;

    /** One input line's result: a JSON line for stdout, or a rejection for stderr. */
    private record Result(String json, Rejection rejection) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        int rejected = 0;
        String name = input.equals("-") ? "stdin" : input;
        ExecutorService workers = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "tarikh-tag");
            th.setDaemon(true);
            return th;
        });
        // built here, before any worker runs (HeidelTime's singletons are not thread-safe to create)
        try (PipelinePool pipelines = new PipelinePool(TemporalPipeline::create);
             BufferedReader in = input.equals("-")
                     ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                     : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
             BufferedWriter out = output.equals("-")
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            // results are written in input order; at most a few lines per thread are in flight
            Deque<Future<Result>> inFlight = new ArrayDeque<>();
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                Origin origin = new Origin(name, n);
                inFlight.add(workers.submit(() -> tagLine(pipelines, text, origin)));
                while (inFlight.size() > 4 * t || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    rejected += write(inFlight.poll().get(), out, err);
                }
            }
            while (!inFlight.isEmpty()) {
                rejected += write(inFlight.poll().get(), out, err);
            }
        } finally {
            workers.shutdownNow();
        }
        return rejected > 0 ? ExitCodes.COMPLETED_WITH_REJECTIONS : ExitCodes.OK;
    }

    private static int write(Result r, BufferedWriter out, PrintWriter err) throws IOException {
        if (r.json() != null) {
            out.write(r.json());
            out.newLine();
            out.flush();
            return 0;
        }
        Rejection rej = r.rejection();
        err.println(rej.origin() + ": rejected (" + rej.reason().words() + "): " + rej.detail());
        err.flush();
        return 1;
    }

    private static Result tagLine(PipelinePool pipelines, String line, Origin origin) {
        SourceRecord record;
        try {
            record = ArticleParser.parse(JSON.readTree(line), null, "line-" + origin.line(), origin);
        } catch (JacksonException e) {
            record = new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
        }
        if (record instanceof Article article) {
            try {
                return new Result(JSON.writeValueAsString(
                        TagJson.of(ArticleProcessor.annotate(pipelines.get(), article, article.contentHash()))), null);
            } catch (RuntimeException e) {
                record = new Rejection(origin, article.id(), Rejection.Reason.ANNOTATION_FAILED, e.getMessage());
            }
        }
        return new Result(null, (Rejection) record);
    }
}
