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

import javax.sql.DataSource;

import org.tarikh.order.Granularity;

/**
 * Groups per-article events into chronology entries. Merges are computed when a chronology
 * is asked for and never stored: the event table is untouched, so a merge is undone by asking
 * without merging ({@code --no-merge}) or with a stricter {@link MergeRule}, and every entry
 * carries the {@link MergeLink}s that justify it.
 * <p>
 * Clustering: candidate pairs are events that share terms (an inverted index, skipping terms
 * so common they would pair everything); pairs the rule accepts are joined most similar first,
 * and two groups are joined only if every pair across them may share an entry (no two dates
 * more than {@link MergeRule#maxConflictDays()} apart), so chains cannot drift through time.
 */
public final class ChronologyBuilder {

    /**
     * Terms in more events than this do not propose candidate pairs (they still count in the
     * similarity): a pair must share at least the rule's minimum of rarer terms to be tested.
     */
    static final int MAX_POSTINGS = 500;

    /**
     * Two groups join only if the mean similarity over all pairs across them reaches this:
     * single links alone would chain loosely related same-day reports into one large entry.
     */
    static final double MIN_MEAN_SIMILARITY = 0.10;

    private ChronologyBuilder() {
    }

    /** Reads the filtered events from the database and builds their chronology. */
    public static Chronology query(DataSource dataSource, ChronologyFilter filter, MergeRule rule, boolean merge) {
        EventQuery q = new EventQuery(dataSource);
        List<SourceEvent> events = q.events(filter);
        MergeRule.Weights weights = MergeRule.Weights.of(merge ? q.documentFrequencies() : Map.of());
        return build(filter, events, rule, weights, merge);
    }

    public static Chronology build(ChronologyFilter filter, List<SourceEvent> events, MergeRule rule,
            MergeRule.Weights weights, boolean merge) {
        int n = events.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<List<MergeLink>> linksByRoot = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            linksByRoot.add(new ArrayList<>());
            members.add(new ArrayList<>(List.of(i)));
        }
        List<MergeRule.Features> features = events.stream().map(e -> MergeRule.Features.of(e, weights)).toList();
        if (merge) {
            for (Candidate c : candidates(events, features, rule, weights)) {
                int ra = find(parent, c.i());
                int rb = find(parent, c.j());
                if (ra == rb) {
                    // already together: keep the evidence, it explains the entry further
                    linksByRoot.get(ra).add(c.link());
                    continue;
                }
                if (!mayJoin(events, features, members.get(ra), members.get(rb), rule)) {
                    continue;
                }
                int root = Math.min(ra, rb);
                int other = Math.max(ra, rb);
                parent[other] = root;
                members.get(root).addAll(members.get(other));
                linksByRoot.get(root).addAll(linksByRoot.get(other));
                linksByRoot.get(root).add(c.link());
            }
        }
        List<ChronologyEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (find(parent, i) == i) {
                List<Integer> idx = new ArrayList<>(members.get(i));
                idx.sort(Integer::compare); // events come in timeline order
                entries.add(entry(idx.stream().map(events::get).toList(), linksByRoot.get(i)));
            }
        }
        entries.sort(Comparator.comparing(ChronologyEntry::start).thenComparing(ChronologyEntry::until)
                .thenComparing(e -> e.sources().get(0).articleId()).thenComparingInt(e -> e.sources().get(0).seq()));
        return new Chronology(filter, rule, n, List.copyOf(entries));
    }

    private record Candidate(int i, int j, MergeLink link) {
    }

    private static List<Candidate> candidates(List<SourceEvent> events, List<MergeRule.Features> features,
            MergeRule rule, MergeRule.Weights weights) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (String t : features.get(i).vector().keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        List<Candidate> out = new ArrayList<>();
        Map<Integer, Integer> sharedWith = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            // events after i sharing terms with it, counted through the postings of its rarer terms
            sharedWith.clear();
            for (String t : features.get(i).vector().keySet()) {
                List<Integer> list = postings.get(t);
                if (list.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int j : list) {
                    if (j > i) {
                        sharedWith.merge(j, 1, Integer::sum);
                    }
                }
            }
            final int a = i;
            for (Map.Entry<Integer, Integer> c : sharedWith.entrySet()) {
                int b = c.getKey();
                if (c.getValue() < rule.minSharedTerms()) {
                    continue; // too few rarer shared terms to pass the rule's minimum
                }
                rule.test(events.get(a), features.get(a), events.get(b), features.get(b), weights)
                        .ifPresent(l -> out.add(new Candidate(a, b, l)));
            }
        }
        // most similar first; ties in timeline order, so the result does not depend on hashing
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.link().similarity())
                .thenComparingInt(Candidate::i).thenComparingInt(Candidate::j));
        return out;
    }

    private static boolean mayJoin(List<SourceEvent> events, List<MergeRule.Features> features, List<Integer> a,
            List<Integer> b, MergeRule rule) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                if (!rule.mayShareEntry(events.get(i), events.get(j))) {
                    return false;
                }
                sum += MergeRule.Weights.cosine(features.get(i), features.get(j));
            }
        }
        return sum / ((double) a.size() * b.size()) >= MIN_MEAN_SIMILARITY;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static ChronologyEntry entry(List<SourceEvent> sources, List<MergeLink> links) {
        // distinct dates, each with the events that report it
        Map<String, List<SourceEvent>> byDate = new LinkedHashMap<>();
        for (SourceEvent s : sources) {
            byDate.computeIfAbsent(s.start() + "/" + s.until() + "/" + s.value(), k -> new ArrayList<>()).add(s);
        }
        List<DateReport> dates = byDate.values().stream()
                .map(l -> new DateReport(l.get(0).value(), l.get(0).precision(), l.stream().map(SourceEvent::ref).toList()))
                .toList();
        // the entry sits at the most precise date; among equally precise ones, the one most sources give, then the earliest
        SourceEvent primary = byDate.values().stream()
                .min(Comparator.comparingInt((List<SourceEvent> l) -> rank(l.get(0)))
                        .thenComparingInt(l -> -l.size())
                        .thenComparing(l -> l.get(0).start()))
                .orElseThrow().get(0);
        boolean conflict = false;
        for (int i = 0; i < sources.size() && !conflict; i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (!MergeRule.compatible(sources.get(i), sources.get(j))) {
                    conflict = true;
                    break;
                }
            }
        }
        List<MergeLink> sortedLinks = new ArrayList<>(links);
        sortedLinks.sort(Comparator.comparing(MergeLink::a).thenComparing(MergeLink::b));
        return new ChronologyEntry(id(sources.get(0)), primary.start(), primary.until(), primary.precision(),
                primary, List.copyOf(sources), dates, List.copyOf(sortedLinks), conflict);
    }

    /** Finer granularity first; vague references last. */
    private static int rank(SourceEvent e) {
        try {
            return Granularity.valueOf(e.granularity()).ordinal() * 2 + (e.mod() == null ? 1 : 0);
        } catch (IllegalArgumentException unknown) {
            return Integer.MAX_VALUE;
        }
    }

    /** Short, stable, safe in HTML ids and file names: derived from the first source event. */
    static String id(SourceEvent first) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(first.ref().getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
