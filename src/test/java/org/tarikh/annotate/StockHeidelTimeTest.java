package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.unihd.dbs.heideltime.standalone.Config;

/** The shared stock set-up: what bench counts and eval reads from one standalone document. */
class StockHeidelTimeTest {

    @Test
    void countsTimexElementsAndInterruptedSentences() {
        String timeml = "<?xml version=\"1.0\"?>\n<TimeML>\nقال <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-04-06\">أمس</TIMEX3>"
                + " و<TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1D\" quant=\"EACH\">كل يوم</TIMEX3>\n</TimeML>";
        String stderr = "java.lang.NullPointerException\n  at x\n... execution has been interrupted ...\n"
                + "java.lang.NullPointerException\n... execution has been interrupted ...\n";
        StockHeidelTime.Output out = new StockHeidelTime.Output(timeml, List.of(), stderr);

        assertThat(out.timexCount()).isEqualTo(2);
        assertThat(out.interruptedSentences()).isEqualTo(2);
        assertThat(new StockHeidelTime.Output(null, List.of("Processing aborted due to errors"), "").timexCount()).isZero();
    }

    @Test
    void configTurnsOnEveryTypeButTemponyms() {
        var p = StockHeidelTime.config();
        assertThat(p.getProperty(Config.CONSIDER_DATE)).isEqualTo("true");
        assertThat(p.getProperty(Config.CONSIDER_TIME)).isEqualTo("true");
        assertThat(p.getProperty(Config.CONSIDER_DURATION)).isEqualTo("true");
        assertThat(p.getProperty(Config.CONSIDER_SET)).isEqualTo("true");
        assertThat(p.getProperty(Config.CONSIDER_TEMPONYM)).isEqualTo("false");
        assertThat(Thread.currentThread().getContextClassLoader().getResource(p.getProperty(Config.TYPESYSTEMHOME)))
                .as("HeidelTime's type system descriptor on the classpath").isNotNull();
    }
}
