package org.tarikh.annotate.accel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * For each HeidelTime extraction rule, a cheap test that is false only when the rule's regex
 * cannot match a sentence: the sentence lacks every literal the rule needs (derived from the
 * rule's expanded regex by {@link RegexLiterals}), or, for rules that begin with a
 * {@code (...)*} group, the rest of the rule finds nothing (same existence, linear cost).
 * <p>

 * A rule whose regex does not match a sentence does nothing in HeidelTime for that sentence
 * (no annotation, no counter, no exception), so skipping it there changes nothing.
 * Immutable and thread-safe.
 */
public final class RuleFilter {

    /** One extraction rule: its HeidelTime pattern object, name, and test. */
    record Rule(int index, String name, Pattern pattern, int[][] clauses, Pattern probe) {

        boolean always() {
            return clauses == null;
        }
    }

    private final List<Rule> rules;
    private final LiteralScanner scanner;
    /** literal id → indexes of the rules that need it. */
    private final int[][] rulesByLiteral;
    private final BitSet alwaysRules = new BitSet();

    /** @param patterns every rule's pattern and name, in any order; derived afresh */
    RuleFilter(Map<Pattern, String> patterns) {
        this(patterns, new RuleDerivations(null));
    }

    /**
     * @param patterns    every rule's pattern and name, in any order
     * @param derivations where each rule's literals and probe come from: a file written by an earlier
     *                    process for the same rules and code, else derived (the costliest part of building the first
     *                    engine, during which the other threads wait: see PipelinePool)
     */
    RuleFilter(Map<Pattern, String> patterns, RuleDerivations derivations) {
        Map<String, Integer> literalIds = new LinkedHashMap<>();
        List<Rule> list = new ArrayList<>();
        Map<Integer, List<Integer>> byLiteral = new HashMap<>();
        List<Map.Entry<Pattern, String>> sorted = patterns.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList();
        List<RuleDerivations.Derived> derived = derivations.of(sorted.stream().map(Map.Entry::getKey).toList());
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<Pattern, String> e = sorted.get(i);
            RuleDerivations.Derived d = derived.get(i);
            int index = list.size();
            List<Set<String>> required = d.required();
            int[][] ids = null;
            if (required != null) {
                ids = required.stream()
                        .map(clause -> clause.stream()
                                .mapToInt(s -> literalIds.computeIfAbsent(s, k -> literalIds.size())).toArray())
                        .toArray(int[][]::new);
                // a rule is woken by its first clause and then checked against all
                for (int id : ids[0]) {
                    byLiteral.computeIfAbsent(id, k -> new ArrayList<>()).add(index);
                }
            } else {
                alwaysRules.set(index);
            }
            Pattern probe = d.probe() == null ? null : Pattern.compile(d.probe(), e.getKey().flags());
            list.add(new Rule(index, e.getValue(), e.getKey(), ids, probe));
        }
        this.rules = List.copyOf(list);
        this.scanner = new LiteralScanner(new ArrayList<>(literalIds.keySet()));
        this.rulesByLiteral = new int[literalIds.size()][];
        for (int id = 0; id < rulesByLiteral.length; id++) {
            rulesByLiteral[id] = byLiteral.getOrDefault(id, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    List<Rule> rules() {
        return rules;
    }


    public int size() {
        return rules.size();
    }

    /** The indexes of the rules that may match text[from, to). */
    public BitSet possibleRules(String text, int from, int to) {
        BitSet literalsFound = new BitSet();
        scanner.scan(text, from, to, literalsFound);
        BitSet possible = (BitSet) alwaysRules.clone();
        for (int id = literalsFound.nextSetBit(0); id >= 0; id = literalsFound.nextSetBit(id + 1)) {
            for (int r : rulesByLiteral[id]) {
                possible.set(r);
            }
        }
        CharSequence sentence = null;
        for (int r = possible.nextSetBit(0); r >= 0; r = possible.nextSetBit(r + 1)) {
            if (!allClausesHold(rules.get(r), literalsFound)) {
                possible.clear(r);
                continue;
            }
            Pattern probe = rules.get(r).probe();
            if (probe != null) {
                if (sentence == null) {
                    sentence = text.substring(from, to); // what HeidelTime matches: the covered text
                }
                if (!probe.matcher(sentence).find()) {
                    possible.clear(r);
                }
            }
        }
        return possible;
    }

    private static boolean allClausesHold(Rule rule, BitSet literalsFound) {
        if (rule.clauses() == null) {
            return true;
        }
        for (int[] clause : rule.clauses()) {
            boolean any = false;
            for (int id : clause) {
                if (literalsFound.get(id)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
