package org.tarikh.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.tarikh.annotate.Timex;

/**
 * One document's gold expressions paired with one system's expressions, TempEval-3 style.
 * <p>
 * Relaxed pairing is one-to-one: every overlapping (gold, system) pair is a candidate, the
 * candidates are taken by decreasing overlap (ties: the system span closest in length to the
 * gold span, then text order), and a pair is kept when neither side is taken yet. So a system
 * expression covering two gold expressions matches only one of them, and the other counts as
 * missed. A strict match is a relaxed pair with identical begin and end; an exact-span system
 * expression always wins the tie, so strict matches are a subset of relaxed ones.
 */
public final class Alignment {

    private final GoldDocument doc;
    private final List<Timex> system;
    private final int[] goldToSystem;
    private final int[] systemToGold;

    public Alignment(GoldDocument doc, List<Timex> system) {
        this.doc = doc;
        this.system = List.copyOf(system);
        List<GoldTimex> gold = doc.timexes();
        goldToSystem = new int[gold.size()];
        systemToGold = new int[this.system.size()];
        Arrays.fill(goldToSystem, -1);
        Arrays.fill(systemToGold, -1);

        record Candidate(int g, int s, int overlap, int lengthGap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldTimex gt = gold.get(g);
            for (int s = 0; s < this.system.size(); s++) {
                Timex st = this.system.get(s);
                int overlap = overlap(gt.begin(), gt.end(), st.begin(), st.end());
                if (overlap > 0) {
                    candidates.add(new Candidate(g, s, overlap,
                            Math.abs((st.end() - st.begin()) - (gt.end() - gt.begin()))));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::lengthGap)
                .thenComparingInt(Candidate::g)
                .thenComparingInt(Candidate::s));
        for (Candidate c : candidates) {
            if (goldToSystem[c.g()] < 0 && systemToGold[c.s()] < 0) {
                goldToSystem[c.g()] = c.s();
                systemToGold[c.s()] = c.g();
            }
        }
    }

    static int overlap(int b1, int e1, int b2, int e2) {
        return Math.max(0, Math.min(e1, e2) - Math.max(b1, b2));
    }

    public GoldDocument doc() {
        return doc;
    }

    public List<Timex> system() {
        return system;
    }

    /** The system expression relaxed-matched to gold {@code g}, or null. */
    public Timex matchOf(int g) {
        int s = goldToSystem[g];
        return s < 0 ? null : system.get(s);
    }

    /** The index of the system expression relaxed-matched to gold {@code g}, or -1. */
    public int matchIndex(int g) {
        return goldToSystem[g];
    }

    /** The index of the gold expression system expression {@code s} is matched to, or -1. */
    public int goldOf(int s) {
        return systemToGold[s];
    }

    public boolean strict(int g) {
        Timex s = matchOf(g);
        GoldTimex gt = doc.timexes().get(g);
        return s != null && s.begin() == gt.begin() && s.end() == gt.end();
    }

    public static boolean typeOk(GoldTimex g, Timex s) {
        return g.type().equals(s.type());
    }

    public static boolean valueOnlyOk(GoldTimex g, Timex s) {
        return g.value().equals(s.value());
    }

    /** Value and mod: «أواخر الشهر الماضي» as 2021-03 without END is a wrong normalization. */
    public static boolean valueOk(GoldTimex g, Timex s) {
        return valueOnlyOk(g, s) && Objects.equals(blankToNull(g.mod()), blankToNull(s.mod()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Whether system expression {@code s} overlaps {@code trap}. */
    public boolean overlaps(int s, GoldTrap trap) {
        Timex t = system.get(s);
        return overlap(t.begin(), t.end(), trap.begin(), trap.end()) > 0;
    }
}
