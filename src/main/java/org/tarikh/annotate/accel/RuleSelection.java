package org.tarikh.annotate.accel;

import java.lang.reflect.Field;
import java.util.BitSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.NormalizationManager;
import de.unihd.dbs.uima.annotator.heideltime.resources.RePatternManager;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;

/**
 * Lets each thread choose which of HeidelTime's rules run on its current document, without
 * changing HeidelTime or what other threads see.
 * <p>
 * HeidelTime keeps its rules in one {@link RuleManager} per language for the whole JVM and
 * hands the same maps to every engine, so removing rules from them would change every thread's
 * output. Instead, the four pattern maps are replaced, once, by {@link RuleView}s: maps that
 * contain the same rules, but whose key set is filtered by the calling thread's current
 * selection. With no selection (the default, and always on threads that do not accelerate)
 * a view is indistinguishable from the original map, so the reference path is unchanged.
 * <p>
 * HeidelTime only reads the maps through {@code keySet()} and {@code get()} (it sorts the keys
 * by rule name for every sentence), which is what the views filter.
 */
public final class RuleSelection {

    /** The language HeidelTime is configured for (see HeidelTimeSetup). */
    static final Language LANGUAGE = Language.ARABIC;
    private static final String[] PATTERN_FIELDS = {"hmDatePattern", "hmTimePattern", "hmDurationPattern", "hmSetPattern"};

    private static final ThreadLocal<Plan> ACTIVE = new ThreadLocal<>();
    private static volatile RuleFilter filter;
    private static volatile RerunTracker tracker;

    private RuleSelection() {
    }

    /**
     * Loads HeidelTime's resources (in the order HeidelTime does, under our lock, so that no
     * two threads ever race on its unsynchronized singletons), derives the rule filter and
     * installs the views. Idempotent; call before worker threads start.
     */
    public static RuleFilter filter() {
        RuleFilter f = filter;
        if (f == null) {
            synchronized (RuleSelection.class) {
                f = filter;
                if (f == null) {
                    NormalizationManager.getInstance(LANGUAGE, false);
                    RePatternManager.getInstance(LANGUAGE, false);
                    RuleManager rm = RuleManager.getInstance(LANGUAGE, false);
                    Map<Pattern, String> all = new HashMap<>();
                    for (String field : PATTERN_FIELDS) {
                        all.putAll(install(rm, field));
                    }
                    tracker = RerunTracker.install();
                    f = new RuleFilter(all);
                    filter = f;
                }
            }
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    private static Map<Pattern, String> install(RuleManager rm, String fieldName) {
        try {
            Field field = RuleManager.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            HashMap<Pattern, String> current = (HashMap<Pattern, String>) field.get(rm);
            if (current instanceof RuleView view) {
                return view.all;
            }
            // HeidelTime asks for the DATE rules first for every sentence: that call marks the next sentence
            field.set(rm, new RuleView(current, fieldName.equals(PATTERN_FIELDS[0])));
            return current;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install rule selection on HeidelTime's " + fieldName
                    + " (is this HeidelTime 2.2.1?)", e);
        }
    }

    /**
     * From now until {@link #clear()}, this thread's HeidelTime runs only the rules of
     * {@code document}, or, if {@code sentences} is given (one set per sentence HeidelTime will
     * see, in index order), only each sentence's own rules.
     */
    static void select(BitSet document, List<BitSet> sentences) {
        List<Set<Pattern>> perSentence = null;
        if (sentences != null && tracker != null && tracker.active()) {
            perSentence = new ArrayList<>(sentences.size());
            for (BitSet b : sentences) {
                perSentence.add(patterns(b));
            }
        }
        ACTIVE.set(new Plan(patterns(document), perSentence));
    }

    private static Set<Pattern> patterns(BitSet ruleIndexes) {
        RuleFilter f = filter();
        Set<Pattern> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int r = ruleIndexes.nextSetBit(0); r >= 0; r = ruleIndexes.nextSetBit(r + 1)) {
            chosen.add(f.rules().get(r).pattern());
        }
        return chosen;
    }

    /**
     * Ends this thread's selection; HeidelTime runs every rule again. Returns false if a
     * per-sentence plan went out of step with the sentences HeidelTime actually visited: then
     * the document's result cannot be trusted and it must be annotated again without one.
     */
    public static boolean clear() {
        Plan plan = ACTIVE.get();
        ACTIVE.remove();
        boolean aligned = plan == null || plan.sentences == null
                || (!plan.misaligned && !plan.rerun && plan.cursor == plan.sentences.size() - 1);
        if (!aligned) {
            MISALIGNED.set(true);
        }
        return aligned;
    }

    /** Whether a plan went out of step since the last call on this thread (and forget it). */
    public static boolean takeMisalignment() {
        boolean m = Boolean.TRUE.equals(MISALIGNED.get());
        MISALIGNED.remove();
        return m;
    }

    private static final ThreadLocal<Boolean> MISALIGNED = new ThreadLocal<>();

    /** Per-sentence plans are switched off on this thread while {@code body} runs (the safe retry). */
    public static <T> T withoutPerSentencePlans(java.util.function.Supplier<T> body) {
        boolean before = Boolean.TRUE.equals(NO_PLANS.get());
        NO_PLANS.set(true);
        try {
            return body.get();
        } finally {
            NO_PLANS.set(before);
        }
    }

    static boolean perSentencePlansAllowed() {
        return !Boolean.TRUE.equals(NO_PLANS.get());
    }

    private static final ThreadLocal<Boolean> NO_PLANS = new ThreadLocal<>();

    /**
     * A thread's rule choice for its current document. With per-sentence sets, {@code cursor}
     * follows HeidelTime through the sentences: each request for the DATE rules starts the next
     * sentence, except while HeidelTime re-runs a sentence after a NullPointerException
     * ({@link RerunTracker} sets {@code rerun} from HeidelTime's own messages).
     */
    static final class Plan {
        final Set<Pattern> document;
        final List<Set<Pattern>> sentences;
        int cursor = -1;
        boolean rerun;
        boolean misaligned;

        Plan(Set<Pattern> document, List<Set<Pattern>> sentences) {
            this.document = document;
            this.sentences = sentences;
        }

        Set<Pattern> rules(boolean sentenceStarts) {
            if (sentences == null) {
                return document;
            }
            if (sentenceStarts && !rerun) {
                cursor++;
            }
            if (cursor < 0 || cursor >= sentences.size()) {
                misaligned = true; // the document's set is a safe superset; clear() reports it anyway
                return document;
            }
            return sentences.get(cursor);
        }
    }

    /** Called by the tracker, on the thread HeidelTime runs on. */
    static void rerunStarts() {
        Plan plan = ACTIVE.get();
        if (plan != null) {
            plan.rerun = true;
        }
    }

    static void rerunEnds() {
        Plan plan = ACTIVE.get();
        if (plan != null) {
            plan.rerun = false;
        }
    }

    /** A rule map whose key set is narrowed by the calling thread's selection, if it has one. */
    static final class RuleView extends HashMap<Pattern, String> {

        private static final long serialVersionUID = 1L;
        final Map<Pattern, String> all;
        private final boolean sentenceStarts;

        RuleView(Map<Pattern, String> all, boolean sentenceStarts) {
            super(all); // HashMap's own fields stay consistent for any method not overridden
            this.all = Map.copyOf(all);
            this.sentenceStarts = sentenceStarts;
        }

        /** HeidelTime's only way in: Toolbox.sortByValue copies the key set, per sentence and type. */
        @Override
        public Set<Pattern> keySet() {
            Plan plan = ACTIVE.get();
            if (plan == null) {
                return super.keySet();
            }
            Set<Pattern> chosen = plan.rules(sentenceStarts);
            Set<Pattern> keys = new LinkedHashSet<>();
            for (Pattern p : super.keySet()) {
                if (chosen.contains(p)) {
                    keys.add(p);
                }
            }
            return keys;
        }

        // HeidelTime 2.2.1 reads these maps only through keySet() and get(); anything else would
        // see all rules, which is always correct (extra rules find nothing where they cannot match).
    }
}
