package org.tarikh.eval;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

import org.tarikh.annotate.HeidelTimeSetup;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.Timex;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

/**
 * The baseline: stock HeidelTime 2.2.1 as its own authors ship it, through its standalone
 * class {@link HeidelTimeStandalone} (Arabic, news, TimeML output, no POS tagger, so its own
 * language-independent tokenizer), not through Tarikh's sentence splitter and tokenizer.
 * <p>
 * The standalone class needs its {@code config.props}; only the MAIN switches and the UIMA
 * variable names matter without external taggers, so we hand it those properties in memory
 * ({@link Config#setProps}) rather than a file. If the standalone cannot be built, we fall back
 * to {@link TemporalPipeline#heidelTimeOnly()} and say so in {@link #note()}.
 * <p>
 * The standalone catches exceptions of HeidelTime itself (e.g. a NullPointerException on «كل يوم
 * جمعة»), prints their stack trace and logs "Processing aborted due to errors"; we listen to
 * that log record, keep the stack trace off the console, and count the document as failed.
 */
public final class StockHeidelTimeSystem implements EvalSystem {

    /** Strong references: a JUL logger's level is lost when the logger is collected. */
    private static final Logger STANDALONE_LOG = Logger.getLogger("HeidelTimeStandalone");
    private static final Logger FORMATTER_LOG = Logger.getLogger("TimeMLResultFormatter");

    private final HeidelTimeStandalone standalone;
    private final TemporalPipeline fallback;
    private final String note;
    private final List<String> warnings = new ArrayList<>();
    private int interruptedSentences;

    public StockHeidelTimeSystem() {
        HeidelTimeSetup.prepareJvm();
        quiet(STANDALONE_LOG);
        quiet(FORMATTER_LOG);
        STANDALONE_LOG.addHandler(new Handler() {
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
        });
        HeidelTimeStandalone s = null;
        String why = null;
        try {
            if (!Config.isInitialized()) {
                Config.setProps(config());
            }
            warnings.clear();
            s = silently(() -> new HeidelTimeStandalone(Language.ARABIC, DocumentType.NEWS, OutputType.TIMEML, null,
                    POSTagger.NO));
            if (!warnings.isEmpty()) {
                throw new IllegalStateException(String.join("; ", warnings));
            }
        } catch (Exception | LinkageError e) {
            s = null;
            why = e.toString();
        }
        standalone = s;
        if (standalone == null) {
            fallback = TemporalPipeline.heidelTimeOnly();
            note = "HeidelTimeStandalone could not be set up (" + why
                    + "); baseline is TemporalPipeline.heidelTimeOnly()";
        } else {
            fallback = null;
            note = "HeidelTimeStandalone 2.2.1 (ARABIC, NEWS, TIMEML, POSTagger.NO)";
        }
    }

    /** The standalone's config.props, MAIN section: every type on, temponyms off. */
    private static Properties config() {
        Properties p = new Properties();
        p.setProperty("considerDate", "true");
        p.setProperty("considerDuration", "true");
        p.setProperty("considerSet", "true");
        p.setProperty("considerTime", "true");
        p.setProperty("considerTemponym", "false");
        p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
        p.setProperty("uimaVarDate", "Date");
        p.setProperty("uimaVarDuration", "Duration");
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarSet", "Set");
        p.setProperty("uimaVarTime", "Time");
        p.setProperty("uimaVarTemponym", "Temponym");
        p.setProperty("uimaVarTypeToProcess", "Type");
        return p;
    }

    private static void quiet(Logger l) {
        l.setLevel(Level.WARNING);
        l.setUseParentHandlers(false);
    }

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public String note() {
        return interruptedSentences == 0 ? note
                : note + "; " + interruptedSentences + " sentence(s) cut short by HeidelTime's own caught"
                        + " NullPointerException (the rest of such a sentence goes untagged)";
    }

    @Override
    public List<Timex> tag(String text, LocalDate dct) throws Exception {
        if (standalone == null) {
            return fallback.tag(text, dct).timexes();
        }
        Date date = Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant());
        warnings.clear();
        StringBuilder trace = new StringBuilder();
        String out = silently(() -> standalone.process(text, date), trace);
        // HeidelTime catches a NullPointerException of its rules per sentence, prints this, and goes on.
        interruptedSentences += trace.toString().split("execution has been interrupted", -1).length - 1;
        if (!warnings.isEmpty()) {
            String first = trace.toString().lines().findFirst().orElse("");
            throw new IllegalStateException(String.join("; ", warnings) + (first.isEmpty() ? "" : ": " + first));
        }
        if (out == null) {
            throw new IllegalStateException("HeidelTimeStandalone returned no output");
        }
        return TimeMLOutput.parse(out, text);
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T silently(Call<T> call) throws Exception {
        return silently(call, new StringBuilder());
    }

    /**
     * Runs {@code call} with standard error captured into {@code captured}: the standalone
     * prints stack traces there itself. The evaluation is single-threaded, so swapping
     * {@code System.err} for the duration of one call hides nothing of anyone else's.
     */
    private static <T> T silently(Call<T> call, StringBuilder captured) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return call.call();
        } finally {
            System.setErr(err);
            captured.append(buf.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        if (fallback != null) {
            fallback.close();
        }
    }
}
