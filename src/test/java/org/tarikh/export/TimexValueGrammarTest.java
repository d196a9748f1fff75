package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.Timex;

/**
 * The TIMEX3 value grammar of the TimeML export ({@code timex3-values.txt}): each documented
 * form, what it refuses, that docs/exports.md lists it, and that every value Tarikh's pipeline
 * writes for the phrase suite and the sample articles is in it.
 */
class TimexValueGrammarTest {

    static final TimexValueGrammar GRAMMAR = TimexValueGrammar.load();

    static String standardOf(String value) {
        return GRAMMAR.form(value).map(f -> f.standard() + " " + f.name()).orElse("none");
    }

    @Test
    void eachFormHasItsStandard() {
        Map<String, String> examples = new TreeMap<>(Map.ofEntries(
                Map.entry("2015-07-21", "ISO8601 date"), Map.entry("2015-07", "ISO8601 date"),
                Map.entry("2015", "ISO8601 date"), Map.entry("20", "ISO8601 century"),
                Map.entry("2015-W30", "ISO8601 week"), Map.entry("2015-W30-5", "ISO8601 week"),
                Map.entry("2015-07-21T21:00", "ISO8601 time"), Map.entry("2015-07-21T09:30:15", "ISO8601 time"),
                Map.entry("P3D", "ISO8601 duration"), Map.entry("P1Y6M", "ISO8601 duration"),
                Map.entry("PT10M", "ISO8601 duration-time"), Map.entry("201", "TIMEX3 decade"),
                Map.entry("XXXX-XX-XX", "TIMEX3 unknown-digits"), Map.entry("XXXX-07", "TIMEX3 unknown-digits"),
                Map.entry("XXXX-WXX-5", "TIMEX3 unknown-week"), Map.entry("2015-W30-WE", "TIMEX3 weekend"),
                Map.entry("XXXX-XX-XXT21:00", "TIMEX3 unknown-time"), Map.entry("2015-07-21TMO", "TIMEX3 part-of-day"),
                Map.entry("XXXX-XX-XXTEV", "TIMEX3 part-of-day"), Map.entry("2015-SU", "TIMEX3 season"),
                Map.entry("2021-Q3", "TIMEX3 part-of-year"), Map.entry("2021-H1", "TIMEX3 part-of-year"),
                Map.entry("PRESENT_REF", "TIMEX3 reference"), Map.entry("PXD", "TIMEX3 duration"),
                Map.entry("P2DE", "TIMEX3 duration"), Map.entry("PTXH", "TIMEX3 duration-time"),
                Map.entry("FY2015-Q3", "TIMEX2 fiscal"), Map.entry("FY2016", "TIMEX2 fiscal"),
                Map.entry("1", "TIMEX2 millennium"), Map.entry("BC0065", "TIMEX2 bc-year"),
                Map.entry("BC0331-09", "TIMEX2 bc-year"), Map.entry("BC10000", "TIMEX2 bc-year"),
                Map.entry("BC05", "TIMEX2 bc-century")));
        Map<String, String> found = new TreeMap<>();
        examples.keySet().forEach(v -> found.put(v, standardOf(v)));
        assertThat(found).isEqualTo(examples);
    }

    @Test
    void heidelTimesUnresolvedAndMalformedValuesAreOutside() {
        for (String v : List.of("UNDEF-this-day", "UNDEF-year-07", "UNDEF-last-week-WE", "2015-13-01", "2015-07-32",
                "P", "PT", "P3", "2015-W54", "-485", "BC5", "2015-07-21T25:00", "tomorrow", "", "2015-07-21 ", "XXXX-XX-XXTXX:XX:XX:XX")) {
            assertThat(standardOf(v)).as(v).isEqualTo("none");
        }
        assertThat(GRAMMAR.form(null)).isEmpty();
    }

    @Test
    void docsListEveryFormAsInTheGrammarFile() throws Exception {
        String docs = Files.readString(Path.of("docs/exports.md"), StandardCharsets.UTF_8);
        for (TimexValueGrammar.Form f : GRAMMAR.forms()) {
            assertThat(docs).as(f.name()).contains("| " + f.standard() + " | " + f.name() + " | `" + f.pattern().pattern()
                    .replace("|", "\\|") + "` |");
        }
    }

    @Test
    void everyValueThePipelineWritesIsInTheGrammar() throws Exception {
        List<String[]> texts = new ArrayList<>(); // {text, dct}
        for (String line : Files.readAllLines(Path.of("src/eval/phrases/phrases.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length > 2 && !f[0].equals("id")) {
                texts.add(new String[] {f[2], "2024-05-15"});
            }
        }
        try (var files = Files.list(Path.of("sample-articles"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String[] {Files.readString(p, StandardCharsets.UTF_8), "2016-11-15"});
            }
        }
        assertThat(texts).hasSizeGreaterThan(400);
        TreeSet<String> values = new TreeSet<>();
        TreeSet<String> outside = new TreeSet<>();
        try (TemporalPipeline pipeline = TemporalPipeline.create()) {
            for (String[] t : texts) {
                for (Timex x : pipeline.tag(t[0], LocalDate.parse(t[1])).timexes()) {
                    values.add(x.value());
                    if (GRAMMAR.form(x.value()).isEmpty()) {
                        outside.add(x.value() + " («" + x.text() + "», " + x.rule() + ")");
                    }
                }
            }
        }
        assertThat(values).hasSizeGreaterThan(100);
        assertThat(outside).isEmpty();
    }
}
