package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.tarikh.chronology.EventSimilarity;
import org.tarikh.eval.EventEvaluation;
import org.tarikh.eval.EventGold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "eval-events", mixinStandardHelpOptions = true,
        description = {"Scores chronologies against the event gold (src/eval/events): the gold articles go through",
                "the real pipeline into a temporary database, each topic's chronology is built for its query, and",
                "gold happenings are matched by their trigger. B-cubed precision/recall/F1 merged and without",
                "merging, entries mixing gold happenings, event date accuracy with anchoring and normalization",
                "errors apart. docs/chronology.md explains the figures."})
public class EvalEventsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "src/eval/events",
            description = "Directory of event gold topic files (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/saudinewsnet",
            description = "SaudiNewsNet daily zip files the gold refers to (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--threshold", paramLabel = "X", description = "Merge threshold: the mean score a cluster needs"
            + " (default: the built-in one).")
    Double threshold;

    @Option(names = "--sweep", split = ",", paramLabel = "X,Y,...", description = "Score several merge thresholds"
            + " on one ingestion (prints one summary line each).")
    List<Double> sweep;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "15",
            description = "How many errors to list per topic (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--view", paramLabel = "query|every", defaultValue = "query",
            description = "Which chronology each topic is scored on: query (its query, as timeline --query builds it)"
                    + " or every (each topic ingested alone, every event of its articles shown; default: ${DEFAULT-VALUE}).")
    EventEvaluation.View view;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        org.slf4j.Logger flyway = org.slf4j.LoggerFactory.getLogger("org.flywaydb");
        if (flyway instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        List<EventGold> topics;
        try {
            topics = EventGold.readDirectory(gold, corpus);
        } catch (IOException | RuntimeException e) {
            err.println("tarikh eval-events: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (topics.isEmpty()) {
            err.println("tarikh eval-events: no topic files in " + gold);
            return ExitCodes.FAILED;
        }
        if (view == EventEvaluation.View.every && sweep != null && !sweep.isEmpty()) {
            err.println("tarikh eval-events: --sweep scores the query view only");
            return ExitCodes.USAGE;
        }
        DataSource ds = view == EventEvaluation.View.query ? EventEvaluation.ingest(topics) : null;
        if (sweep != null && !sweep.isEmpty()) {
            for (double t : sweep) {
                EventEvaluation.Result r = EventEvaluation.score(ds, topics, t);
                out.printf(java.util.Locale.ROOT, "threshold %.2f: P %.3f R %.3f F1 %.3f mixed %d largest %d%n", t,
                        r.merged().precision(), r.merged().recall(), r.merged().f1(), r.mixedEntries(),
                        r.topics().stream().mapToInt(EventEvaluation.TopicResult::largestEntry).max().orElse(0));
            }
            out.flush();
            return ExitCodes.OK;
        }
        double t = threshold == null ? EventSimilarity.THRESHOLD : threshold;
        EventEvaluation.Result r = view == EventEvaluation.View.every ? EventEvaluation.scoreEvery(topics, t)
                : EventEvaluation.score(ds, topics, t);
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(EventEvaluation.toMap(r)));
            out.flush();
        } else {
            if (view == EventEvaluation.View.every) {
                out.println("view: every event of each topic's articles (each topic ingested alone; no query)");
            }
            EventEvaluation.printText(r, out, errors);
        }
        return ExitCodes.OK;
    }
}
