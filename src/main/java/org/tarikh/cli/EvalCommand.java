package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.tarikh.eval.EvalReport;
import org.tarikh.eval.EvalSystem;
import org.tarikh.eval.Evaluation;
import org.tarikh.eval.GoldDocument;
import org.tarikh.eval.GoldFormatException;
import org.tarikh.eval.PhraseSuite;
import org.tarikh.eval.RealNewsGold;
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
        description = {"Scores Tarikh and stock HeidelTime against gold annotations (TempEval-3 style:",
                "strict and relaxed extent P/R/F1, type and value accuracy, value-F1; overall, per type and",
                "per phenomenon), one report per gold set. docs/evaluation.md defines the metrics and the sets."})
public class EvalCommand implements Callable<Integer> {

    enum Format { text, json }

    /** The gold sets, by the name --set takes. */
    enum GoldSet {
        /** Real SaudiNewsNet articles annotated blind: development part. */
        realnews_dev("src/eval/realnews/dev"),
        /** Real SaudiNewsNet articles annotated blind: the frozen held-out part, never tuned on. */
        realnews_heldout("src/eval/realnews/heldout"),
        /** Everyday phrases, MSA and dialects, against a fixed reference date. */
        phrases("src/eval/phrases/phrases.tsv"),
        /** The two thirds of the phrases that vocabulary work may look at. */
        phrases_dev("src/eval/phrases/phrases.tsv"),
        /** The third of the phrases held out from vocabulary work (p003, p006, …). */
        phrases_heldout("src/eval/phrases/phrases.tsv"),
        /** Texts the team wrote itself (first round): unit-test material, not accuracy claims. */
        team_dev("src/eval/gold"),
        team_heldout("src/eval/heldout");

        final String path;

        GoldSet(String path) {
            this.path = path;
        }

        String label() {
            return name().replace('_', '-');
        }

        static GoldSet parse(String s) {
            return valueOf(s.replace('-', '_').toLowerCase(Locale.ROOT));
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--set", paramLabel = "NAME", split = ",",
            defaultValue = "realnews-dev,realnews-heldout,phrases", converter = SetConverter.class,
            description = "Gold sets to score: realnews-dev, realnews-heldout, phrases (or phrases-dev, "
                    + "phrases-heldout), team-dev, team-heldout "
                    + "(default: ${DEFAULT-VALUE}).")
    List<GoldSet> sets;

    @Option(names = "--gold", paramLabel = "DIR|FILE",
            description = "Score this gold instead of the sets: a directory of .tml files, a real-news "
                    + "annotation directory, or a phrases .tsv file.")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/saudinewsnet",
            description = "The SaudiNewsNet corpus the real-news gold points into (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "20",
            description = "How many of Tarikh's errors to list per set (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    static final class SetConverter implements picocli.CommandLine.ITypeConverter<GoldSet> {
        @Override
        public GoldSet convert(String value) {
            return GoldSet.parse(value);
        }
    }

    /** One gold set as loaded: its documents, and the phrase suite when it is one. */
    private record Loaded(String name, List<GoldDocument> docs, PhraseSuite phrases) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Loaded> loaded = new ArrayList<>();
        try {
            if (gold != null) {
                loaded.add(load(gold.toString(), gold));
            } else {
                for (GoldSet s : sets) {
                    Loaded l = load(s.label(), Path.of(s.path));
                    if (s == GoldSet.phrases_dev || s == GoldSet.phrases_heldout) {
                        l = new Loaded(l.name(), l.phrases().part(s == GoldSet.phrases_heldout).documents(),
                                l.phrases().part(s == GoldSet.phrases_heldout));
                    }
                    loaded.add(l);
                }
            }
        } catch (IOException | GoldFormatException e) {
            err.println("tarikh eval: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        for (Loaded l : loaded) {
            if (l.docs().isEmpty()) {
                err.println("tarikh eval: no gold documents in " + l.name());
                return ExitCodes.FAILED;
            }
        }
        // One system at a time over every set, so only one set of HeidelTime engines is alive.
        Map<String, List<SystemResult>> results = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            try (EvalSystem system = i == 0 ? new TarikhSystem() : new StockHeidelTimeSystem()) {
                for (Loaded l : loaded) {
                    results.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(Evaluation.run(system, l.docs()));
                }
            }
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (Loaded l : loaded) {
            List<SystemResult> r = results.get(l.name());
            EvalReport report = new EvalReport(l.name(), l.docs(), r);
            if (format == Format.json) {
                Map<String, Object> m = report.toMap(errors);
                if (l.phrases() != null) {
                    m.put("phrases", phraseAccuracy(l.phrases(), r));
                }
                json.add(m);
            } else {
                out.println("=".repeat(100));
                report.printText(out, errors);
                if (l.phrases() != null) {
                    printPhrases(out, l.phrases(), r);
                }
                out.println();
            }
        }
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(json.size() == 1 ? json.get(0) : Map.of("sets", json)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Loaded load(String name, Path path) throws IOException {
        if (Files.isRegularFile(path) && path.toString().endsWith(".tsv")) {
            PhraseSuite suite = PhraseSuite.read(path);
            return new Loaded(name, suite.documents(), suite);
        }
        if (RealNewsGold.isRealNewsDirectory(path)) {
            if (!Files.isDirectory(corpus)) {
                throw new IOException("the real-news gold " + path + " needs the shared corpus, not found at " + corpus
                        + " (give it with --corpus DIR)");
            }
            return new Loaded(name, RealNewsGold.read(path, corpus), null);
        }
        return new Loaded(name, GoldDocument.readDirectory(path), null);
    }

    private static Map<String, Object> phraseAccuracy(PhraseSuite suite, List<SystemResult> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SystemResult r : results) {
            Map<String, Object> byDialect = new LinkedHashMap<>();
            suite.correctByDialect(r).forEach((d, c) -> byDialect.put(d, Map.of("right", c[0], "total", c[1])));
            m.put(r.name(), byDialect);
        }
        return m;
    }

    private static void printPhrases(PrintWriter out, PhraseSuite suite, List<SystemResult> results) {
        out.println();
        out.printf("Phrases right (expression found with the gold value and mod), reference %s:%n", suite.referenceTime() == null ? suite.reference() : suite.reference() + "T" + suite.referenceTime());
        for (SystemResult r : results) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-10s", r.name()));
            suite.correctByDialect(r).forEach((d, c) -> sb.append(String.format(Locale.ROOT, "  %s %d/%d (%.1f%%)",
                    d, c[0], c[1], c[1] == 0 ? 0.0 : 100.0 * c[0] / c[1])));
            out.println(sb);
        }
    }
}
