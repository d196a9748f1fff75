package org.tarikh;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JFR event for the time one stage of the pipeline spends on one article or one chunk, so that
 * a Java Flight Recording ({@code bench --profile}, or {@code -XX:StartFlightRecording} on any
 * command, viewed in JDK Mission Control) shows where a run's time goes. Costs next to nothing
 * when no recording is on: {@link #start} returns null and {@link #end} does nothing.
 * <p>
 * Stages: {@value #READ}, {@value #GUARD}, {@value #UNCHANGED}, {@value #ANNOTATE_PREPARE},
 * {@value #ANNOTATE_HEIDELTIME}, {@value #ANNOTATE_TARIKH}, {@value #ANCHOR}, {@value #WRITE} (a chunk),
 * {@value #SEARCH_TERMS} (inside write), {@value #COMMIT} (a chunk).
 */
@Name("tarikh.Stage")
@Label("Tarikh stage")
@Category("Tarikh")
@Description("Time one stage of the pipeline spent on one article or one chunk")
@StackTrace(false)
public final class StageEvent extends Event {

    public static final String READ = "read";
    public static final String GUARD = "guard";
    public static final String UNCHANGED = "unchanged check";
    public static final String ANNOTATE_PREPARE = "annotate: view, sentences, tokens";
    public static final String ANNOTATE_HEIDELTIME = "annotate: HeidelTime";
    public static final String ANNOTATE_TARIKH = "annotate: Tarikh's layers";
    public static final String ANCHOR = "anchor events";
    public static final String WRITE = "write";
    public static final String SEARCH_TERMS = "search terms";
    public static final String COMMIT = "commit";

    @Label("Stage")
    public String stage;

    @Label("Component")
    @Description("The UIMA annotator, for the annotate stages")
    public String component;

    /** A started event for {@code stage}, or null when no recording wants it. */
    public static StageEvent start(String stage) {
        return start(stage, null);
    }

    public static StageEvent start(String stage, String component) {
        StageEvent e = new StageEvent();
        if (!e.isEnabled()) {
            return null;
        }
        e.stage = stage;
        e.component = component;
        e.begin();
        return e;
    }

    /** Ends and records {@code e}, if it was started. */
    public static void end(StageEvent e) {
        if (e != null) {
            e.commit();
        }
    }
}
