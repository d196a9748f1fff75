package org.tarikh.annotate.norm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Month names of the Gregorian families (months.txt) and of the Hijri calendar (hijri-months.txt). */
public final class Months {

    /** A month name found at a word index: its number, family, and how many words it spans. */
    public record Match(int number, String family, int words, boolean ambiguous) {
    }

    private record Entry(int number, String family, String[] keys, boolean ambiguous) {
    }

    private static final List<Entry> GREGORIAN = load("months.txt", true);
    private static final List<Entry> HIJRI = load("hijri-months.txt", false);
    private static final Set<String> CONTEXT = new HashSet<>(Lexicon.lines("month-context.txt").stream()
            .map(Lexicon::key).toList());

    /**
     * not-month-spellings.txt: written forms (diacritics and tatweel dropped, hamza kept) that normalize to a
     * month name but are never one: «إب», the Yemeni governorate, against the month «آب».
     */
    private static final Set<String> NOT_MONTH_SPELLINGS = Set.copyOf(Lexicon.lines("not-month-spellings.txt").stream()
            .map(Months::bare).toList());

    /** Whether this word, as written (after {@code skip} proclitic letters), is a spelling of not-month-spellings.txt. */
    public static boolean neverAMonth(Words.Word w, int skip) {
        String b = bare(w.text());
        return NOT_MONTH_SPELLINGS.contains(skip > 0 && b.length() > skip ? b.substring(skip) : b);
    }

    private static String bare(String s) {
        return s.replaceAll("[\u064B-\u0652\u0640]", "").strip();
    }

    /** The keys of the one-word month names, Gregorian families and Hijri, ambiguous ones included. */
    private static final Set<String> ONE_WORD_NAMES = oneWordNames();

    private Months() {
    }

    private static Set<String> oneWordNames() {
        Set<String> keys = new HashSet<>();
        for (List<Entry> entries : List.of(GREGORIAN, HIJRI)) {
            for (Entry e : entries) {
                if (e.keys.length == 1) {
                    keys.add(e.keys[0]);
                }
            }
        }
        return Set.copyOf(keys);
    }

    /** Whether this word (in {@link Lexicon#key} form) is a month name of one word: «تموز», «رمضان», «أغسطس». */
    public static boolean isOneWordName(String key) {
        return ONE_WORD_NAMES.contains(key);
    }

    private static List<Entry> load(String file, boolean withFamily) {
        List<Entry> out = new ArrayList<>();
        for (String[] row : Lexicon.table(file)) {
            String name = withFamily ? row[2] : row[1];
            boolean amb = name.endsWith("?");
            name = name.replace("?", "");
            String[] parts = name.split(" ");
            String[] keys = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                keys[i] = Lexicon.key(parts[i]);
            }
            out.add(new Entry(Integer.parseInt(row[0]), withFamily ? row[1] : "hijri", keys, amb));
        }
        // longest names first: «كانون الثاني» before a one-word name
        out.sort((a, b) -> b.keys.length - a.keys.length);
        return out;
    }

    /** A Gregorian-family month name starting at word i; ambiguous names only in a date context. */
    public static Match gregorian(List<Words.Word> words, int i) {
        return match(GREGORIAN, words, i, true);
    }

    /** A Gregorian-family month name at word i, ambiguous names included (the caller has context). */
    public static Match gregorianAnyContext(List<Words.Word> words, int i) {
        return match(GREGORIAN, words, i, false);
    }

    public static Match hijri(List<Words.Word> words, int i) {
        return match(HIJRI, words, i, false);
    }

    private static Match match(List<Entry> entries, List<Words.Word> words, int i, boolean checkContext) {
        for (Entry e : entries) {
            if (i + e.keys.length > words.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < e.keys.length && ok; k++) {
                String w = words.get(i + k).key();
                ok = w.equals(e.keys[k]);
            }
            if (!ok || e.keys.length == 1 && neverAMonth(words.get(i), 0)) {
                continue;
            }
            if (checkContext && e.ambiguous && !inDateContext(words, i, e.keys.length)) {
                continue;
            }
            return new Match(e.number, e.family, e.keys.length, e.ambiguous);
        }
        return null;
    }

    /** A number before or after, or a relative/modifier word around: «15 ماي», «ماي 2018», «أواخر ماي». */
    public static boolean inDateContext(List<Words.Word> words, int i, int len) {
        if (i > 0) {
            Words.Word p = words.get(i - 1);
            if (p.isNumber() || CONTEXT.contains(p.key())) {
                return true;
            }
        }
        int j = i + len;
        if (j < words.size()) {
            Words.Word nx = words.get(j);
            if ((nx.isNumber() && nx.key().length() == 4) || CONTEXT.contains(nx.key())) {
                return true;
            }
        }
        return false;
    }

    public static List<String> gregorianSpellings(int number) {
        List<String> out = new ArrayList<>();
        for (String[] row : Lexicon.table("months.txt")) {
            if (Integer.parseInt(row[0]) == number && row[1].equals("gregorian")) {
                out.add(row[2]);
            }
        }
        return out;
    }
}
