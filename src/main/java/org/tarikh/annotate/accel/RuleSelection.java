package org.tarikh.annotate.accel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accelerator's access to HeidelTime's rules ({@link HeidelTimeRules}) and the rule filter
 * derived from them ({@link RuleFilter}).
 * <p>
 * Both are JVM-wide because what they stand for is: HeidelTime keeps one rule manager per
 * language for the whole JVM. They are immutable once built, and built once, under a lock,
 * before worker threads start (the first engine is built on the calling thread). Per-document
 * state is not here: it is in the CAS ({@code RuleGate}) and in the {@link RulePlan} bound while
 * HeidelTime runs.
 */
public final class RuleSelection {

    private static RuleSelection installed;

    private final HeidelTimeRules heidelTime;
    private final RuleFilter filter;

    private RuleSelection(HeidelTimeRules heidelTime) {
        this.heidelTime = heidelTime;
        this.filter = new RuleFilter(heidelTime.rules(), RuleDerivations.standard());
    }

    /**
     * The accelerator's access to HeidelTime, installed on first use.
     *
     * @throws IllegalStateException if it cannot be installed (not the HeidelTime this was written for)
     */
    public static synchronized RuleSelection get() {
        if (installed == null) {
            installed = new RuleSelection(new ReflectiveHeidelTimeRules());
        }
        return installed;
    }

    /** The rule filter (see {@link #get()}). */
    public static RuleFilter filter() {
        return get().filter;
    }

    RuleFilter ruleFilter() {
        return filter;
    }

    public HeidelTimeRules heidelTime() {
        return heidelTime;
    }

    /**
     * A plan running only the rules of {@code document}, or, if {@code sentences} is given (one
     * set per sentence HeidelTime will see, in index order), only each sentence's own rules;
     * {@code withheld} rule names are left out (a test seam: it breaks losslessness on purpose).
     */
    RulePlan plan(BitSet document, List<BitSet> sentences, Set<String> withheld) {
        List<Set<Pattern>> perSentence = null;
        if (sentences != null) {
            perSentence = new ArrayList<>(sentences.size());
            for (BitSet b : sentences) {
                perSentence.add(patterns(b, withheld));
            }
        }
        return new RulePlan(patterns(document, withheld), perSentence);
    }

    private Set<Pattern> patterns(BitSet ruleIndexes, Set<String> withheld) {
        Set<Pattern> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int r = ruleIndexes.nextSetBit(0); r >= 0; r = ruleIndexes.nextSetBit(r + 1)) {
            RuleFilter.Rule rule = filter.rules().get(r);
            if (!withheld.contains(rule.name())) {
                chosen.add(rule.pattern());
            }
        }
        return chosen;
    }
}
