package org.tarikh.annotate.accel;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.NormalizationManager;
import de.unihd.dbs.uima.annotator.heideltime.resources.RePatternManager;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;

/**
 * {@link HeidelTimeRules} for HeidelTime 2.2.1, the only class that touches HeidelTime's
 * internals: it reads the four private pattern maps of the Arabic {@link RuleManager} by
 * reflection and replaces each, once, by a {@link RuleView}.
 * <p>
 * HeidelTime keeps its rules in one {@code RuleManager} per language for the whole JVM and hands
 * the same maps to every engine, so removing rules from them would change every thread's output.
 * A view contains the same rules, but its key set is filtered by the plan bound to the calling
 * thread, if any. With no plan (the default, and always on threads that do not accelerate) a view
 * is indistinguishable from the original map, so the reference path is unchanged. HeidelTime only
 * reads the maps through {@code keySet()} (once per sentence and type, in {@code Toolbox.sortByValue})
 * and {@code get()}.
 * <p>
 * Because the maps are JVM-wide and HeidelTime calls them with nothing but the thread to tell
 * engines apart, the binding of a plan is by thread ({@link #plans}); it exists only while a
 * document is inside HeidelTime ({@code RuleGate} binds, {@code RuleGate.Restore} unbinds).
 */
final class ReflectiveHeidelTimeRules implements HeidelTimeRules {

    /** The language HeidelTime is configured for (see HeidelTimeSetup). */
    static final Language LANGUAGE = Language.ARABIC;
    /** RuleManager's fields; the first (DATE) is the type HeidelTime asks for first for every sentence. */
    static final String[] PATTERN_FIELDS = {"hmDatePattern", "hmTimePattern", "hmSetPattern", "hmDurationPattern"};

    private final Map<Pattern, String> rules;
    private final Map<Thread, RulePlan> plans = new ConcurrentHashMap<>();

    /**
     * Loads HeidelTime's resources (in the order HeidelTime does, so that no two threads race on
     * its unsynchronized singletons: the caller holds a lock) and installs the views.
     *
     * @throws IllegalStateException if HeidelTime's rule manager is not what this class expects
     */
    ReflectiveHeidelTimeRules() {
        NormalizationManager.getInstance(LANGUAGE, false);
        RePatternManager.getInstance(LANGUAGE, false);
        RuleManager rm = RuleManager.getInstance(LANGUAGE, false);
        Map<Pattern, String> all = new HashMap<>();
        for (int type = 0; type < PATTERN_FIELDS.length; type++) {
            all.putAll(install(rm, PATTERN_FIELDS[type], type));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("HeidelTime's rule manager has no rules");
        }
        this.rules = Map.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private Map<Pattern, String> install(RuleManager rm, String fieldName, int type) {
        try {
            Field field = RuleManager.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            HashMap<Pattern, String> current = (HashMap<Pattern, String>) field.get(rm);
            if (current instanceof RuleView view) {
                return view.all; // installed before (another instance of this class in the same JVM)
            }
            field.set(rm, new RuleView(current, type, plans));
            return current;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install rule selection on HeidelTime's " + fieldName
                    + " (is this HeidelTime 2.2.1?): " + e, e);
        }
    }

    @Override
    public Map<Pattern, String> rules() {
        return rules;
    }

    @Override
    public void bind(RulePlan plan) {
        plans.put(Thread.currentThread(), plan);
    }

    @Override
    public void heidelTimePrinted(String line) {
        RulePlan plan = plans.get(Thread.currentThread());
        if (plan != null) {
            plan.printed(line);
        }
    }

    @Override
    public RulePlan unbind() {
        return plans.remove(Thread.currentThread());
    }

    /** A rule map whose key set is narrowed by the plan bound to the calling thread, if any. */
    static final class RuleView extends HashMap<Pattern, String> {

        private static final long serialVersionUID = 1L;
        final transient Map<Pattern, String> all;
        private final int type;
        private final transient Map<Thread, RulePlan> plans;

        RuleView(Map<Pattern, String> all, int type, Map<Thread, RulePlan> plans) {
            super(all); // HashMap's own fields stay consistent for any method not overridden
            this.all = Map.copyOf(all);
            this.type = type;
            this.plans = plans;
        }

        /** HeidelTime's only way in: Toolbox.sortByValue copies the key set, per sentence and type. */
        @Override
        public Set<Pattern> keySet() {
            RulePlan plan = plans.get(Thread.currentThread());
            if (plan == null) {
                return super.keySet();
            }
            Set<Pattern> chosen = plan.rules(type);
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
