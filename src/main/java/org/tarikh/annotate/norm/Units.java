package org.tarikh.annotate.norm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Duration units (units.txt), read once for every annotator that needs them: each spelling with its
 * unit code (D W M Y H MIN DE CE) and the count the word itself carries (1 singular, 2 dual, 0 a
 * plural that needs a number, X an unspecified plural).
 */
public final class Units {

    /** One spelling of a unit: «أسبوعين» is W with the count 2. */
    public record Unit(String spelling, String code, String count) {
    }

    private static final List<Unit> ALL = Lexicon.table("units.txt").stream()
            .map(r -> new Unit(r[0], r[1], r[2])).toList();
    private static final Map<String, Unit> BY_KEY = byKey();

    private Units() {
    }

    private static Map<String, Unit> byKey() {
        Map<String, Unit> m = new HashMap<>();
        for (Unit u : ALL) {
            m.put(Lexicon.key(u.spelling()), u);
        }
        return Map.copyOf(m);
    }

    /** The unit this word (in {@link Lexicon#key} form) spells, or null: «ايام» → D with count 0. */
    public static Unit of(String key) {
        return key == null ? null : BY_KEY.get(key);
    }

    /** Whether this word (in {@link Lexicon#key} form) is a unit word. */
    public static boolean isUnit(String key) {
        return of(key) != null;
    }

    /** Every spelling, in the file's order. */
    public static List<Unit> all() {
        return ALL;
    }
}
