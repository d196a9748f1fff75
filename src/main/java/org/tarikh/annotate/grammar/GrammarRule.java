package org.tarikh.annotate.grammar;

import java.util.ArrayList;
import java.util.List;

import org.tarikh.annotate.norm.Lexicon;

/**
 * One line of grammar.txt: a sequence of elements that builds a piece of category {@code result}
 * through a composer. {@code emit} rules produce expressions; {@code emit!} ones ({@code override})
 * also replace an earlier expression that their context words cover. An element is a category or a quoted word, optionally followed by "?".
 */
record GrammarRule(String id, String result, boolean emit, boolean override, String composer, List<Element> elements) {

    /**
     * A category (NUM, MONTH …) or a literal word key; optional elements may be absent. A context
     * element ("<" before the expression, ">" after it) must match but stays outside the extent.
     */
    record Element(String category, String word, boolean optional, boolean context) {
    }

    static List<GrammarRule> load() {
        List<GrammarRule> rules = new ArrayList<>();
        for (String[] r : Lexicon.table("grammar/grammar.txt")) {
            if (r.length != 5) {
                throw new IllegalStateException("grammar.txt: expected id, result, emit|part, composer, pattern: "
                        + String.join(" | ", r));
            }
            List<Element> elements = new ArrayList<>();
            for (String e : r[4].trim().split("\\s+")) {
                boolean optional = e.endsWith("?");
                String s = optional ? e.substring(0, e.length() - 1) : e;
                boolean context = s.startsWith("<") || s.startsWith(">");
                s = context ? s.substring(1) : s;
                elements.add(s.startsWith("'")
                        ? new Element(null, Lexicon.key(s.substring(1, s.length() - 1)), optional, context)
                        : new Element(s, null, optional, context));
            }
            rules.add(new GrammarRule(r[0], r[1], r[2].startsWith("emit"), r[2].equals("emit!"), r[3],
                    List.copyOf(elements)));
        }
        return List.copyOf(rules);
    }
}
