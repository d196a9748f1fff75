package org.tarikh.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

import org.tarikh.annotate.HeidelTimeSetup;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

/**
 * The baseline: stock HeidelTime as its standalone front end runs it (its own tokenizer, no
 * POS tagger, TimeML output), one instance reused for every document.
 */
final class StockHeidelTime {

    /** The standalone logs INFO per document under this name; kept referenced so the level sticks. */
    private static final java.util.logging.Logger STANDALONE_LOG = java.util.logging.Logger.getLogger("HeidelTimeStandalone");

    private final HeidelTimeStandalone standalone;

    StockHeidelTime() {
        HeidelTimeSetup.prepareJvm();
        STANDALONE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (!Config.isInitialized()) {
            // The settings the standalone reads from its config.props; only these matter without
            // an external POS tagger. Set in code so that no file has to exist.
            Properties props = new Properties();
            props.setProperty(Config.CONSIDER_DATE, "true");
            props.setProperty(Config.CONSIDER_DURATION, "true");
            props.setProperty(Config.CONSIDER_SET, "true");
            props.setProperty(Config.CONSIDER_TIME, "true");
            props.setProperty(Config.CONSIDER_TEMPONYM, "false");
            props.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
            props.setProperty(Config.UIMAVAR_DATE, "Date");
            props.setProperty(Config.UIMAVAR_DURATION, "Duration");
            props.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
            props.setProperty(Config.UIMAVAR_SET, "Set");
            props.setProperty(Config.UIMAVAR_TIME, "Time");
            props.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
            props.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
            Config.setProps(props);
        }
        standalone = new HeidelTimeStandalone(Language.ARABIC, DocumentType.NEWS, OutputType.TIMEML, null,
                POSTagger.NO);
        HeidelTimeSetup.prepareJvm(); // it may have changed JVM-wide settings; put ours back
    }

    /** TimeML for one document; counts of TIMEX3 elements are what the benchmark reports. */
    String process(String text, LocalDate dct) {
        try {
            return standalone.process(text, Date.from(dct.atStartOfDay().toInstant(ZoneOffset.UTC)));
        } catch (DocumentCreationTimeMissingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int countTimexes(String timeml) {
        int n = 0;
        for (int i = timeml.indexOf("<TIMEX3"); i >= 0; i = timeml.indexOf("<TIMEX3", i + 1)) {
            n++;
        }
        return n;
    }
}
