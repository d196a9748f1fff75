package org.tarikh.export;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.DateReport;
import org.tarikh.chronology.MergeLink;
import org.tarikh.chronology.Precision;
import org.tarikh.chronology.SourceEvent;
import org.tarikh.curation.Curation;
import org.tarikh.curation.Curator;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chronology as JSON; the shape is {@code docs/chronology.schema.json} (also on the
 * classpath as {@code org/tarikh/export/chronology.schema.json}), described in
 * {@code docs/exports.md}. Add fields, never rename or remove them.
 */
public final class ChronologyJson {

    public static final String SCHEMA_ID = "tarikh-chronology/1";

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ChronologyJson() {
    }

    public static void write(Chronology c, PrintWriter out) {
        write(Curator.none(c), out);
    }

    /** A curated chronology: each entry says which curations shaped it ({@code curated}), the top which were applied. */
    public static void write(Curator.Result r, PrintWriter out) {
        // streamed: each entry's map is built as it is written and dropped after, never the whole document
        try (tools.jackson.core.JsonGenerator g = JSON.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            JSON.writer().writeValue(g, of(r));
        }
        out.println();
        out.flush();
    }

    public static Map<String, Object> of(Chronology c) {
        return of(Curator.none(c));
    }

    public static Map<String, Object> of(Curator.Result r) {
        Chronology c = r.chronology();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA_ID);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("query", c.filter().query());
        filter.put("entity", c.filter().entity());
        filter.put("source", c.filter().source());
        filter.put("article", c.filter().article());
        filter.put("from", c.filter().from() == null ? null : c.filter().from().toString());
        filter.put("to", c.filter().to() == null ? null : c.filter().to().toString());
        m.put("filter", filter);
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("minSimilarity", c.rule().minSimilarity());
        rule.put("minSharedTerms", c.rule().minSharedTerms());
        rule.put("minSameDateSimilarity", c.rule().minSameDateSimilarity());
        rule.put("minSameDateSharedTerms", c.rule().minSameDateSharedTerms());
        rule.put("minConflictSimilarity", c.rule().minConflictSimilarity());
        rule.put("minConflictSharedTerms", c.rule().minConflictSharedTerms());
        rule.put("maxConflictDays", c.rule().maxConflictDays());
        m.put("mergeRule", rule);
        m.put("sourceEvents", c.sourceEvents());
        m.put("articles", c.articles());
        m.put("hidden", new java.util.TreeMap<>(c.hidden()));
        Map<String, Object> curation = new LinkedHashMap<>();
        curation.put("applied", r.applied().stream().sorted().toList());
        curation.put("hiddenEntries", r.hidden());
        curation.put("curatedEntries", r.marks().size());
        m.put("curation", curation);
        // built one at a time as the list is read (written, or copied by a caller)
        m.put("entries", new java.util.AbstractList<Map<String, Object>>() {
            @Override
            public Map<String, Object> get(int i) {
                ChronologyEntry e = c.entries().get(i);
                Map<String, Object> em = entry(e, c);
                List<Map<String, Object>> marks = new ArrayList<>();
                for (Curation k : r.marksOf(e)) {
                    marks.add(curation(k));
                }
                em.put("curated", marks);
                return em;
            }

            @Override
            public int size() {
                return c.entries().size();
            }
        });
        return m;
    }

    /** One curation as an entry lists it: what, on which events, who, when, why. */
    static Map<String, Object> curation(Curation k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("action", k.action().name());
        m.put("event", k.eventKey());
        m.put("other", k.otherKey());
        m.put("value", k.value());
        m.put("reason", k.reason());
        m.put("by", k.by());
        m.put("at", k.at() == null ? null : k.at().toString());
        m.put("description", k.describe());
        return m;
    }

    static Map<String, Object> entry(ChronologyEntry e, Chronology c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("start", e.start().toString());
        m.put("until", e.until().toString());
        m.put("date", e.precision().display());
        m.put("precision", precision(e.precision()));
        m.put("headline", e.headline());
        m.put("primary", e.primary().ref());
        m.put("dateConflict", e.dateConflict());
        List<Map<String, Object>> dates = new ArrayList<>();
        for (DateReport d : e.dates()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("value", d.value());
            dm.put("date", d.precision().display());
            dm.put("precision", precision(d.precision()));
            dm.put("sources", d.refs());
            dates.add(dm);
        }
        m.put("dates", dates);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (SourceEvent s : e.sources()) {
            sources.add(source(s, c.capturesOf(s.articleId())));
        }
        m.put("sources", sources);
        List<Map<String, Object>> merge = new ArrayList<>();
        for (MergeLink l : e.links()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("a", l.a());
            lm.put("b", l.b());
            lm.put("similarity", l.similarity());
            lm.put("sharedTerms", l.sharedTerms());
            lm.put("time", l.time());
            lm.put("dateConflict", l.dateConflict());
            lm.put("explanation", l.explain());
            merge.add(lm);
        }
        m.put("merge", merge);
        return m;
    }

    static Map<String, Object> source(SourceEvent s, int captures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", s.ref());
        m.put("article", s.articleId());
        m.put("event", s.seq());
        m.put("published", s.dct().toString());
        m.put("publishedDisagreement", s.dctDisagreement());
        m.put("captures", captures);
        m.put("source", s.source());
        m.put("title", s.title());
        m.put("url", s.url());
        m.put("text", s.text());
        m.put("begin", s.begin());
        m.put("end", s.end());
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("text", s.expression());
        x.put("type", s.type());
        x.put("value", s.value());
        x.put("mod", s.mod());
        x.put("begin", s.expressionBegin());
        x.put("end", s.expressionEnd());
        m.put("expression", s.fromPublicationDate() ? null : x);
        m.put("start", s.start().toString());
        m.put("until", s.until().toString());
        m.put("precision", precision(s.precision()));
        m.put("kind", s.kind());
        m.put("relation", s.relation());
        m.put("trigger", s.triggerText());
        return m;
    }

    static Map<String, Object> precision(Precision p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("granularity", p.granularity());
        m.put("mod", p.mod());
        m.put("vague", p.vague());
        m.put("label", p.label());
        m.put("display", p.display());
        m.put("provenance", p.provenance().name());
        m.put("relative", p.relative());
        return m;
    }
}
