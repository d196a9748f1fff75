package org.tarikh.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.tarikh.annotate.Timex;
import org.tarikh.annotate.TimexType;

/**
 * Turns alignments into report rows.
 * <ul>
 *   <li><b>overall</b>: every gold expression, every system expression, every TRAP;</li>
 *   <li><b>type T</b>: gold of type T; system = those matched to them plus unmatched system
 *   expressions typed T (so recall is about finding T expressions, precision about spurious
 *   ones labelled T; type confusions show in the type accuracy);</li>
 *   <li><b>phenomenon L</b>: gold whose phen contains L; system = those matched to them plus
 *   system expressions overlapping a TRAP labelled L. The {@code false-positive} row has no
 *   gold, so its precision is 0 whenever a trap is tagged and undefined otherwise; its
 *   {@code traps}/{@code trapsTagged} counts say how many traps were tagged.</li>
 * </ul>
 */
public final class Scorer {

    public static final List<String> TYPES = java.util.Arrays.stream(TimexType.values()).map(Enum::name).toList();

    private final Counts overall = new Counts();
    private final Map<String, Counts> byType = new LinkedHashMap<>();
    private final Map<String, Counts> byPhenomenon = new LinkedHashMap<>();

    public Scorer() {
        TYPES.forEach(t -> byType.put(t, new Counts()));
        Phenomena.LABELS.forEach(l -> byPhenomenon.put(l, new Counts()));
    }

    public Scorer add(Alignment a) {
        addRow(overall, a, g -> true, s -> true, t -> true);
        for (String type : TYPES) {
            addRow(byType.get(type), a, g -> g.type().equals(type),
                    s -> a.goldOf(s) < 0 && type.equals(a.system().get(s).type()), t -> false);
        }
        for (String label : Phenomena.LABELS) {
            addRow(byPhenomenon.get(label), a, g -> g.phen().contains(label),
                    s -> a.doc().traps().stream().anyMatch(t -> t.phen().contains(label) && a.overlaps(s, t)),
                    t -> t.phen().contains(label));
        }
        return this;
    }

    private static void addRow(Counts c, Alignment a, Predicate<GoldTimex> goldRow, IntPredicate systemRow,
            Predicate<GoldTrap> trapRow) {
        List<GoldTimex> gold = a.doc().timexes();
        Set<Integer> systems = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldTimex gt = gold.get(g);
            if (!goldRow.test(gt)) {
                continue;
            }
            c.gold++;
            Timex s = a.matchOf(g);
            if (s == null) {
                continue;
            }
            systems.add(a.matchIndex(g));
            c.relaxed++;
            if (a.strict(g)) {
                c.strict++;
            }
            if (Alignment.typeOk(gt, s)) {
                c.typeOk++;
            }
            if (Alignment.valueOk(gt, s)) {
                c.valueOk++;
            }
            if (Alignment.valueOnlyOk(gt, s)) {
                c.valueOnlyOk++;
            }
        }
        for (int s = 0; s < a.system().size(); s++) {
            if (systemRow.test(s)) {
                systems.add(s);
            }
        }
        c.system += systems.size();
        for (GoldTrap t : a.doc().traps()) {
            if (!trapRow.test(t)) {
                continue;
            }
            c.traps++;
            for (int s = 0; s < a.system().size(); s++) {
                if (a.overlaps(s, t)) {
                    c.trapsTagged++;
                    break;
                }
            }
        }
    }

    public Counts overall() {
        return overall;
    }

    public Map<String, Counts> byType() {
        return byType;
    }

    public Map<String, Counts> byPhenomenon() {
        return byPhenomenon;
    }
}
