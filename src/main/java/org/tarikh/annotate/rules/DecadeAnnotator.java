package org.tarikh.annotate.rules;

import java.util.HashMap;
import java.util.Map;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;

/**
 * Decades, centuries and millennia: «الثمانينيات», «ثمانينيات القرن الماضي» (198), «القرن
 * العشرين» (19), «القرن الماضي» (the century before the publication date's), «العقد الماضي»,
 * «مطلع الألفية الثالثة» (2, START), with START/MID/END modifiers; «القرن الرابع الهجري» is a Hijri
 * century ({@link #hijriCentury}: «09»).
 */
public class DecadeAnnotator extends RuleAnnotator {

    private static final Map<String, Integer> DECADES = new HashMap<>();
    private static final Map<String, Integer> CENTURIES = new HashMap<>();
    private static final Map<String, Integer> MILLENNIA = new HashMap<>();
    /** Adjectives after a decade that make it Hijri («الثمانينيات الهجرية»). */
    private static final Map<String, Integer> HIJRI = new HashMap<>();
    private static final Map<String, String> MODS = Vocab.map("modifiers.txt");

    static {
        for (String[] r : Lexicon.table("decades.txt")) {
            Map<String, Integer> m = switch (r[0]) {
                case "decade" -> DECADES;
                case "century" -> CENTURIES;
                case "hijri" -> HIJRI;
                default -> MILLENNIA;
            };
            m.put(Lexicon.key(r[1]), Integer.parseInt(r[2]));
            if (r[0].equals("decade")) {
                m.put(Lexicon.key("ال" + r[1]), Integer.parseInt(r[2]));
            }
        }
    }

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i < doc.words.size(); i++) {
            int j = i;
            String mod = MODS.get(doc.key(j));
            if (mod != null) {
                j++;
            }
            String value = null;
            Integer decade = DECADES.get(doc.key(j));
            int dctCentury = doc.dct.getYear() / 100;
            if (decade != null) {
                j++;
                int century = 19;
                int[] c = century(doc, j, dctCentury);
                if (c != null) {
                    century = c[0];
                    j = c[1];
                }
                value = String.format("%02d%d", century, decade);
                if (c == null && HIJRI.containsKey(doc.key(j))) {
                    value = hijriDecade(decade, doc.dct);
                    j++;
                }
            } else {
                int[] c = century(doc, j, dctCentury);
                if (c != null) {
                    value = String.format("%02d", c[0]);
                    j = c[1];
                    if (HIJRI.containsKey(doc.key(j)) && c[2] == 1) {
                        value = hijriCentury(c[0] + 1);
                        j++;
                    }
                } else if (doc.key(j).equals("العقد") && Vocab.RELATIVE.containsKey(doc.key(j + 1))) {
                    int rel = Vocab.RELATIVE.get(doc.key(j + 1));
                    value = String.valueOf(doc.dct.getYear() / 10 + rel);
                    j += 2;
                } else if (doc.key(j).equals("الالفيه") && MILLENNIA.containsKey(doc.key(j + 1))) {
                    value = String.valueOf(MILLENNIA.get(doc.key(j + 1)));
                    j += 2;
                }
            }
            if (value == null) {
                continue;
            }
            doc.put(i, j - 1, TimexType.DATE, value, mod, "tarikh:decade");
            i = j - 1;
        }
    }

    /**
     * «الثمانينيات الهجرية»: the decade of the Hijri century of the publication date (or of the one
     * before, when that decade is still to come), valued as the Gregorian decade that holds 1 Rajab
     * of its middle year: 1380s AH → 1385 → 1965 → «196» (adjudication case 47).
     */
    static String hijriDecade(int decade, java.time.LocalDate dct) {
        int hy = java.time.chrono.HijrahDate.from(dct).get(java.time.temporal.ChronoField.YEAR);
        int start = hy / 100 * 100 + 10 * decade;
        if (start > hy) {
            start -= 100;
        }
        int gregorian = java.time.LocalDate.from(java.time.chrono.HijrahDate.of(start + 5, 7, 1)).getYear();
        return String.valueOf(gregorian / 10);
    }

    /**
     * «القرن الرابع الهجري»: the Hijri century (ordinal {@code n}), valued as the Gregorian century that
     * holds its middle year, as {@link #hijriDecade} does for decades: 301–400 AH → 350 AH → 961 → «09».
     * The year is converted with the mean ratio of the two calendars (33 Hijri years to 32 Gregorian),
     * since {@link java.time.chrono.HijrahChronology} covers only 1300–1600 AH; a century's middle year
     * is far enough from its ends for that.
     */
    static String hijriCentury(int n) {
        int middle = n * 100 - 50;
        int gregorian = middle - middle / 33 + 622;
        return String.format("%02d", gregorian / 100);
    }

    /**
     * «القرن العشرين», «القرن الماضي», «القرن الحالي» at word j: {century value, index after, 1 when
     * the century is named by its ordinal (and so may be Hijri), else 0}.
     */
    private static int[] century(TimexDoc doc, int j, int dctCentury) {
        if (!doc.key(j).equals("القرن")) {
            return null;
        }
        String three = doc.key(j + 1) + " " + doc.key(j + 2) + " " + doc.key(j + 3);
        String two = doc.key(j + 1) + " " + doc.key(j + 2);
        if (CENTURIES.containsKey(three)) {
            return new int[] {CENTURIES.get(three), j + 4, 1};
        }
        if (CENTURIES.containsKey(two)) {
            return new int[] {CENTURIES.get(two), j + 3, 1};
        }
        if (CENTURIES.containsKey(doc.key(j + 1))) {
            return new int[] {CENTURIES.get(doc.key(j + 1)), j + 2, 1};
        }
        Integer rel = Vocab.RELATIVE.get(doc.key(j + 1));
        if (rel != null) {
            return new int[] {dctCentury + rel, j + 2, 0};
        }
        return null;
    }
}
