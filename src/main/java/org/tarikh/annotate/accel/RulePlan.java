package org.tarikh.annotate.accel;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules HeidelTime runs on one document: one set for the whole document, or one set per
 * sentence HeidelTime will visit, in index order.
 * <p>
 * With per-sentence sets the plan follows HeidelTime through the sentences: HeidelTime asks for
 * the DATE rules first for every sentence, so each such request starts the next sentence, except
 * while HeidelTime re-runs a sentence. It does that when a NullPointerException escapes its rule
 * matching (a POS-constrained rule meeting a token without POS): it prints "Re-running this
 * sentence with DEBUGGING enabled...", runs the same sentence once more (the same requests), and
 * prints "Execution will now resume.". Those two messages, printed by the thread that runs the
 * document, reach the plan through {@link HeidelTimeRules#heidelTimePrinted(String)}
 * ({@code HeidelTimeOutput} hands an engine thread's lines to it). Anything that does not fit
 * (more or fewer sentences than planned, a re-run that does not end) marks the plan
 * {@link #misaligned()}: the document is then annotated again without per-sentence sets.
 * <p>
 * Used by the one thread that runs the document; not thread-safe.
 */
public final class RulePlan {

    /** HeidelTime 2.2.1's messages around a sentence re-run (printed by its printError). */
    static final String RERUN = "Re-running this sentence with DEBUGGING enabled...";
    static final String RESUME = "Execution will now resume.";
    /** The type index of the DATE rules, which HeidelTime asks for first for every sentence. */
    static final int DATE = 0;

    private final Set<Pattern> document;
    private final List<Set<Pattern>> sentences;
    private int cursor = -1;
    private boolean rerun;
    private boolean misaligned;

    RulePlan(Set<Pattern> document, List<Set<Pattern>> sentences) {
        this.document = document;
        this.sentences = sentences;
    }

    /** The rules HeidelTime may run for its current request ({@code type}: see {@link ReflectiveHeidelTimeRules#PATTERN_FIELDS}). */
    Set<Pattern> rules(int type) {
        if (sentences == null) {
            return document;
        }
        if (type == DATE && !rerun) {
            cursor++;
        }
        if (cursor < 0 || cursor >= sentences.size()) {
            misaligned = true; // the document's set is a safe superset; the document is annotated again anyway
            return document;
        }
        return sentences.get(cursor);
    }

    /** One line HeidelTime printed on the thread running this plan's document. */
    void printed(String line) {
        if (line.endsWith(RERUN)) {
            rerun = true;
        } else if (line.endsWith(RESUME)) {
            rerun = false;
        }
    }

    /** Whether per-sentence sets went out of step with the sentences HeidelTime visited. */
    boolean misaligned() {
        return sentences != null && (misaligned || rerun || cursor != sentences.size() - 1);
    }
}
