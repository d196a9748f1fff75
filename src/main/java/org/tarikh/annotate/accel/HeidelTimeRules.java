package org.tarikh.annotate.accel;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the accelerator needs from HeidelTime, in one place: the extraction rules it runs,
 * a way to let HeidelTime, on one thread, run only the rules a {@link RulePlan} chooses, and
 * what HeidelTime prints on that thread (its only sign that it re-runs a sentence).
 * HeidelTime 2.2.1 offers neither, so the one implementation ({@link ReflectiveHeidelTimeRules})
 * reaches into its {@code RuleManager}; whether that still works with the HeidelTime on the
 * class path is checked at start-up by annotating a probe text with and without acceleration
 * ({@code AccelerationCheck}); if it does not, Tarikh annotates on the reference path.
 */
public interface HeidelTimeRules {

    /** Every DATE, TIME, DURATION and SET extraction rule: its compiled pattern and its name. */
    Map<Pattern, String> rules();

    /**
     * Until {@link #unbind()}, HeidelTime running on the calling thread asks {@code plan} which
     * rules to run for each sentence and type; other threads are not affected.
     */
    void bind(RulePlan plan);

    /**
     * A line HeidelTime printed on the calling thread while it ran a document: tells the bound
     * plan, if any, when HeidelTime re-runs a sentence (see {@link RulePlan}).
     */
    void heidelTimePrinted(String line);

    /** HeidelTime on the calling thread runs every rule again; returns the plan that was bound, if any. */
    RulePlan unbind();
}
