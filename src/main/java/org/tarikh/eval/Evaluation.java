package org.tarikh.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.annotate.Timex;

/** Runs systems over gold documents and scores them. */
public final class Evaluation {

    private Evaluation() {
    }

    public static SystemResult run(EvalSystem system, List<GoldDocument> gold) {
        long t0 = System.nanoTime();
        Scorer scorer = new Scorer();
        Map<String, String> failures = new LinkedHashMap<>();
        List<EvalError> errors = new ArrayList<>();
        for (GoldDocument doc : gold) {
            List<Timex> out;
            try {
                out = system.tag(doc.text(), doc.dct(), doc.time());
            } catch (Exception | StackOverflowError e) {
                // One bad document must not end the evaluation: it scores as "no output".
                failures.put(doc.id(), e.toString());
                out = List.of();
            }
            Alignment a = new Alignment(doc, out);
            scorer.add(a);
            errors.addAll(errors(a));
        }
        return new SystemResult(system.name(), system.note(), gold.size(), failures, scorer, errors,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Every disagreement of one document, in text order. */
    public static List<EvalError> errors(Alignment a) {
        List<EvalError> errors = new ArrayList<>();
        GoldDocument doc = a.doc();
        for (int g = 0; g < doc.timexes().size(); g++) {
            GoldTimex gt = doc.timexes().get(g);
            Timex s = a.matchOf(g);
            if (s == null) {
                errors.add(new EvalError(doc.id(), "missed", gt.begin(), gt.end(), describe(gt), null));
                continue;
            }
            List<String> kinds = new ArrayList<>();
            if (!a.strict(g)) {
                kinds.add("extent");
            }
            if (!Alignment.typeOk(gt, s)) {
                kinds.add("type");
            }
            if (!Alignment.valueOk(gt, s)) {
                kinds.add("value");
            }
            if (!kinds.isEmpty()) {
                errors.add(new EvalError(doc.id(), String.join("+", kinds), gt.begin(), gt.end(), describe(gt),
                        describe(s)));
            }
        }
        for (int s = 0; s < a.system().size(); s++) {
            if (a.goldOf(s) >= 0) {
                continue;
            }
            int si = s;
            boolean onTrap = doc.traps().stream().anyMatch(t -> a.overlaps(si, t));
            Timex st = a.system().get(s);
            errors.add(new EvalError(doc.id(), onTrap ? "spurious-on-trap" : "spurious", st.begin(), st.end(), null,
                    describe(st)));
        }
        errors.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return errors;
    }

    static String describe(GoldTimex t) {
        return "«" + t.text() + "» " + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod());
    }

    static String describe(Timex t) {
        return "«" + t.text() + "» " + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod())
                + (t.rule() == null ? "" : " [" + t.rule() + "]");
    }
}
