package org.tarikh.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The results of several systems on one gold set, as a text table or as JSON-ready maps. */
public record EvalReport(String goldDir, List<GoldDocument> gold, List<SystemResult> systems) {

    public int goldTimexes() {
        return gold.stream().mapToInt(d -> d.timexes().size()).sum();
    }

    public int goldTraps() {
        return gold.stream().mapToInt(d -> d.traps().size()).sum();
    }

    /** Stable JSON shape for tooling: add fields, never rename or remove them. */
    public Map<String, Object> toMap(int maxErrors) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("dir", goldDir);
        g.put("documents", gold.size());
        g.put("timexes", goldTimexes());
        g.put("traps", goldTraps());
        m.put("gold", g);
        List<Map<String, Object>> list = new ArrayList<>();
        for (SystemResult r : systems) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", r.name());
            s.put("note", r.note());
            s.put("documents", r.documents());
            s.put("failedDocuments", r.failures().size());
            s.put("failures", r.failures());
            s.put("millis", r.millis());
            s.put("overall", r.scores().overall().toMap());
            s.put("types", rows(r.scores().byType()));
            s.put("phenomena", rows(r.scores().byPhenomenon()));
            s.put("errorCount", r.errors().size());
            s.put("errors", r.errors().subList(0, Math.min(maxErrors, r.errors().size())));
            list.add(s);
        }
        m.put("systems", list);
        return m;
    }

    private static Map<String, Object> rows(Map<String, Counts> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        rows.forEach((k, v) -> m.put(k, v.toMap()));
        return m;
    }

    /** The readable table; errors are listed for the first system only (Tarikh). */
    public void printText(PrintWriter out, int maxErrors) {
        out.printf("Gold: %s — %d documents, %d TIMEX3, %d TRAP%n", goldDir, gold.size(), goldTimexes(), goldTraps());
        int width = systems.stream().mapToInt(s -> s.name().length()).max().orElse(6);
        for (SystemResult r : systems) {
            out.printf("  %-" + width + "s  %s; %d documents in %.1f s, %d failed%s%n", r.name(),
                    r.note() == null ? "" : r.note(), r.documents(), r.millis() / 1000.0, r.failures().size(),
                    r.failures().isEmpty() ? "" : ": " + r.failures());
        }
        out.println();
        out.println("Strict = same begin and end; relaxed = one-to-one overlap. type/value/v-only: accuracy over");
        out.println("relaxed matches (value = value and mod equal; v-only ignores mod). value-F1: relaxed match");
        out.println("with the right value and mod. \"-\" = undefined (nothing to divide by).");
        out.println();
        String rowName = "%-17s";
        String header = String.format(Locale.ROOT, rowName + " %-" + width + "s %5s %5s | %5s %5s %5s | %5s %5s %5s | %5s %5s %6s | %5s",
                "", "system", "gold", "sys", "P", "R", "F1", "P", "R", "F1", "type", "value", "v-only", "valF1");
        String groups = String.format(Locale.ROOT, rowName + " %-" + width + "s %11s | %-17s | %-17s | %-19s |",
                "", "", "", "strict", "relaxed", "accuracy");
        out.println(groups);
        out.println(header);
        out.println("-".repeat(header.length()));
        section(out, "overall", r -> r.scores().overall(), width);
        for (String type : Scorer.TYPES) {
            section(out, type, r -> r.scores().byType().get(type), width);
        }
        out.println();
        out.println("Per phenomenon (gold whose phen has the label; system = matched to it + overlapping its TRAPs):");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (String label : Phenomena.LABELS) {
            section(out, label, r -> r.scores().byPhenomenon().get(label), width);
        }
        if (!systems.isEmpty() && maxErrors > 0) {
            SystemResult first = systems.get(0);
            List<EvalError> errors = first.errors();
            out.println();
            out.printf("Errors of %s: %d (showing %d)%n", first.name(), errors.size(), Math.min(maxErrors, errors.size()));
            for (EvalError e : errors.subList(0, Math.min(maxErrors, errors.size()))) {
                out.printf("  %-6s %-18s [%d,%d)%n", e.doc(), e.kind(), e.begin(), e.end());
                if (e.expected() != null) {
                    out.println("         expected " + e.expected());
                }
                if (e.got() != null) {
                    out.println("         got      " + e.got());
                }
            }
        }
        out.flush();
    }

    private void section(PrintWriter out, String name, Function<SystemResult, Counts> row, int width) {
        boolean first = true;
        for (SystemResult r : systems) {
            Counts c = row.apply(r);
            out.printf(Locale.ROOT, "%-17s %-" + width + "s %5d %5d | %5s %5s %5s | %5s %5s %5s | %5s %5s %6s | %5s%s%n",
                    first ? name : "", r.name(), c.gold(), c.system(),
                    f(c.strictPrecision()), f(c.strictRecall()), f(c.strictF1()),
                    f(c.relaxedPrecision()), f(c.relaxedRecall()), f(c.relaxedF1()),
                    f(c.typeAccuracy()), f(c.valueAccuracy()), f(c.valueOnlyAccuracy()), f(c.valueF1()),
                    c.traps() == 0 ? "" : String.format(Locale.ROOT, "  traps tagged %d/%d", c.trapsTagged(), c.traps()));
            first = false;
        }
    }

    private static String f(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
