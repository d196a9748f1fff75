package org.tarikh.annotate.accel;

import java.lang.reflect.Field;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
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

    private static final ThreadLocal<Set<Pattern>> ACTIVE = new ThreadLocal<>();
    private static volatile RuleFilter filter;

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
            field.set(rm, new RuleView(current));
            return current;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install rule selection on HeidelTime's " + fieldName
                    + " (is this HeidelTime 2.2.1?)", e);
        }
    }

    /** From now until {@link #clear()}, this thread's HeidelTime runs only these rules. */
    static void select(BitSet ruleIndexes) {
        RuleFilter f = filter();
        Set<Pattern> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int r = ruleIndexes.nextSetBit(0); r >= 0; r = ruleIndexes.nextSetBit(r + 1)) {
            chosen.add(f.rules().get(r).pattern());
        }
        ACTIVE.set(chosen);
    }

    /** This thread's HeidelTime runs every rule again. */
    public static void clear() {
        ACTIVE.remove();
    }

    /** A rule map whose key set is narrowed by the calling thread's selection, if it has one. */
    static final class RuleView extends HashMap<Pattern, String> {

        private static final long serialVersionUID = 1L;
        final Map<Pattern, String> all;

        RuleView(Map<Pattern, String> all) {
            super(all); // HashMap's own fields stay consistent for any method not overridden
            this.all = Map.copyOf(all);
        }

        @Override
        public Set<Pattern> keySet() {
            Set<Pattern> chosen = ACTIVE.get();
            if (chosen == null) {
                return super.keySet();
            }
            Set<Pattern> keys = new LinkedHashSet<>();
            for (Pattern p : super.keySet()) {
                if (chosen.contains(p)) {
                    keys.add(p);
                }
            }
            return keys;
        }

        @Override
        public Set<Map.Entry<Pattern, String>> entrySet() {
            Set<Pattern> chosen = ACTIVE.get();
            if (chosen == null) {
                return super.entrySet();
            }
            Set<Map.Entry<Pattern, String>> entries = new LinkedHashSet<>();
            for (Map.Entry<Pattern, String> e : super.entrySet()) {
                if (chosen.contains(e.getKey())) {
                    entries.add(Map.entry(e.getKey(), e.getValue()));
                }
            }
            return entries;
        }

        @Override
        public Collection<String> values() {
            Set<Pattern> chosen = ACTIVE.get();
            return chosen == null ? super.values() : entrySet().stream().map(Map.Entry::getValue).toList();
        }

        @Override
        public int size() {
            Set<Pattern> chosen = ACTIVE.get();
            return chosen == null ? super.size() : keySet().size();
        }

        @Override
        public boolean isEmpty() {
            return size() == 0;
        }
    }
}
