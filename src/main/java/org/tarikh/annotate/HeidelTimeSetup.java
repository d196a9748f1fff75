package org.tarikh.annotate;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;

/**
 * How Tarikh configures the unmodified HeidelTime annotator: Arabic, news documents, dates,
 * times, durations and sets, no temponyms.
 * <p>
 * HeidelTime has JVM-wide side effects that we contain here, in one place:
 * <ul>
 *   <li>it sets the default locale to {@code Locale.UK} when initialized, and relies on it
 *   for week arithmetic; we set it ourselves before the first engine exists, so the JVM's
 *   locale never changes under running code;</li>
 *   <li>it prints exception traces and debugging straight to {@code System.err}; what an engine
 *   prints goes to the log instead ({@link HeidelTimeOutput}: one router in front of
 *   {@code System.err}, the only stream replacement in Tarikh);</li>
 *   <li>its debug switch is one static flag, which it turns on while it re-runs a sentence after
 *   a NullPointerException; see {@link #quietDebugOutput()};</li>
 *   <li>UIMA logs at INFO through {@code java.util.logging} for every document; we keep a
 *   strong reference to the logger we quiet, because JUL forgets levels of loggers that were
 *   garbage-collected.</li>
 * </ul>
 */
public final class HeidelTimeSetup {

    /** Strong references: a JUL logger's level is lost when the logger is collected. */
    private static final Logger UIMA_LOG = Logger.getLogger("org.apache.uima");
    private static final Logger HEIDELTIME_LOG = Logger.getLogger("de.unihd.dbs");

    private static volatile TypeSystemDescription typeSystem;

    private HeidelTimeSetup() {
    }

    /** Call once per JVM before any engine is built. Idempotent. */
    public static synchronized void prepareJvm() {
        HeidelTimeOutput.install();
        Locale.setDefault(Locale.UK);
        UIMA_LOG.setLevel(Level.WARNING);
        HEIDELTIME_LOG.setLevel(Level.WARNING);
    }

    /**
     * HeidelTime switches its static (JVM-wide) detail logging on while it re-runs a sentence
     * after a NullPointerException, and restores the value it saw; two threads doing this at
     * once can leave it on for good, and other threads print details while it is on. The flag
     * only affects printing, never results (HeidelTime builds every detail message whether it
     * prints it or not), and nothing Tarikh does depends on it any more: the accelerator follows
     * re-runs by HeidelTime's rule requests ({@code RulePlan}), and whatever an engine thread
     * prints is logged at DEBUG ({@link HeidelTimeOutput}), whichever thread turned the flag on.
     * It is switched off after each document so that threads do not pay for printing pages of
     * details nobody reads (we never configure HeidelTime's debugging).
     */
    public static void quietDebugOutput() {
        if (Boolean.TRUE.equals(de.unihd.dbs.uima.annotator.heideltime.utilities.Logger.getPrintDetails())) {
            de.unihd.dbs.uima.annotator.heideltime.utilities.Logger.setPrintDetails(false);
        }
    }

    public static TypeSystemDescription typeSystem() throws ResourceInitializationException {
        TypeSystemDescription ts = typeSystem;
        if (ts == null) {
            synchronized (HeidelTimeSetup.class) {
                ts = typeSystem;
                if (ts == null) {
                    ts = TypeSystemDescriptionFactory.createTypeSystemDescription("desc.type.HeidelTime_TypeSystem",
                            "org.tarikh.annotate.TarikhTypes");
                    typeSystem = ts;
                }
            }
        }
        return ts;
    }

    public static AnalysisEngineDescription heidelTime() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(HeidelTime.class, typeSystem(),
                "Language", "arabic",
                "Type", "news",
                "locale", "en_GB",
                "Date", Boolean.TRUE,
                "Time", Boolean.TRUE,
                "Duration", Boolean.TRUE,
                "Set", Boolean.TRUE,
                "Temponym", Boolean.FALSE,
                "Debugging", Boolean.FALSE,
                "ConvertDurations", Boolean.TRUE);
    }
}
