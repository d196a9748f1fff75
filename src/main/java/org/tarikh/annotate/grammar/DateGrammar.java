package org.tarikh.annotate.grammar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Words;

/**
 * The date grammar: typed pieces (vocabulary words, numbers, amounts) are combined bottom-up by
 * the rules of grammar.txt until nothing new is built; the longest pieces that an "emit" rule
 * built are the expressions. Immutable after construction: one instance serves every engine.
 */
public final class DateGrammar {

    /**
     * An expression the grammar found: words {@code first..last}, its reading and rule trail;
     * {@code from..to} is the whole match, context words included.
     */
    public record Found(int first, int last, int skip, Sem.Reading reading, String rules, int from, int to,
            boolean override) {
    }

    private static final int MAX_PASSES = 6;

    private final GrammarVocabulary vocabulary = new GrammarVocabulary();
    private final List<GrammarRule> rules = GrammarRule.load();

    /**
     * The expressions of a text.
     *
     * @param words  the words of the HeidelTime view
     * @param dct    the publication date
     * @param time   the publication time of day, or null when unknown: hour and minute offsets
     *               («بعد ساعتين») become clock times only when it is known
     * @param future whether the clause of word i speaks about the future (the tense rule)
     * @param spokenFuture whether a spoken future marker («بنرجع», «رح», «هنسافر») stands just before
     *                     word i; read only by rules of spoken forms («عشرين شهر سبعة»)
     * @param pastVerb whether a perfect verb opens the clause of word i (read backwards, nothing
     *                 future in between): «سحب العلاج بعد ستة أسابيع» counts from the event it tells
     * @param dateBefore the value of the last dated expression ending before word i, or null (for
     *                   anaphora: «ذلك العام»)
     * @param yields whether an expression would yield to one found before the grammar (one reaching
     *               beyond it); such an expression is not kept, so that shorter ones inside it can be
     *               («مساء الاثنين ٤-١٠-١٤٣٦»: «الاثنين ٤-١٠-١٤٣٦» yields to «مساء الاثنين», the date stays)
     */
    public List<Found> parse(List<Words.Word> words, LocalDate dct, LocalTime time, IntPredicate future,
            IntPredicate spokenFuture, IntPredicate pastVerb, IntFunction<String> dateBefore, Predicate<Found> yields) {
        // the clause tests read the text around a word; every complete match starting there asked them again
        future = once(future, words.size());
        spokenFuture = once(spokenFuture, words.size());
        pastVerb = once(pastVerb, words.size());
        List<Piece> chart = vocabulary.pieces(words);
        Set<String> seen = new HashSet<>();
        chart.forEach(p -> seen.add(signature(p)));
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Map<Integer, List<Piece>> byStart = new HashMap<>();
            for (Piece p : chart) {
                byStart.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(p);
            }
            List<Piece> built = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Set<String> here = new HashSet<>();
                for (Piece p : byStart.getOrDefault(i, List.of())) {
                    here.add(p.category());
                }
                here.add("'" + words.get(i).key());
                for (GrammarRule rule : rules) {
                    if (canStart(rule, here)) {
                        match(rule, 0, i, i, new ArrayList<>(), new ArrayList<>(), words, byStart, dct, time, future, spokenFuture, pastVerb, dateBefore, built);
                    }
                }
            }
            int before = chart.size();
            for (Piece p : built) {
                if (seen.add(signature(p))) {
                    chart.add(p);
                }
            }
            if (chart.size() == before) {
                break;
            }
        }
        return longest(chart, words, yields);
    }

    /** {@code test}, asked at most once per word of a text of {@code n} words (one parse). */
    static IntPredicate once(IntPredicate test, int n) {
        byte[] known = new byte[n]; // 0 not asked yet, 1 false, 2 true
        return i -> {
            if (i < 0 || i >= n) {
                return test.test(i);
            }
            if (known[i] == 0) {
                known[i] = test.test(i) ? (byte) 2 : (byte) 1;
            }
            return known[i] == 2;
        };
    }

    /** Whether one of the rule's possible first elements is among what stands at a word. */
    private static boolean canStart(GrammarRule rule, Set<String> here) {
        for (GrammarRule.Element e : rule.elements()) {
            if (here.contains(e.word() != null ? "'" + e.word() : e.category())) {
                return true;
            }
            if (!e.optional()) {
                return false;
            }
        }
        return true;
    }

    private static String signature(Piece p) {
        return p.category() + "/" + p.first() + "/" + p.last() + "/" + p.skip() + "/" + p.value();
    }

    /** Extends a partial match of {@code rule} from element {@code e} at word {@code at}. */
    private void match(GrammarRule rule, int e, int start, int at, List<Piece> parts, List<Boolean> context,
            List<Words.Word> words,
            Map<Integer, List<Piece>> byStart, LocalDate dct, LocalTime time, IntPredicate future, IntPredicate spokenFuture, IntPredicate pastVerb, IntFunction<String> dateBefore,
            List<Piece> out) {
        if (e == rule.elements().size()) {
            if (parts.isEmpty()) {
                return;
            }
            // the extent: the parts that are not context, in order
            int firstPart = -1;
            int lastPart = -1;
            for (int k = 0; k < parts.size(); k++) {
                if (!context.get(k)) {
                    firstPart = firstPart < 0 ? k : firstPart;
                    lastPart = k;
                }
            }
            if (firstPart < 0) {
                return;
            }
            int first = parts.get(firstPart).first();
            int last = parts.get(lastPart).last();
            String next = at < words.size() ? words.get(at).key() : "";
            String prev = first > 0 ? words.get(first - 1).key() : "";
            GrammarComposer.Context c = new GrammarComposer.Context(dct, future.test(first), spokenFuture.test(first), pastVerb.test(first), next, prev,
                    words.get(first).key(), words.get(last).key(), dateBefore.apply(first), time);
            Object v = GrammarComposer.compose(rule.composer(), parts, c);
            if (v == null) {
                return;
            }
            StringBuilder trail = new StringBuilder(rule.id());
            if (v instanceof GrammarComposer.Flagged f) {
                trail.append('(').append(f.flag()).append(')');
                v = f.value();
            }
            for (Piece p : parts) {
                if (!p.rules().isEmpty()) {
                    trail.append('+').append(p.rules());
                }
            }
            out.add(new Piece(rule.result(), first, last, parts.get(firstPart).skip(), v, trail.toString(),
                    Math.min(first, parts.get(0).first()), Math.max(last, parts.get(parts.size() - 1).last())));
            return;
        }
        GrammarRule.Element el = rule.elements().get(e);
        if (el.optional()) {
            match(rule, e + 1, start, at, parts, context, words, byStart, dct, time, future, spokenFuture, pastVerb, dateBefore, out);
        }
        if (at >= words.size()) {
            return;
        }
        if (el.word() != null) {
            if (words.get(at).key().equals(el.word())) {
                parts.add(new Piece("WORD", at, at, 0, el.word(), ""));
                context.add(el.context());
                match(rule, e + 1, start, at + 1, parts, context, words, byStart, dct, time, future, spokenFuture, pastVerb, dateBefore, out);
                parts.remove(parts.size() - 1);
                context.remove(context.size() - 1);
            }
            return;
        }
        for (Piece p : byStart.getOrDefault(at, List.of())) {
            // only the first piece of an expression may begin after a proclitic
            if (p.category().equals(el.category()) && (p.skip() == 0 || parts.isEmpty() || el.context())) {
                parts.add(p);
                context.add(el.context());
                match(rule, e + 1, start, p.last() + 1, parts, context, words, byStart, dct, time, future, spokenFuture, pastVerb, dateBefore, out);
                parts.remove(parts.size() - 1);
                context.remove(context.size() - 1);
            }
        }
    }

    /** Emitted pieces, longest first, that overlap no longer one. */
    private List<Found> longest(List<Piece> chart, List<Words.Word> words, Predicate<Found> yields) {
        Set<String> emitting = new HashSet<>();
        Set<String> overriding = new HashSet<>();
        for (GrammarRule r : rules) {
            if (r.emit()) {
                emitting.add(r.id());
            }
            if (r.override()) {
                overriding.add(r.id());
            }
        }
        List<Piece> candidates = new ArrayList<>();
        for (Piece p : chart) {
            String head = p.rules().split("[+(]", 2)[0];
            if (emitting.contains(head)) {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparingInt((Piece p) -> -(words.get(p.last()).end() - words.get(p.first()).begin()))
                .thenComparingInt(Piece::first));
        boolean[] taken = new boolean[words.size()];
        List<Found> out = new ArrayList<>();
        for (Piece p : candidates) {
            boolean free = true;
            for (int k = p.first(); k <= p.last(); k++) {
                free &= !taken[k];
            }
            if (!free) {
                continue;
            }
            Found f = new Found(p.first(), p.last(), p.skip(), reading(p), p.rules(), p.from(), p.to(),
                    overriding.contains(p.rules().split("[+(]", 2)[0]));
            if (yields.test(f)) {
                continue;
            }
            for (int k = p.first(); k <= p.last(); k++) {
                taken[k] = true;
            }
            out.add(f);
        }
        out.sort(Comparator.comparingInt(Found::first));
        return out;
    }

    private static Sem.Reading reading(Piece p) {
        Object v = p.value();
        if (v instanceof Sem.Reading r) {
            return r;
        }
        if (v instanceof LocalDate d) {
            return new Sem.Reading(TimexType.DATE, d.toString(), null);
        }
        if (v instanceof Sem.Month m) {
            return GrammarComposer.reading(m);
        }
        throw new IllegalStateException("an emitting rule built " + p.category() + " " + v);
    }
}
