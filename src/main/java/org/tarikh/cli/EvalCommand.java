package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tarikh.eval.EvalReport;
import org.tarikh.eval.EvalSystem;
import org.tarikh.eval.Evaluation;
import org.tarikh.eval.GoldDocument;
import org.tarikh.eval.GoldFormatException;
import org.tarikh.eval.StockHeidelTimeSystem;
import org.tarikh.eval.SystemResult;
import org.tarikh.eval.TarikhSystem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Tarikh and stock HeidelTime against the gold annotations (TempEval-3 style:",
                "strict and relaxed extent P/R/F1, type and value accuracy, value-F1; overall, per type and",
                "per phenomenon). docs/evaluation.md defines the metrics."})
public class EvalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "src/eval/gold",
            description = "Directory of gold .tml files (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "20",
            description = "How many of Tarikh's errors to list (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldDocument> docs;
        try {
            docs = GoldDocument.readDirectory(gold);
        } catch (IOException | GoldFormatException e) {
            err.println("tarikh eval: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (docs.isEmpty()) {
            err.println("tarikh eval: no .tml files in " + gold);
            return ExitCodes.FAILED;
        }
        List<SystemResult> results = new ArrayList<>();
        // One system at a time, so only one set of HeidelTime engines is alive.
        for (int i = 0; i < 2; i++) {
            try (EvalSystem system = i == 0 ? new TarikhSystem() : new StockHeidelTimeSystem()) {
                results.add(Evaluation.run(system, docs));
            }
        }
        EvalReport report = new EvalReport(gold.toString(), docs, results);
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report.toMap(errors)));
            out.flush();
        } else {
            report.printText(out, errors);
        }
        return ExitCodes.OK;
    }
}
