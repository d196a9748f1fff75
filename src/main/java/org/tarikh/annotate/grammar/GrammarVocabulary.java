package org.tarikh.annotate.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.annotate.norm.Lexicon;
import org.tarikh.annotate.norm.Units;
import org.tarikh.annotate.norm.Words;

/**
 * The grammar's vocabulary: every resource file that names a piece, loaded once per engine
 * (it is immutable, so engines on other threads may share it). {@link #pieces} turns the words
 * of a text into the leaf pieces the rules combine.
 */
final class GrammarVocabulary {

    /** Longest phrase, in words, of any vocabulary entry. */
    private static final int MAX_WORDS = 4;
    /** «الـ15» (the view drops the tatweel), «1437ه», «2015م»: a number glued to the article or an era letter. */
    private static final java.util.regex.Pattern GLUED_NUMBER = java.util.regex.Pattern.compile("(ال)?\\d{1,4}[مه]?");
    private static final String[] PROCLITICS = {"وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"};

    /** Concatenated keys (spaces dropped) → the pieces they can be, as category and value. */
    private final Map<String, List<Object[]>> entries = new HashMap<>();
    /** The first words of multi-word entries, concatenated: a lookup stops where none goes on. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();

    GrammarVocabulary() {
        for (String[] r : Lexicon.table("grammar/words.txt")) {
            Object value = switch (r[0]) {
                case "ERA" -> r[1];
                case "SEP" -> r[2]; // the separator itself: a numeric date writes both the same
                case "HALF" -> Double.parseDouble(r[1]);
                case "UNIT", "LIFEUNIT", "FRACTION" -> r[1].split(":");
                case "VAGUE", "AGENOW", "RECENT", "MODIFIER", "LATELY", "PARTOFYEAR", "SEASON", "PASTNOUN", "TIMENOUN" -> r[1];
                case "REL", "STEP" -> Integer.parseInt(r[1]);
                default -> null;
            };
            add(r[2], r[0], value);
        }
        for (String[] r : Lexicon.table("months.txt")) {
            // "?" names are months only next to a day or year; the grammar's rules require one anyway
            add(r[2].replace("?", ""), "MONTHNAME", new Sem.MonthName(Integer.parseInt(r[0]), false));
        }
        for (String[] r : Lexicon.table("hijri-months.txt")) {
            add(r[1].replace("?", ""), "MONTHNAME", new Sem.MonthName(Integer.parseInt(r[0]), true));
        }
        for (String[] r : Lexicon.table("weekdays.txt")) {
            add(r[1], "WEEKDAY", Integer.parseInt(r[0]));
            add("ال" + r[1], "WEEKDAY", Integer.parseInt(r[0]));
        }
        for (String[] r : Lexicon.table("relative-words.txt")) {
            add(r[0], "REL", Integer.parseInt(r[1]));
        }
        for (String[] r : Lexicon.table("grammar/ordinals.txt")) {
            add(r[1], "DAYNUM", Integer.parseInt(r[0]));
        }
        for (String[] r : Lexicon.table("grammar/age-ordinals.txt")) {
            add(r[1], "AGEORD", Integer.parseInt(r[0]));
        }
        for (String[] r : Lexicon.table("grammar/nth.txt")) {
            add(r[1], "NTH", Integer.parseInt(r[0]));
        }
        for (String[] r : Lexicon.table("grammar/holidays.txt")) {
            add(r[2], "HOLIDAY", r[0].equals("*") ? new Sem.Holiday(0, 0)
                    : new Sem.Holiday(Integer.parseInt(r[0]), Integer.parseInt(r[1])));
        }
        for (String[] r : Lexicon.table("number-words.txt")) {
            add(r[0], "NUMWORD", Integer.parseInt(r[1]));
            add("ال" + r[0], "NUMWORD", Integer.parseInt(r[1])); // «السنوات الخمس», «العشرين عاماً»
        }
        for (String[] r : Lexicon.table("decades.txt")) {
            // «الستينات», «ثمانينيات»: the decade's digit; «العشرين», «الحادي والعشرين»: a century value
            if (r[0].equals("decade")) {
                add(r[1], "DECADENAME", Integer.parseInt(r[2]));
                add("ال" + r[1], "DECADENAME", Integer.parseInt(r[2]));
            } else if (r[0].equals("century")) {
                add(r[1], "CENTURYNAME", Integer.parseInt(r[2]));
            }
        }
        for (String[] r : Lexicon.table("grammar/hour-parts.txt")) {
            add(r[1], "HOURPART", Integer.parseInt(r[0]));
        }
        for (Units.Unit u : Units.all()) {
            add(u.spelling(), "UNIT", new String[] {u.code(), u.count()});
            add("ال" + u.spelling(), "UNIT", new String[] {u.code(), u.count()});
        }
    }

    private void add(String spelling, String category, Object value) {
        StringBuilder k = new StringBuilder();
        List<Words.Word> words = Words.split(spelling);
        for (int i = 0; i < words.size(); i++) {
            k.append(words.get(i).key());
            if (i < words.size() - 1) {
                prefixes.add(k.toString());
            }
        }
        entries.computeIfAbsent(k.toString(), x -> new ArrayList<>()).add(new Object[] {category, value});
    }

    /** The leaf pieces of a text: vocabulary phrases (longest first at each word), numbers, amounts. */
    List<Piece> pieces(List<Words.Word> words) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            lookup(words, i, out);
            Words.Word w = words.get(i);
            String key = w.key();
            if (w.isNumber() && key.length() <= 4) {
                int n = Integer.parseInt(key);
                out.add(new Piece("NUM", i, i, 0, n, ""));
                if (n >= 1 && n <= 31) {
                    out.add(new Piece("DAYNUM", i, i, 0, n, ""));
                }
            } else if (GLUED_NUMBER.matcher(key).matches()) {
                // «الـ15» (the view drops the tatweel), «1437ه», «2015م» as one word
                String digits = key.replaceAll("\\D", "");
                int n = Integer.parseInt(digits);
                if (key.startsWith("ال") && n >= 1 && n <= 31) {
                    out.add(new Piece("DAYNUM", i, i, 0, n, ""));
                } else if (key.startsWith("ال") && !key.endsWith("م") && !key.endsWith("ه")) {
                    // «الـ100 يوم الأولى», «الـ50 عاما الماضية»: a count with the article (acc10)
                    out.add(new Piece("NUM", i, i, 0, n, ""));
                } else if (!key.startsWith("ال")) {
                    boolean hijri = key.endsWith("ه");
                    out.add(new Piece("NUM", i, i, 0, n, ""));
                    if (hijri ? n >= 1300 && n <= 1600 : n >= 1000 && n <= 2200) {
                        out.add(new Piece("YEAR", i, i, 0, new Sem.Year(n, hijri, null), "year-era"));
                    }
                }
            }
        }
        numbersInWords(words, out);
        amounts(out);
        return out;
    }

    private void lookup(List<Words.Word> words, int i, List<Piece> out) {
        for (int skipIndex = -1; skipIndex < PROCLITICS.length; skipIndex++) {
            String first = words.get(i).key();
            int skip = 0;
            if (skipIndex >= 0) {
                String p = PROCLITICS[skipIndex];
                if (!first.startsWith(p) || first.length() - p.length() < 2) {
                    continue;
                }
                first = first.substring(p.length());
                skip = p.length();
                // «للمرحلة المقبلة»: «لـ» before the article drops the article's alef
                if (p.endsWith("ل") && first.startsWith("ل") && lookupFrom(words, i, "ا" + first, skip, out)) {
                    return;
                }
            }
            if (lookupFrom(words, i, first, skip, out)) {
                return; // a clitic is stripped only from words that mean nothing with it
            }
        }
    }

    /** The entries starting with {@code first} (word {@code i}, clitics stripped) and the words after it. */
    private boolean lookupFrom(List<Words.Word> words, int i, String first, int skip, List<Piece> out) {
        StringBuilder k = new StringBuilder(first);
        boolean found = false;
        for (int n = 1; n <= MAX_WORDS && i + n - 1 < words.size(); n++) {
            if (n > 1) {
                k.append(words.get(i + n - 1).key());
            }
            String key = k.toString();
            List<Object[]> e = entries.get(key);
            if (e != null) {
                for (Object[] c : e) {
                    if (n == 1 && "MONTHNAME".equals(c[0]) && org.tarikh.annotate.norm.Months.neverAMonth(words.get(i), skip)) {
                        continue; // «محافظة إب»: the governorate, not «آب»
                    }
                    out.add(new Piece((String) c[0], i, i + n - 1, skip, c[1], ""));
                }
                found = true;
            }
            if (!prefixes.contains(key)) {
                break; // no longer entry starts with these words
            }
        }
        return found;
    }

    /** «ستة عشر», «مائة وواحد وأربعين»: number words joined by «و» add up. */
    private static void numbersInWords(List<Words.Word> words, List<Piece> out) {
        List<Piece> numberWords = out.stream().filter(p -> p.category().equals("NUMWORD")).toList();
        Map<Integer, Piece> longestAt = new HashMap<>();
        for (Piece p : numberWords) {
            longestAt.merge(p.first(), p, (a, b) -> a.words() >= b.words() ? a : b);
        }
        for (Piece start : longestAt.values()) {
            int total = (Integer) start.value();
            int last = start.last();
            while (true) {
                int next = last + 1;
                Piece more = null;
                if (next < words.size() && words.get(next).key().equals("و")) {
                    more = longestAt.get(next + 1);
                } else if (next < words.size() && words.get(next).key().startsWith("و")) {
                    Piece glued = longestAt.get(next);
                    more = glued != null && glued.skip() == 1 ? glued : null;
                }
                if (more == null) {
                    break;
                }
                total += (Integer) more.value();
                last = more.last();
            }
            out.add(new Piece("NUM", start.first(), last, start.skip(), total, ""));
        }
    }

    /** A number and a unit («ثلاث سنوات»), or a unit that carries its count («يومين», «عاما»). */
    private static void amounts(List<Piece> out) {
        Map<Integer, List<Piece>> unitsAt = new HashMap<>();
        for (Piece p : out) {
            if (p.category().equals("UNIT")) {
                unitsAt.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Piece> amounts = new ArrayList<>();
        java.util.Set<Integer> articleAt = new java.util.HashSet<>();
        for (Piece p : out) {
            if (p.category().equals("DAYORD")) {
                articleAt.add(p.first());
            }
        }
        Map<Integer, List<Piece>> numbersAt = new HashMap<>();
        for (Piece p : out) {
            if (p.category().equals("NUM")) {
                numbersAt.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Piece u : out) {
            // «السنوات الخمس»: a plural unit with the article, then its number
            String[] unit = u.category().equals("UNIT") ? (String[]) u.value() : null;
            if (unit != null && unit[1].equals("0")) {
                for (Piece n : numbersAt.getOrDefault(u.last() + 1, List.of())) {
                    amounts.add(new Piece("AMOUNT", u.first(), n.last(), u.skip(),
                            new Sem.Amount((Integer) n.value(), unit[0], true), ""));
                }
                // acc11: «السنوات الـ 4 الماضية», the article written apart from the number (the view drops the tatweel)
                if (articleAt.contains(u.last() + 1)) {
                    for (Piece n : numbersAt.getOrDefault(u.last() + 2, List.of())) {
                        amounts.add(new Piece("AMOUNT", u.first(), n.last(), u.skip(),
                                new Sem.Amount((Integer) n.value(), unit[0], true), ""));
                    }
                }
            }
        }
        for (Piece p : out) {
            if (p.category().equals("NUM")) {
                for (Piece u : unitsAt.getOrDefault(p.last() + 1, List.of())) {
                    String[] unit = (String[]) u.value();
                    amounts.add(new Piece("AMOUNT", p.first(), u.last(), p.skip(),
                            new Sem.Amount((Integer) p.value(), unit[0], true), ""));
                }
            } else if (p.category().equals("FRACTION")) {
                // «نصف قرن», «ربع قرن»: a fraction of a unit, counted in a smaller one (grammar/words.txt)
                String[] fraction = (String[]) p.value();
                amounts.add(new Piece("AMOUNT", p.first(), p.last(), p.skip(),
                        new Sem.Amount(Integer.parseInt(fraction[1]), fraction[0], true), ""));
            } else if (p.category().equals("UNIT")) {
                String[] unit = (String[]) p.value();
                if (unit[1].equals("1") || unit[1].equals("2")) {
                    amounts.add(new Piece("AMOUNT", p.first(), p.last(), p.skip(),
                            new Sem.Amount(Integer.parseInt(unit[1]), unit[0], false), ""));
                }
            }
        }
        out.addAll(amounts);
    }
}
