package org.tarikh.annotate;

/**
 * Which lossless accelerations the annotation pipeline uses (see {@code docs/performance.md}).
 * They only change <em>what HeidelTime is run on</em>, never what it finds; switching them off
 * gives the reference path the benchmark compares against.
 * <p>
 * From system properties: {@code -Dtarikh.accelerate=false} switches everything off;
 * {@code -Dtarikh.accelerate.sentences=false}, {@code -Dtarikh.accelerate.rules=false},
 * {@code -Dtarikh.accelerate.sentence-rules=false} one part each.
 *
 * @param skipSentences    hide from HeidelTime the sentences in which none of its rules can match
 * @param selectRules      run, per document and thread, only the rules that can match somewhere in it
 * @param perSentenceRules narrow that further to the rules that can match each sentence (needs selectRules)
 */
public record Acceleration(boolean skipSentences, boolean selectRules, boolean perSentenceRules) {

    public static final Acceleration OFF = new Acceleration(false, false, false);
    public static final Acceleration ON = new Acceleration(true, true, true);

    public static final String PROPERTY = "tarikh.accelerate";

    public boolean any() {
        return skipSentences || selectRules;
    }

    public static Acceleration fromSystemProperties() {
        if (!flag(PROPERTY)) {
            return OFF;
        }
        return new Acceleration(flag(PROPERTY + ".sentences"), flag(PROPERTY + ".rules"),
                flag(PROPERTY + ".sentence-rules"));
    }

    private static boolean flag(String name) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() || !(v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off") || v.equals("0"));
    }

    @Override
    public String toString() {
        if (!any()) {
            return "off";
        }
        return (skipSentences ? "sentences" : "") + (skipSentences && selectRules ? "+" : "")
                + (selectRules ? (perSentenceRules ? "rules per sentence" : "rules per document") : "");
    }
}
