package org.tarikh.chronology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import javax.sql.DataSource;

import org.tarikh.order.Granularity;

/**
 * Groups per-article events into chronology entries. Merges are computed when a chronology
 * is asked for and never stored: the event table is untouched, so a merge is undone by asking
 * without merging ({@code --no-merge}), and every entry explains each of its members.
 * <p>
 * Clustering cannot chain: it is average-linkage agglomeration over {@link EventSimilarity}
 * scores (a pair never scored counts as 0), so a cluster grows only while its members are, on
 * average, alike; and every member must be {@linkplain EventSimilarity#compatible compatible}
 * with every other (time, action, speaker), so A≈B and B≈C never put two incompatible A and C
 * together.
 */
public final class ChronologyBuilder {

    /**
     * Terms in more events than this do not propose candidate pairs (they still count in the
     * similarity): a pair must share rarer terms to be scored at all.
     */
    static final int MAX_POSTINGS = 500;

    private ChronologyBuilder() {
    }

    /** Reads the filtered events from the database and builds their chronology. */
    public static Chronology query(DataSource dataSource, ChronologyFilter filter, MergeRule rule, boolean merge) {
        return query(dataSource, filter, rule, merge, EventSimilarity.THRESHOLD);
    }

    /** As above with another merge threshold (the mean score a cluster needs; for measurement). */
    public static Chronology query(DataSource dataSource, ChronologyFilter filter, MergeRule rule, boolean merge,
            double threshold) {
        return query(dataSource, filter, rule, merge, threshold, 0).chronology();
    }

    /**
     * A chronology of the newest articles only: with words ({@code query}, {@code entity}), the
     * events of at most {@code maxArticles} articles (0: no limit), the newest that match
     * ({@link EventQuery#find(ChronologyFilter, int)}), and whether others were left out.
     */
    public static Newest queryNewest(DataSource dataSource, ChronologyFilter filter, MergeRule rule, boolean merge,
            int maxArticles) {
        return query(dataSource, filter, rule, merge, EventSimilarity.THRESHOLD, maxArticles);
    }

    /**
     * A chronology and its limit: {@code limited} when matching articles older than those shown
     * were left out; {@code candidateArticles} how many articles the words named (-1: no words).
     */
    public record Newest(Chronology chronology, boolean limited, int maxArticles, int candidateArticles) {
    }

    private static Newest query(DataSource dataSource, ChronologyFilter filter, MergeRule rule, boolean merge,
            double threshold, int maxArticles) {
        EventQuery q = new EventQuery(dataSource);
        EventQuery.Found found = q.find(filter, maxArticles);
        List<SourceEvent> events = found.events();
        // the weights of the terms these events have, from the search index (the only ones looked up)
        MergeRule.Weights weights = MergeRule.Weights.of(merge ? q.documentFrequencies(terms(events)) : Map.of());
        Set<String> context = found.contextOnly();
        Chronology c = build(filter, events, rule, weights, merge, threshold, context);
        List<ChronologyEntry> entries = c.entries();
        int shown = c.sourceEvents();
        if (!context.isEmpty()) {
            // an article's other events join the entries of the query's events; alone, they are not about the query
            entries = entries.stream().filter(e -> e.sources().stream().anyMatch(s -> !context.contains(s.ref()))
                    || toldAtLength(e.sources())).toList();
            shown = entries.stream().mapToInt(e -> e.sources().size()).sum();
        }
        return new Newest(new Chronology(c.filter(), c.rule(), shown, entries, found.hidden(),
                q.captureCounts(events.stream().map(SourceEvent::articleId).collect(java.util.stream.Collectors.toSet()))),
                found.limited(), maxArticles, found.candidateArticles());
    }

    /**
     * How many mentions a statement needs to be shown on its own from an article about the query
     * ({@link #toldAtLength}).
     */
    static final int TOLD_AT_LENGTH = 3;

    /**
     * An entry of context events alone ({@link EventQuery.Found#contextOnly()}: the other paragraphs
     * of an article whose title or lead names the query) is shown when it is a statement told at
     * length by a person named by a given name: at least {@value #TOLD_AT_LENGTH} mentions, all
     * statements, one of them naming its speaker («وقال خالد بحاح في حوار مع قناة …» … «ووصف بحاح» …
     * «وأوضح بحاح»): an interview in an article about the query. Shorter entries, happenings and
     * statements of bodies, roles or sources stay hidden (showing every entry of two or more context
     * events cost precision: docs/chronology.md).
     */
    static boolean toldAtLength(List<SourceEvent> sources) {
        if (sources.size() < TOLD_AT_LENGTH) {
            return false;
        }
        boolean named = false;
        for (SourceEvent s : sources) {
            if (!s.statement()) {
                return false;
            }
            named |= EventSimilarity.namedPerson(s);
        }
        return named;
    }

    private static Set<String> terms(List<SourceEvent> events) {
        Set<String> terms = new java.util.HashSet<>();
        for (SourceEvent e : events) {
            terms.addAll(e.terms());
        }
        return terms;
    }

    public static Chronology build(ChronologyFilter filter, List<SourceEvent> events, MergeRule rule,
            MergeRule.Weights weights, boolean merge) {
        return build(filter, events, rule, weights, merge, EventSimilarity.THRESHOLD);
    }

    public static Chronology build(ChronologyFilter filter, List<SourceEvent> events, MergeRule rule,
            MergeRule.Weights weights, boolean merge, double threshold) {
        return build(filter, events, rule, weights, merge, threshold, Set.of());
    }

    /** As above, {@code context} the refs of events shown only with others ({@link EventQuery.Found#contextOnly()}). */
    static Chronology build(ChronologyFilter filter, List<SourceEvent> events, MergeRule rule,
            MergeRule.Weights weights, boolean merge, double threshold, Set<String> context) {
        int n = events.size();
        EventSimilarity sim = new EventSimilarity(events, weights, filter, threshold, context);
        List<List<Integer>> clusters = merge ? cluster(events, sim) : singletons(n);
        List<ChronologyEntry> entries = new ArrayList<>();
        for (List<Integer> members : clusters) {
            members.sort(Integer::compare); // events come in timeline order
            entries.add(entry(events, members, sim));
        }
        entries.sort(Comparator.comparing(ChronologyEntry::start).thenComparing(ChronologyEntry::until)
                .thenComparing(e -> e.sources().get(0).articleId()).thenComparingInt(e -> e.sources().get(0).seq()));
        return new Chronology(filter, rule, n, List.copyOf(entries), Map.of());
    }

    private static List<List<Integer>> singletons(int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(List.of(i)));
        }
        return out;
    }

    /**
     * A cluster being built: its members, and the clusters it has summed scores with ({@code neighbours}, each
     * listed once; the sums themselves are in one primitive map for all clusters, keyed by the pair).
     */
    private static final class Cluster {
        final int id;
        final List<Integer> members = new ArrayList<>();
        int[] neighbours = new int[4];
        int neighbourCount;
        int version;
        boolean dead;

        Cluster(int id) {
            this.id = id;
            members.add(id);
        }

        void addNeighbour(int c) {
            if (neighbourCount == neighbours.length) {
                neighbours = java.util.Arrays.copyOf(neighbours, neighbourCount * 2);
            }
            neighbours[neighbourCount++] = c;
        }
    }

    private record Pair(double avg, int a, int b, int va, int vb) {
    }

    /** Average linkage with pairwise compatibility: merge the best pair while its average score reaches the threshold. */
    static List<List<Integer>> cluster(List<SourceEvent> events, EventSimilarity sim) {
        int n = events.size();
        List<Cluster> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cs.add(new Cluster(i));
        }
        // the summed scores between clusters (pairs never scored count 0); a dead cluster's sums are never read again
        PairScores sums = new PairScores();
        PriorityQueue<Pair> queue = new PriorityQueue<>(Comparator.comparingDouble((Pair p) -> -p.avg())
                .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        for (EventSimilarity.Scored s : sim.candidates()) {
            long key = PairScores.key(s.i(), s.j());
            if (!sums.containsKey(key)) {
                cs.get(s.i()).addNeighbour(s.j());
                cs.get(s.j()).addNeighbour(s.i());
            }
            sums.put(key, s.score());
            if (s.score() >= sim.threshold()) {
                queue.add(new Pair(s.score(), s.i(), s.j(), 0, 0));
            }
        }
        while (!queue.isEmpty()) {
            Pair p = queue.poll();
            Cluster a = cs.get(p.a());
            Cluster b = cs.get(p.b());
            if (a.dead || b.dead || a.version != p.va() || b.version != p.vb()) {
                continue;
            }
            if (!allCompatible(a.members, b.members, sim)) {
                continue;
            }
            a.members.addAll(b.members);
            b.dead = true;
            a.version++;
            for (int k = 0; k < b.neighbourCount; k++) {
                int c = b.neighbours[k];
                if (c == a.id || cs.get(c).dead) {
                    continue;
                }
                long ac = PairScores.key(a.id, c);
                if (!sums.containsKey(ac)) {
                    a.addNeighbour(c);
                    cs.get(c).addNeighbour(a.id);
                }
                sums.put(ac, sums.get(ac) + sums.get(PairScores.key(b.id, c)));
            }
            for (int k = 0; k < a.neighbourCount; k++) {
                Cluster c = cs.get(a.neighbours[k]);
                if (c.dead) {
                    continue;
                }
                double avg = sums.get(PairScores.key(a.id, c.id)) / ((double) a.members.size() * c.members.size());
                if (avg >= sim.threshold()) {
                    int x = Math.min(a.id, c.id);
                    int y = Math.max(a.id, c.id);
                    queue.add(new Pair(avg, x, y, cs.get(x).version, cs.get(y).version));
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Cluster c : cs) {
            if (!c.dead) {
                out.add(new ArrayList<>(c.members));
            }
        }
        return out;
    }

    private static boolean allCompatible(List<Integer> a, List<Integer> b, EventSimilarity sim) {
        for (int i : a) {
            for (int j : b) {
                if (!sim.compatible(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ChronologyEntry entry(List<SourceEvent> all, List<Integer> idx, EventSimilarity sim) {
        List<SourceEvent> sources = idx.stream().map(all::get).toList();
        // distinct dates, each with the events that report it
        Map<String, List<SourceEvent>> byDate = new LinkedHashMap<>();
        for (SourceEvent s : sources) {
            byDate.computeIfAbsent(s.start() + "/" + s.until() + "/" + s.value() + "/" + s.onOrBefore(),
                    k -> new ArrayList<>()).add(s);
        }
        List<DateReport> dates = byDate.values().stream()
                .map(l -> new DateReport(l.get(0).value(), l.get(0).precision(), l.stream().map(SourceEvent::ref).toList()))
                .toList();
        // the entry sits at the most precise date; among equally precise ones, the one most sources give, then the earliest
        SourceEvent dated = byDate.values().stream()
                .min(Comparator.comparingInt((List<SourceEvent> l) -> rank(l.get(0)))
                        .thenComparingInt(l -> -l.size())
                        .thenComparing(l -> l.get(0).start()))
                .orElseThrow().get(0);
        // the headline is the most representative member: the highest summed score to the others, then the earliest report
        int head = idx.get(0);
        double best = -1;
        for (int i : idx) {
            double s = 0;
            for (int j : idx) {
                if (i != j) {
                    s += sim.score(i, j);
                }
            }
            if (s > best + 1e-9) {
                best = s;
                head = i;
            }
        }
        boolean conflict = false;
        for (int i = 0; i < sources.size() && !conflict; i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (!MergeRule.compatible(sources.get(i), sources.get(j))) {
                    conflict = true;
                    break;
                }
            }
        }
        List<MergeLink> evidence = new ArrayList<>();
        if (idx.size() > 1) {
            for (int i : idx) {
                if (i != head) {
                    evidence.add(sim.evidence(i, head, idx));
                }
            }
        }
        evidence.sort(Comparator.comparing(MergeLink::a));
        SourceEvent primary = all.get(head);
        return new ChronologyEntry(id(sources.get(0)), dated.start(), dated.until(), dated.precision(),
                primary, List.copyOf(sources), dates, List.copyOf(evidence), conflict);
    }

    /** Finer granularity first; on-or-before and vague references last. */
    private static int rank(SourceEvent e) {
        if (e.onOrBefore()) {
            return Integer.MAX_VALUE - 1;
        }
        try {
            return Granularity.valueOf(e.granularity()).ordinal() * 2 + (e.mod() == null ? 1 : 0);
        } catch (IllegalArgumentException unknown) {
            return Integer.MAX_VALUE;
        }
    }

    /** Short, stable, safe in HTML ids and file names: derived from the first source event. */
    public static String id(SourceEvent first) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(first.ref().getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Set<String> NONE = Set.of();
}
