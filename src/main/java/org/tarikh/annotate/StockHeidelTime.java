package org.tarikh.annotate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

/**
 * Stock HeidelTime 2.2.1 as its own authors ship it: the standalone front end
 * {@link HeidelTimeStandalone} (Arabic, news, TimeML output, no POS tagger, so its own
 * language-independent tokenizer), not Tarikh's pipeline. The one set-up of it in the project,
 * shared by the baseline of {@code eval} ({@code org.tarikh.eval.StockHeidelTimeSystem}) and of
 * {@code bench} ({@code org.tarikh.bench.Benchmark}), so both measure the same thing.
 * <p>
 * The standalone reads a {@code config.props} into a JVM-wide {@link Config} the first time it
 * is built; only the MAIN switches and the UIMA variable names matter without external taggers,
 * so we hand it {@link #config()} in memory rather than a file, and every instance sees the same.
 * <p>
 * The standalone catches exceptions of HeidelTime itself (e.g. a NullPointerException on «كل يوم
 * جمعة»), prints their stack trace to standard error and logs "Processing aborted due to errors"
 * at WARNING; {@link #process} keeps the trace off the console and reports both in its
 * {@link Output}, and the caller decides what they mean. One document at a time per instance.
 */
public final class StockHeidelTime implements AutoCloseable {

    /** Strong references: a JUL logger's level is lost when the logger is collected. */
    private static final Logger STANDALONE_LOG = Logger.getLogger("HeidelTimeStandalone");
    private static final Logger FORMATTER_LOG = Logger.getLogger("TimeMLResultFormatter");

    /** What one document gave: TimeML, the standalone's warnings, and what it printed to standard error. */
    public record Output(String timeml, List<String> warnings, String stderr) {

        /** Sentences HeidelTime cut short by its own caught NullPointerException (the rest goes untagged). */
        public int interruptedSentences() {
            return stderr.split("execution has been interrupted", -1).length - 1;
        }

        public int timexCount() {
            int n = 0;
            if (timeml != null) {
                for (int i = timeml.indexOf("<TIMEX3"); i >= 0; i = timeml.indexOf("<TIMEX3", i + 1)) {
                    n++;
                }
            }
            return n;
        }
    }

    private final List<String> warnings = new ArrayList<>();
    private final Handler warningListener = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final HeidelTimeStandalone standalone;

    /**
     * Builds the standalone engine.
     *
     * @throws IllegalStateException if HeidelTime warns while it is being built (e.g. its type
     *         system or resources cannot be found), with its words
     */
    public StockHeidelTime() throws Exception {
        HeidelTimeSetup.prepareJvm();
        quiet(STANDALONE_LOG);
        quiet(FORMATTER_LOG);
        STANDALONE_LOG.addHandler(warningListener);
        try {
            synchronized (StockHeidelTime.class) {
                if (!Config.isInitialized()) {
                    Config.setProps(config());
                }
            }
            standalone = silently(() -> new HeidelTimeStandalone(Language.ARABIC, DocumentType.NEWS,
                    OutputType.TIMEML, null, POSTagger.NO), new StringBuilder());
            if (!warnings.isEmpty()) {
                throw new IllegalStateException(String.join("; ", warnings));
            }
        } catch (Exception | LinkageError e) {
            STANDALONE_LOG.removeHandler(warningListener);
            throw e;
        } finally {
            HeidelTimeSetup.prepareJvm(); // it may have changed JVM-wide settings; put ours back
        }
    }

    /** How this baseline is set up, for reports. */
    public static String description() {
        return "HeidelTimeStandalone 2.2.1 (ARABIC, NEWS, TIMEML, POSTagger.NO)";
    }

    /**
     * The standalone's config.props, MAIN section: every type on, temponyms off, HeidelTime's own
     * type system descriptors (inside its jar).
     */
    static Properties config() {
        Properties p = new Properties();
        p.setProperty(Config.CONSIDER_DATE, "true");
        p.setProperty(Config.CONSIDER_DURATION, "true");
        p.setProperty(Config.CONSIDER_SET, "true");
        p.setProperty(Config.CONSIDER_TIME, "true");
        p.setProperty(Config.CONSIDER_TEMPONYM, "false");
        p.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty(Config.TYPESYSTEMHOME_DKPRO, "desc/type/DKPro_TypeSystem.xml");
        p.setProperty(Config.UIMAVAR_DATE, "Date");
        p.setProperty(Config.UIMAVAR_DURATION, "Duration");
        p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
        p.setProperty(Config.UIMAVAR_SET, "Set");
        p.setProperty(Config.UIMAVAR_TIME, "Time");
        p.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
        p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
        return p;
    }

    /**
     * Tags one document. The DCT is given as the start of its day in the JVM's default time zone,
     * because the standalone formats the {@link Date} back to a day in that zone.
     */
    public Output process(String text, LocalDate dct) throws Exception {
        Date date = Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant());
        warnings.clear();
        StringBuilder trace = new StringBuilder();
        String timeml = silently(() -> standalone.process(text, date), trace);
        return new Output(timeml, List.copyOf(warnings), trace.toString());
    }

    private static void quiet(Logger l) {
        l.setLevel(Level.WARNING);
        l.setUseParentHandlers(false);
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    /**
     * Runs {@code call} with what this thread prints on standard error (the standalone prints
     * stack traces there itself) captured into {@code captured}, through the JVM's one
     * {@link HeidelTimeOutput} router: no second replacement of {@code System.err}, so engines
     * running on other threads keep theirs.
     */
    private static <T> T silently(Call<T> call, StringBuilder captured) throws Exception {
        HeidelTimeSetup.prepareJvm();
        Exception[] failure = new Exception[1];
        T out = HeidelTimeOutput.during(line -> captured.append(line).append('\n'), () -> {
            try {
                return call.call();
            } catch (Exception e) {
                failure[0] = e;
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return out;
    }

    @Override
    public void close() {
        STANDALONE_LOG.removeHandler(warningListener);
    }
}
