package org.tarikh.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.MergeRule;
import org.tarikh.chronology.SourceEvent;
import org.tarikh.job.ArticleProcessor;
import org.tarikh.store.Database;
import org.tarikh.store.TimelineStore;

/**
 * Scores chronologies against the event gold: the gold articles go through the real pipeline
 * (annotate, anchor, store) into a temporary H2 database with the gold publication days; each
 * topic's chronology is built for its query, as {@code timeline --query} builds it; each gold
 * happening is mapped to the system event whose span holds its trigger (none, or an event the
 * chronology does not show: missed, and counted as an entry of its own).
 * <ul>
 *   <li><b>B-cubed</b> over the gold happenings: for each, precision is the share of the gold
 *   happenings in its system entry that belong to its gold cluster, recall the share of its gold
 *   cluster that is in its system entry; averaged. Also without merging (every event its own
 *   entry), the baseline.</li>
 *   <li><b>Mixed entries:</b> system entries holding gold happenings of two or more gold clusters.</li>
 *   <li><b>Date accuracy</b> over the gold happenings: the system event's value equals the gold
 *   value, and for a gold {@code on_or_before} the system event is marked on-or-before with that
 *   date. A wrong date is an <b>anchoring</b> error when the system dated the happening by an
 *   expression that is not the one dating it (the relation differs, or another expression of the
 *   article has the gold value), else a <b>normalization</b> error (no expression of the article
 *   was given the gold value).</li>
 * </ul>
 */
public final class EventEvaluation {

    private EventEvaluation() {
    }

    public record B3(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public record TopicResult(String slug, String query, int articles, int goldHappenings, int matched, int shown,
            B3 merged, B3 noMerge, int entries, int mixedEntries, int mixedNoMerge, int largestEntry, int dateCorrect,
            int anchoringErrors, int normalizationErrors, int undated, List<String> errors) {

        public double dateAccuracy() {
            return goldHappenings == 0 ? 0 : dateCorrect / (double) goldHappenings;
        }
    }

    public record Result(List<TopicResult> topics, int goldHappenings, B3 merged, B3 noMerge, int mixedEntries,
            int mixedNoMerge, int dateCorrect, int anchoringErrors, int normalizationErrors, int undated, double threshold) {

        public double dateAccuracy() {
            return goldHappenings == 0 ? 0 : dateCorrect / (double) goldHappenings;
        }
    }

    /** Ingests the gold articles into a fresh in-memory database. */
    public static DataSource ingest(List<EventGold> gold) {
        DataSource ds = Database.simple("jdbc:h2:mem:events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        TimelineStore store = new TimelineStore(ds);
        try (TemporalPipeline pipeline = TemporalPipeline.create()) {
            for (EventGold g : gold) {
                List<AnnotatedArticle> batch = new ArrayList<>();
                for (EventGold.GoldArticle a : g.articles()) {
                    Article art = new Article(id(g, a), a.dct().toString(), a.dct(), a.title(), a.source(), a.url(), "ar",
                            a.text(), new Origin(a.file() + "#" + a.index(), 0));
                    batch.add(ArticleProcessor.annotate(pipeline, art, art.contentHash()));
                }
                store.saveAll(batch, null);
            }
        }
        return ds;
    }

    static String id(EventGold g, EventGold.GoldArticle a) {
        return g.slug() + "/" + a.key();
    }

    /**
     * Which chronology a topic is scored on: {@code query}, the topic's query as {@code timeline
     * --query} builds it (its paragraphs, their chained mentions, the context of articles about it);
     * {@code every}, every event of the topic's articles, each topic ingested alone and its whole
     * chronology built with no words (as {@code timeline} without {@code --query} shows a database
     * holding only these articles): what merging does when nothing is left out.
     */
    public enum View { query, every }

    public static Result score(DataSource ds, List<EventGold> gold, double threshold) {
        List<TopicResult> topics = new ArrayList<>();
        EventQuery query = new EventQuery(ds);
        for (EventGold g : gold) {
            topics.add(topic(ds, query, g, threshold, View.query));
        }
        return combine(topics, threshold);
    }

    /** The {@link View#every} figures: each topic ingested alone into its own database, its every event shown. */
    public static Result scoreEvery(List<EventGold> gold, double threshold) {
        List<TopicResult> topics = new ArrayList<>();
        for (EventGold g : gold) {
            DataSource ds = ingest(List.of(g));
            topics.add(topic(ds, new EventQuery(ds), g, threshold, View.every));
        }
        return combine(topics, threshold);
    }

    private static Result combine(List<TopicResult> topics, double threshold) {
        int n = 0;
        double mp = 0;
        double mr = 0;
        double np = 0;
        double nr = 0;
        int mixed = 0;
        int mixedNo = 0;
        int correct = 0;
        int anchoring = 0;
        int normalization = 0;
        int undated = 0;
        for (TopicResult t : topics) {
            n += t.goldHappenings();
            mp += t.merged().precision() * t.goldHappenings();
            mr += t.merged().recall() * t.goldHappenings();
            np += t.noMerge().precision() * t.goldHappenings();
            nr += t.noMerge().recall() * t.goldHappenings();
            mixed += t.mixedEntries();
            mixedNo += t.mixedNoMerge();
            correct += t.dateCorrect();
            anchoring += t.anchoringErrors();
            normalization += t.normalizationErrors();
            undated += t.undated();
        }
        return new Result(topics, n, new B3(n == 0 ? 0 : mp / n, n == 0 ? 0 : mr / n),
                new B3(n == 0 ? 0 : np / n, n == 0 ? 0 : nr / n), mixed, mixedNo, correct, anchoring, normalization,
                undated, threshold);
    }

    private static TopicResult topic(DataSource ds, EventQuery query, EventGold g, double threshold, View view) {
        ChronologyFilter filter = new ChronologyFilter(view == View.query ? g.query() : null, null, null, null, null,
                null, false);
        Chronology merged = ChronologyBuilder.query(ds, filter, MergeRule.DEFAULT, true, threshold);
        Chronology single = ChronologyBuilder.query(ds, filter, MergeRule.DEFAULT, false, threshold);
        Map<String, List<SourceEvent>> byArticle = new HashMap<>();
        Map<String, EventGold.GoldArticle> articles = new HashMap<>();
        for (EventGold.GoldArticle a : g.articles()) {
            articles.put(a.key(), a);
            byArticle.put(a.key(), query.events(new ChronologyFilter(null, null, null, id(g, a), null, null, true)));
        }
        List<EventGold.GoldEvent> happenings = g.events().stream().filter(EventGold.GoldEvent::happening).toList();
        List<String> errors = new ArrayList<>();
        // the system event of each gold happening
        List<SourceEvent> system = new ArrayList<>();
        int matched = 0;
        for (EventGold.GoldEvent e : happenings) {
            SourceEvent s = null;
            for (SourceEvent x : byArticle.getOrDefault(e.article(), List.of())) {
                if (x.begin() <= e.begin() && e.begin() < x.end()) {
                    s = x;
                }
            }
            system.add(s);
            if (s != null) {
                matched++;
            }
        }
        Map<String, Integer> mergedEntry = entries(merged);
        Map<String, Integer> singleEntry = entries(single);
        int shown = 0;
        Map<String, Integer> notShown = new TreeMap<>();
        for (SourceEvent s : system) {
            if (s != null && mergedEntry.containsKey(s.ref())) {
                shown++;
            } else if (s != null) {
                notShown.merge("HAPPENING".equals(s.kind()) ? "query" : s.kind().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        if (!notShown.isEmpty()) {
            errors.add(0, "not shown (matched system event left out by): " + notShown);
        }
        int[] mixed = new int[1];
        B3 m = bcubed(happenings, system, mergedEntry, mixed, merged, errors);
        int[] mixedNo = new int[1];
        B3 nm = bcubed(happenings, system, singleEntry, mixedNo, single, null);
        int largest = merged.entries().stream().mapToInt(x -> x.sources().size()).max().orElse(0);
        // dates
        int correct = 0;
        int anchoring = 0;
        int normalization = 0;
        int undated = 0;
        for (int i = 0; i < happenings.size(); i++) {
            EventGold.GoldEvent e = happenings.get(i);
            SourceEvent s = system.get(i);
            if (s == null) {
                undated++;
                errors.add(String.format("date  %s «%s» gold %s %s: no system event", e.id(), e.trigger(), e.relation(),
                        e.value()));
                continue;
            }
            boolean goldBefore = "on_or_before".equals(e.relation());
            if (String.valueOf(e.value()).equals(s.value()) && goldBefore == s.onOrBefore()) {
                correct++;
                continue;
            }
            boolean valueElsewhere = byArticle.get(e.article()).stream()
                    .anyMatch(x -> !x.fromPublicationDate() && String.valueOf(e.value()).equals(x.value()))
                    || goldBefore && articles.get(e.article()).dct().toString().equals(e.value());
            boolean anchoringError = goldBefore != s.onOrBefore() || valueElsewhere;
            if (anchoringError) {
                anchoring++;
            } else {
                normalization++;
            }
            errors.add(String.format("date  %s «%s» gold %s %s, system %s %s by «%s» (%s): %s", e.id(), e.trigger(),
                    e.relation(), e.value(), s.onOrBefore() ? "on_or_before" : "on", s.value(), s.expression(), s.ref(),
                    anchoringError ? "anchoring" : "normalization"));
        }
        return new TopicResult(g.slug(), g.query(), g.articles().size(), happenings.size(), matched, shown, m, nm,
                merged.entries().size(), mixed[0], mixedNo[0], largest, correct, anchoring, normalization, undated,
                errors);
    }

    private static Map<String, Integer> entries(Chronology c) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < c.entries().size(); i++) {
            for (SourceEvent s : c.entries().get(i).sources()) {
                out.put(s.ref(), i);
            }
        }
        return out;
    }

    private static B3 bcubed(List<EventGold.GoldEvent> gold, List<SourceEvent> system, Map<String, Integer> entryOf,
            int[] mixed, Chronology c, List<String> errors) {
        if (gold.isEmpty()) {
            return new B3(1, 1);
        }
        // the system entry of each gold happening; missed ones are entries of their own
        String[] entry = new String[gold.size()];
        for (int i = 0; i < gold.size(); i++) {
            SourceEvent s = system.get(i);
            Integer idx = s == null ? null : entryOf.get(s.ref());
            entry[i] = idx == null ? "missed:" + gold.get(i).id() : "entry:" + idx;
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            int inEntry = 0;
            int inCluster = 0;
            int both = 0;
            for (int j = 0; j < gold.size(); j++) {
                boolean sameEntry = entry[i].equals(entry[j]);
                boolean sameCluster = gold.get(i).cluster().equals(gold.get(j).cluster());
                inEntry += sameEntry ? 1 : 0;
                inCluster += sameCluster ? 1 : 0;
                both += sameEntry && sameCluster ? 1 : 0;
            }
            p += both / (double) inEntry;
            r += both / (double) inCluster;
        }
        Map<String, Set<String>> clustersOf = new TreeMap<>();
        Map<String, List<String>> membersOf = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (entry[i].startsWith("entry:")) {
                clustersOf.computeIfAbsent(entry[i], k -> new HashSet<>()).add(gold.get(i).cluster());
                membersOf.computeIfAbsent(entry[i], k -> new ArrayList<>())
                        .add(gold.get(i).id() + "=" + gold.get(i).cluster());
            }
        }
        for (Map.Entry<String, Set<String>> x : clustersOf.entrySet()) {
            if (x.getValue().size() > 1) {
                mixed[0]++;
                if (errors != null) {
                    ChronologyEntry ce = c.entries().get(Integer.parseInt(x.getKey().substring(6)));
                    StringBuilder detail = new StringBuilder();
                    for (int i = 0; i < gold.size(); i++) {
                        if (entry[i].equals(x.getKey())) {
                            detail.append(member(gold.get(i), system.get(i), gold.get(i).cluster()));
                        }
                    }
                    for (org.tarikh.chronology.MergeLink l : ce.links()) {
                        detail.append(String.format("%n        merged %s ~ %s: %.2f %s %s", l.a(), l.b(), l.similarity(),
                                l.sharedTerms(), l.basis()));
                    }
                    errors.add(String.format("mixed %s (%d sources): %s — «%s»", ce.id(), ce.sources().size(),
                            String.join(" ", membersOf.get(x.getKey())), oneLine(ce.headline())) + detail);
                }
            }
        }
        // gold clusters split over several entries
        if (errors != null) {
            Map<String, Set<String>> entriesOf = new LinkedHashMap<>();
            for (int i = 0; i < gold.size(); i++) {
                entriesOf.computeIfAbsent(gold.get(i).cluster(), k -> new java.util.TreeSet<>()).add(entry[i]);
            }
            for (Map.Entry<String, Set<String>> x : entriesOf.entrySet()) {
                if (x.getValue().size() > 1) {
                    List<String> ids = new ArrayList<>();
                    List<String> members = new ArrayList<>();
                    for (int i = 0; i < gold.size(); i++) {
                        if (gold.get(i).cluster().equals(x.getKey())) {
                            ids.add(gold.get(i).id() + "@" + entry[i]);
                            members.add(member(gold.get(i), system.get(i), entry[i]));
                        }
                    }
                    errors.add(String.format("split %s over %d entries: %s", x.getKey(), x.getValue().size(),
                            String.join(" ", ids)) + String.join("", members));
                }
            }
        }
        return new B3(p / gold.size(), r / gold.size());
    }

    /** One member of a split gold cluster: its gold trigger, its system event (action, date) and text. */
    private static String member(EventGold.GoldEvent g, SourceEvent s, String entry) {
        if (s == null) {
            return String.format("%n      %s %s «%s»: no system event", g.id(), g.article(), g.trigger());
        }
        return String.format("%n      %s «%s» %s %s %s%s %s%s: «%s»", g.id(), g.trigger(), entry, s.ref(),
                s.group() == null ? "-" : s.group(), "HAPPENING".equals(s.kind()) ? "" : " " + s.kind().toLowerCase(Locale.ROOT),
                s.onOrBefore() ? "≤" : "", s.value(), oneLine(s.text()));
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }

    /** Figures as a map, for JSON. */
    public static Map<String, Object> toMap(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", r.threshold());
        m.put("goldHappenings", r.goldHappenings());
        m.put("merged", b3(r.merged()));
        m.put("noMerge", b3(r.noMerge()));
        m.put("mixedEntries", r.mixedEntries());
        m.put("dateAccuracy", round(r.dateAccuracy()));
        m.put("anchoringErrors", r.anchoringErrors());
        m.put("normalizationErrors", r.normalizationErrors());
        m.put("undated", r.undated());
        List<Map<String, Object>> ts = new ArrayList<>();
        for (TopicResult t : r.topics()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("topic", t.slug());
            tm.put("query", t.query());
            tm.put("articles", t.articles());
            tm.put("goldHappenings", t.goldHappenings());
            tm.put("matched", t.matched());
            tm.put("shown", t.shown());
            tm.put("merged", b3(t.merged()));
            tm.put("noMerge", b3(t.noMerge()));
            tm.put("entries", t.entries());
            tm.put("largestEntry", t.largestEntry());
            tm.put("mixedEntries", t.mixedEntries());
            tm.put("dateAccuracy", round(t.dateAccuracy()));
            tm.put("anchoringErrors", t.anchoringErrors());
            tm.put("normalizationErrors", t.normalizationErrors());
            tm.put("errors", t.errors());
            ts.add(tm);
        }
        m.put("topics", ts);
        return m;
    }

    private static Map<String, Object> b3(B3 b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(b.precision()));
        m.put("recall", round(b.recall()));
        m.put("f1", round(b.f1()));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    public static void printText(Result r, java.io.PrintWriter out, int errors) {
        out.printf(Locale.ROOT, "%-10s %5s %5s %5s  %-17s %-17s %5s %5s %5s  %5s %4s %4s%n", "topic", "gold", "match",
                "shown", "merged P/R/F1", "no-merge P/R/F1", "mixed", "ents", "max", "date", "anch", "norm");
        for (TopicResult t : r.topics()) {
            out.printf(Locale.ROOT, "%-10s %5d %5d %5d  %s %s %5d %5d %5d  %5.3f %4d %4d%n", t.slug(),
                    t.goldHappenings(), t.matched(), t.shown(), fmt(t.merged()), fmt(t.noMerge()), t.mixedEntries(),
                    t.entries(), t.largestEntry(), t.dateAccuracy(), t.anchoringErrors(), t.normalizationErrors());
        }
        out.printf(Locale.ROOT, "%-10s %5d %5s %5s  %s %s %5d %5s %5s  %5.3f %4d %4d%n", "all", r.goldHappenings(), "", "",
                fmt(r.merged()), fmt(r.noMerge()), r.mixedEntries(), "", "", r.dateAccuracy(), r.anchoringErrors(),
                r.normalizationErrors());
        out.printf(Locale.ROOT, "%nB-cubed over %d gold happenings (merge threshold %.2f): merged P %.3f R %.3f F1 %.3f;"
                + " no-merge baseline P %.3f R %.3f F1 %.3f; %d entries mix gold happenings (no-merge: %d).%n",
                r.goldHappenings(), r.threshold(), r.merged().precision(), r.merged().recall(), r.merged().f1(),
                r.noMerge().precision(), r.noMerge().recall(), r.noMerge().f1(), r.mixedEntries(), r.mixedNoMerge());
        out.printf(Locale.ROOT, "Event date accuracy %.3f (%d of %d); wrong: %d anchoring, %d normalization, %d without"
                + " a system event.%n", r.dateAccuracy(), r.dateCorrect(), r.goldHappenings(), r.anchoringErrors(),
                r.normalizationErrors(), r.undated());
        if (errors > 0) {
            for (TopicResult t : r.topics()) {
                if (t.errors().isEmpty()) {
                    continue;
                }
                out.printf("%n%s (first %d of %d):%n", t.slug(), Math.min(errors, t.errors().size()), t.errors().size());
                t.errors().stream().limit(errors).forEach(e -> out.println("  " + e));
            }
        }
        out.flush();
    }

    private static String fmt(B3 b) {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", b.precision(), b.recall(), b.f1());
    }
}
