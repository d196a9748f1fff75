package org.tarikh.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind one row of the report (overall, a type or a phenomenon) and the metrics
 * derived from them. A ratio with a zero denominator is undefined and reported as null.
 */
public final class Counts {

    /** Gold expressions in the row. */
    int gold;
    /** System expressions in the row: those matched to its gold plus its own spurious ones. */
    int system;
    /** Relaxed matches with identical extent. */
    int strict;
    /** One-to-one overlap matches. */
    int relaxed;
    /** Relaxed matches whose type is right. */
    int typeOk;
    /** Relaxed matches whose value and mod are both right. */
    int valueOk;
    /** Relaxed matches whose value is right, whatever the mod. */
    int valueOnlyOk;
    /** TRAP spans in the row and how many of them a system expression overlaps. */
    int traps;
    int trapsTagged;

    public int gold() {
        return gold;
    }

    public int system() {
        return system;
    }

    public int strict() {
        return strict;
    }

    public int relaxed() {
        return relaxed;
    }

    public int traps() {
        return traps;
    }

    public int trapsTagged() {
        return trapsTagged;
    }

    public Double strictPrecision() {
        return ratio(strict, system);
    }

    public Double strictRecall() {
        return ratio(strict, gold);
    }

    public Double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public Double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public Double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public Double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Among relaxed matches. */
    public Double typeAccuracy() {
        return ratio(typeOk, relaxed);
    }

    /** Among relaxed matches: value and mod equal. */
    public Double valueAccuracy() {
        return ratio(valueOk, relaxed);
    }

    /** Among relaxed matches: value equal, mod ignored. */
    public Double valueOnlyAccuracy() {
        return ratio(valueOnlyOk, relaxed);
    }

    /** F1 where a system expression is correct only if relaxed-matched with the right value and mod. */
    public Double valueF1() {
        return f1(ratio(valueOk, system), ratio(valueOk, gold));
    }

    static Double ratio(int num, int den) {
        return den == 0 ? null : (double) num / den;
    }

    static Double f1(Double p, Double r) {
        if (p == null || r == null) {
            return null;
        }
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The row as JSON-ready fields: raw counts first, then metrics. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", gold);
        m.put("system", system);
        m.put("strictMatches", strict);
        m.put("relaxedMatches", relaxed);
        m.put("strictPrecision", strictPrecision());
        m.put("strictRecall", strictRecall());
        m.put("strictF1", strictF1());
        m.put("relaxedPrecision", relaxedPrecision());
        m.put("relaxedRecall", relaxedRecall());
        m.put("relaxedF1", relaxedF1());
        m.put("typeAccuracy", typeAccuracy());
        m.put("valueAccuracy", valueAccuracy());
        m.put("valueOnlyAccuracy", valueOnlyAccuracy());
        m.put("valueF1", valueF1());
        m.put("traps", traps);
        m.put("trapsTagged", trapsTagged);
        return m;
    }
}
