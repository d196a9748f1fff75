package org.tarikh.chronology;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When two per-article events are one event. Similarity is the TF-IDF cosine of their
 * content terms ({@link SourceEvent#contentTerms()}: {@link ArabicTerms} without the words of
 * the date expression, since time is compared on its own). A pair is merged when
 * <ul>
 *   <li>their times are compatible (the intervals are the same, one contains the other —
 *   «أبريل 2021» contains «7 أبريل 2021», «قبل 2021-04-07» every earlier time — or they
 *   overlap), the similarity is at least {@code minSimilarity} and they share at least
 *   {@code minSharedTerms} terms; or</li>
 *   <li>their dates are the same (equal intervals, a day or finer, not vague), the
 *   similarity is at least {@code minSameDateSimilarity} and they share at least
 *   {@code minSameDateSharedTerms} terms: an agreeing precise date is evidence of its own, so
 *   reports of the Baghdad book fair opening «الخميس المقبل», «غدا» and «الخميس 8 أبريل» meet
 *   although their wording differs; or</li>
 *   <li>their times conflict (disjoint intervals, «6 أبريل» against «7 أبريل») at most
 *   {@code maxConflictDays} apart, the similarity is at least {@code minConflictSimilarity}
 *   and they share at least {@code minConflictSharedTerms} terms: then the pair is merged and
 *   flagged as a date conflict, and both dates are kept.</li>
 * </ul>
 * The shared-term minimums keep short, generic clauses («أعلنت وزارة الخارجية») from merging
 * on a high cosine over two or three words. IDF weights come from all stored events, so terms
 * most reports share weigh little and rare names and actions weigh much.
 */
public record MergeRule(double minSimilarity, int minSharedTerms, double minSameDateSimilarity,
        int minSameDateSharedTerms, double minConflictSimilarity, int minConflictSharedTerms, long maxConflictDays) {

    /** Tuned on src/test/resources/chronology and the sample articles (docs/chronology.md). */
    public static final MergeRule DEFAULT = new MergeRule(0.30, 2, 0.15, 3, 0.45, 4, 14);

    /** The evidence for merging two events, if the rule accepts the pair. */
    public Optional<MergeLink> test(SourceEvent a, SourceEvent b, Weights w) {
        return test(a, Features.of(a, w), b, Features.of(b, w), w);
    }

    /** As above, with each event's terms and vector computed once (the builder tests many pairs). */
    Optional<MergeLink> test(SourceEvent a, Features fa, SourceEvent b, Features fb, Weights w) {
        Time time = time(a, b);
        if (time.gapDays() > maxConflictDays) {
            return Optional.empty();
        }
        List<String> shared = new ArrayList<>();
        for (String t : fa.vector().keySet()) {
            if (fb.vector().containsKey(t)) {
                shared.add(t);
            }
        }
        if (shared.size() < minSharedTerms) {
            return Optional.empty();
        }
        double sim = Weights.cosine(fa, fb);
        boolean accepted;
        boolean conflict = !time.compatible();
        if (conflict) {
            accepted = sim >= minConflictSimilarity && shared.size() >= minConflictSharedTerms;
        } else {
            boolean sameDate = time.relation().equals("same") && fineDate(a);
            accepted = sim >= minSimilarity
                    || sameDate && sim >= minSameDateSimilarity && shared.size() >= minSameDateSharedTerms;
        }
        if (!accepted) {
            return Optional.empty();
        }
        shared.sort(Comparator.comparingDouble((String t) -> -w.idf(t)).thenComparing(t -> t));
        return Optional.of(new MergeLink(a.ref(), b.ref(), Math.round(sim * 1000) / 1000.0,
                List.copyOf(shared.subList(0, Math.min(6, shared.size()))), time.describe(), conflict));
    }

    /** An event's content terms as a TF-IDF vector with its norm. */
    record Features(Map<String, Double> vector, double norm) {

        static Features of(SourceEvent e, Weights w) {
            Map<String, Double> v = new HashMap<>();
            for (String t : e.contentTerms()) {
                v.merge(t, w.idf(t), Double::sum);
            }
            return new Features(v, Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum()));
        }
    }


    /** A day or finer, not vague: a shared month is weak evidence in a news archive. */
    private static boolean fineDate(SourceEvent e) {
        return !e.vague() && java.util.List.of("MINUTE", "HOUR", "PART_OF_DAY", "DAY").contains(e.granularity());
    }

    static boolean compatible(SourceEvent a, SourceEvent b) {
        return time(a, b).compatible();
    }

    record Time(String relation, long gapDays) {
        boolean compatible() {
            return gapDays < 0;
        }

        String describe() {
            return gapDays < 0 ? relation : "disjoint, " + gapDays + " days apart";
        }
    }

    /** Vague references become open intervals: PAST_REF is everything before the publication day. */
    static LocalDateTime[] effective(SourceEvent e) {
        if (e.onOrBefore()) {
            return new LocalDateTime[] {LocalDateTime.MIN, e.until()};
        }
        if ("PAST_REF".equals(e.value())) {
            return new LocalDateTime[] {LocalDateTime.MIN, e.dct().atStartOfDay()};
        }
        if ("FUTURE_REF".equals(e.value())) {
            return new LocalDateTime[] {e.dct().plusDays(1).atStartOfDay(), LocalDateTime.MAX};
        }
        return new LocalDateTime[] {e.start(), e.until()};
    }

    static Time time(SourceEvent a, SourceEvent b) {
        LocalDateTime[] x = effective(a);
        LocalDateTime[] y = effective(b);
        if (x[0].equals(y[0]) && x[1].equals(y[1])) {
            return new Time("same", -1);
        }
        if ((!x[0].isAfter(y[0]) && !x[1].isBefore(y[1])) || (!y[0].isAfter(x[0]) && !y[1].isBefore(x[1]))) {
            return new Time("contains", -1);
        }
        if (x[0].isBefore(y[1]) && y[0].isBefore(x[1])) {
            return new Time("overlaps", -1);
        }
        LocalDateTime gapFrom = x[1].isAfter(y[0]) ? y[1] : x[1];
        LocalDateTime gapTo = x[1].isAfter(y[0]) ? x[0] : y[0];
        return new Time("disjoint", ChronoUnit.DAYS.between(gapFrom, gapTo));
    }

    /** IDF weights over a body of events; {@code df} has the event count under the key "". */
    public record Weights(Map<String, Integer> df) {

        public static Weights of(Map<String, Integer> df) {
            return new Weights(df);
        }

        double idf(String term) {
            int n = df.getOrDefault("", 0);
            return Math.log((n + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1.0;
        }

        double cosine(List<String> a, List<String> b) {
            return cosine(features(a), features(b));
        }

        private Features features(List<String> terms) {
            Map<String, Double> v = new HashMap<>();
            for (String t : terms) {
                v.merge(t, idf(t), Double::sum);
            }
            return new Features(v, Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum()));
        }

        static double cosine(Features a, Features b) {
            if (a.norm() == 0 || b.norm() == 0) {
                return 0;
            }
            Features small = a.vector().size() <= b.vector().size() ? a : b;
            Features large = small == a ? b : a;
            double dot = 0;
            for (Map.Entry<String, Double> e : small.vector().entrySet()) {
                Double other = large.vector().get(e.getKey());
                if (other != null) {
                    dot += e.getValue() * other;
                }
            }
            return dot / (a.norm() * b.norm());
        }
    }
}
