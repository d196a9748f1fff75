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
import java.util.concurrent.Callable;

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

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int rejected = 0;
        try (TemporalPipeline pipeline = TemporalPipeline.create();
             BufferedReader in = input.equals("-")
                     ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                     : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
             BufferedWriter out = output.equals("-")
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            String name = input.equals("-") ? "stdin" : input;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Origin origin = new Origin(name, n);
                SourceRecord record;
                try {
                    record = ArticleParser.parse(JSON.readTree(line), null, "line-" + n, origin);
                } catch (JacksonException e) {
                    record = new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
                }
                if (record instanceof Article article) {
                    try {
                        out.write(JSON.writeValueAsString(
                                TagJson.of(ArticleProcessor.annotate(pipeline, article, article.contentHash()))));
                        out.newLine();
                        out.flush();
                        continue;
                    } catch (RuntimeException e) {
                        record = new Rejection(origin, article.id(), Rejection.Reason.ANNOTATION_FAILED, e.getMessage());
                    }
                }
                Rejection r = (Rejection) record;
                rejected++;
                err.println(r.origin() + ": rejected (" + r.reason().words() + "): " + r.detail());
                err.flush();
            }
        }
        return rejected > 0 ? ExitCodes.COMPLETED_WITH_REJECTIONS : ExitCodes.OK;
    }
}
