package org.tarikh.annotate.norm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text HeidelTime reads: the article rewritten so that its Arabic rules can match, with a
 * map back to the original offsets. Rewrites (all rule data in resources):
 * <ol>
 *   <li>diacritics and tatweel dropped, Arabic-Indic digits as ASCII digits, Arabic presentation
 *   forms (U+FB50–U+FDFF, U+FE70–U+FEFE) as the letters they stand for («ﻷ» → «لأ»);</li>
 *   <li>a proclitic glued to a temporal word is separated by a space («وأمس» → «و أمس»,
 *   «للعام» → «ل العام»): HeidelTime needs a token boundary and often a space before a match;</li>
 *   <li>spelling variants of temporal words become the spelling its rules know («الماضى»,
 *   «إبريل»), Maghrebi and Moroccan month names become their Gregorian twin («أفريل» → «ابريل»);</li>
 *   <li>a month written with its twin («7 أبريل نيسان», «أيار (مايو)») keeps only the first name,
 *   the twin being absorbed into its span, so the pair maps back to one expression.</li>
 * </ol>
 */
public final class HeidelTimeText {

    private static final java.util.regex.Pattern CLITIC_NUMBER = java.util.regex.Pattern.compile("[وبلف][0-9]+");
    private static final java.util.regex.Pattern ARTICLE_NUMBER = java.util.regex.Pattern.compile("ال[0-9]{1,2}");
    private static final java.util.regex.Pattern YEAR_ERA = java.util.regex.Pattern.compile("[0-9]{4}م");
    /** «بتاريخ16/10/1436هـ», «الموافق9/8/2015م»: a word glued to the first number of a numeric date. */
    private static final java.util.regex.Pattern WORD_NUMBER = java.util.regex.Pattern.compile("(\\p{IsArabic}{3,})([0-9]{1,2})");
    private static final List<String> PROCLITICS = Lexicon.lines("proclitics.txt");
    private static final Map<String, String> SPELLING = new HashMap<>();
    private static final Set<String> HOSTS = new HashSet<>();
    /** Three-letter hosts must be spelled exactly: «لامس» (touched) is not «ل» + «أمس». */
    private static final Set<String> EXACT_HOSTS = new HashSet<>(Lexicon.lines("clitic-hosts.txt"));
    private static final Set<String> MASKED = new HashSet<>();
    /** Everyday (dialectal) words and phrases, by normalized key (words joined by a space) → MSA. */
    private static final Map<String, String> DIALECT = new HashMap<>();
    private static final int DIALECT_MAX_WORDS = 3;

    static {
        for (String w : Lexicon.lines("heideltime-spelling.txt")) {
            SPELLING.put(Lexicon.key(w), w);
        }
        for (String[] r : Lexicon.table("dialect-words.txt")) {
            StringBuilder k = new StringBuilder();
            for (String part : r[0].split(" ")) {
                for (Words.Word w : part.equals("<num>") ? List.of(new Words.Word(0, 5, part, part)) : Words.split(part)) {
                    k.append(k.length() == 0 ? "" : " ").append(w.key());
                }
            }
            DIALECT.put(k.toString(), r[1]);
        }
        for (String w : Lexicon.lines("adjective-sets.txt")) {
            if (w.startsWith("ال")) {
                MASKED.add(Lexicon.key(w));
            }
        }
        for (String w : Lexicon.lines("clitic-hosts.txt")) {
            HOSTS.add(Lexicon.key(w));
        }
        for (String[] row : Lexicon.table("months.txt")) {
            if (!row[2].endsWith("?") && !row[2].contains(" ")) {
                HOSTS.add(Lexicon.key(row[2]));
            }
        }
        for (String[] row : Lexicon.table("hijri-months.txt")) {
            if (!row[1].contains(" ")) {
                HOSTS.add(Lexicon.key(row[1]));
            }
        }
    }

    private HeidelTimeText() {
    }

    public static MappedText of(String original) {
        MappedText t = MappedText.identity(original);
        t = t.apply(characterEdits(t.text()));
        t = t.apply(wordEdits(t.text()));
        t = t.apply(dialectEdits(t.text()));
        t = t.apply(twinMonthEdits(t.text()));
        return t;
    }

    private static List<MappedText.Edit> characterEdits(String s) {
        List<MappedText.Edit> edits = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0640' && betweenDigits(s, i)) {
                // «24 ـ 6 ـ 1431», «18ـ 2ـ 1432» (round ten, acc10b): a tatweel standing alone between two numbers
                // is the dash of a numeric date, not a stretched letter, so the date grammar sees its separator
                edits.add(new MappedText.Edit(i, i + 1, "-"));
            } else if (Lexicon.isIgnorable(c)) {
                edits.add(new MappedText.Edit(i, i + 1, ""));
            } else if (isPresentationForm(c)) {
                // «اﻷحد», «ﻷربع سنوات»: the letters the form stands for; a lam-alef ligature is two
                // letters that both map back to the one original character, so offsets stay exact
                String letters = presentationLetters(c);
                if (!letters.equals(String.valueOf(c))) {
                    edits.add(new MappedText.Edit(i, i + 1, letters));
                }
            } else if (Lexicon.asciiDigit(c) != c) {
                edits.add(new MappedText.Edit(i, i + 1, String.valueOf(Lexicon.asciiDigit(c))));
            }
        }
        return edits;
    }

    /**
     * Whether the character at i touches no letter (a space or a digit on each side) and the nearest
     * character on each side that is not a space is a digit: «24 ـ 6», «18ـ 2», not «الـ15» or «سبق ـ الرياض».
     */
    static boolean betweenDigits(String s, int i) {
        int b = i - 1;
        while (b >= 0 && s.charAt(b) == ' ') {
            b--;
        }
        int a = i + 1;
        while (a < s.length() && s.charAt(a) == ' ') {
            a++;
        }
        return b >= 0 && a < s.length() && a - i <= 2 && i - b <= 2
                && Character.isDigit(s.charAt(b)) && Character.isDigit(s.charAt(a));
    }

    /** short-hosts.txt: two-letter hosts that carry a proclitic only before a unit word of units.txt («لكل يوم»). */
    private static final Set<String> SHORT_HOSTS = new HashSet<>(Lexicon.lines("short-hosts.txt"));

    /** «كل» (short-hosts.txt) after its proclitic, with a unit word next: «لكل يوم», not «لكل منهم». */
    private static boolean everyBeforeUnit(String rest, List<Words.Word> words, int wi) {
        return SHORT_HOSTS.contains(rest) && wi + 1 < words.size() && Units.isUnit(words.get(wi + 1).key());
    }

    /** Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFF). */
    static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }

    /**
     * The letters a presentation form stands for (its compatibility decomposition), with the
     * diacritics and tatweel dropped as everywhere in the view: «ﻷ» → «لأ», «ﺍ» → «ا», an isolated
     * fatha form → nothing. A form without a decomposition is returned as it is.
     */
    static String presentationLetters(char c) {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char x = d.charAt(k);
            if (Lexicon.isIgnorable(x) || (x == ' ' && out.length() == 0)) {
                continue; // «ﹰ» (U+FE70) decomposes to a space and a tanwin
            }
            out.append(Lexicon.asciiDigit(x));
        }
        return out.toString().strip();
    }

    private static List<MappedText.Edit> wordEdits(String s) {
        List<MappedText.Edit> edits = new ArrayList<>();
        List<Words.Word> words = Words.split(s);
        for (int wi = 0; wi < words.size(); wi++) {
            Words.Word w = words.get(wi);
            String text = w.text();
            if (CLITIC_NUMBER.matcher(text).matches()) {
                // «و18 فبراير», «ل2021»: the number on its own
                edits.add(new MappedText.Edit(w.begin() + 1, w.begin() + 1, " "));
                continue;
            }
            if (ARTICLE_NUMBER.matcher(text).matches()) {
                // «الـ20 من يونيو»: HeidelTime's day rules want the bare number
                edits.add(new MappedText.Edit(w.begin(), w.begin() + 2, ""));
                continue;
            }
            java.util.regex.Matcher glued = WORD_NUMBER.matcher(text);
            if (glued.matches() && wi + 2 < words.size() && List.of("/", "-", ".").contains(words.get(wi + 1).text())
                    && words.get(wi + 1).begin() == w.end() && Character.isDigit(words.get(wi + 2).text().charAt(0))) {
                // «بتاريخ16/10/1436هـ»: the date on its own (a space missing in the source), so that it is read whole
                edits.add(new MappedText.Edit(w.begin() + glued.end(1), w.begin() + glued.end(1), " "));
                continue;
            }
            if (YEAR_ERA.matcher(text).matches()) {
                // «2019م»: HeidelTime's year rules want the digits alone
                edits.add(new MappedText.Edit(w.end() - 1, w.end() - 1, " "));
                continue;
            }
            if (text.equals("جمعة") && wi >= 2 && words.get(wi - 1).key().equals("يوم")
                    && words.get(wi - 2).key().equals("كل")) {
                // Shield: HeidelTime's set rule for «كل يوم جمعة» looks the weekday up as «جمعه» and
                // throws a NullPointerException (which also switches on its global debug output).
                edits.add(new MappedText.Edit(w.end() - 1, w.end(), "ه"));
                continue;
            }
            if (MASKED.contains(w.key())) {
                // Relational adjectives («السقف اليومي السابق») are never time expressions, and
                // HeidelTime's unit rules match «يومي» without a normalization for it and throw.
                edits.add(new MappedText.Edit(w.begin(), w.end(), "\u0640".repeat(text.length())));
                continue;
            }
            int hostStart = 0;
            // a proclitic before a temporal word gets a space after it
            if (!HOSTS.contains(w.key())) {
                for (String p : PROCLITICS) {
                    if (text.startsWith(p) && everyBeforeUnit(text.substring(p.length()), words, wi)) {
                        // «لكل يوم», «ولكل أسبوع» (round ten, acc10b): «كل» before a unit word is a host, so that
                        // «كل يوم» is read as the SET it is, the proclitic outside
                        edits.add(new MappedText.Edit(w.begin() + p.length(), w.begin() + p.length(), " "));
                        hostStart = p.length();
                        break;
                    }
                    if (text.length() - p.length() < 3 || !text.startsWith(p)) {
                        continue;
                    }
                    String rest = text.substring(p.length());
                    boolean host = rest.length() <= 3 ? EXACT_HOSTS.contains(rest) : HOSTS.contains(Lexicon.key(rest));
                    if (host || isMonthAt(rest, words, wi)) {
                        edits.add(new MappedText.Edit(w.begin() + p.length(), w.begin() + p.length(), " "));
                        hostStart = p.length();
                        break;
                    }
                    // «للعام»: the preposition ل plus what is left of the article
                    if (p.endsWith("ل") && rest.startsWith("ل") && HOSTS.contains(Lexicon.key("ا" + rest))) {
                        edits.add(new MappedText.Edit(w.begin() + p.length(), w.begin() + p.length() + 1, " ال"));
                        hostStart = -1;
                        break;
                    }
                }
            }
            if (hostStart < 0) {
                continue;
            }
            String host = text.substring(hostStart);
            String hostKey = Lexicon.key(host);
            String replacement = null;
            Words.Word probe = new Words.Word(w.begin() + hostStart, w.end(), host, hostKey);
            List<Words.Word> ctx = replacing(words, wi, probe);
            Months.Match m = Months.gregorian(ctx, wi);
            if (m != null && m.words() == 1 && !m.family().equals("gregorian") && !m.family().equals("levantine")) {
                replacement = Months.gregorianSpellings(m.number()).get(0);
                String canon = SPELLING.get(Lexicon.key(replacement));
                if (canon != null) {
                    replacement = canon;
                }
            } else {
                String canon = SPELLING.get(hostKey);
                if (canon != null && !canon.equals(host)) {
                    replacement = canon;
                }
            }
            if (replacement != null) {
                edits.add(new MappedText.Edit(w.begin() + hostStart, w.end(), replacement));
            }
        }
        return edits;
    }

    /**
     * Everyday words and phrases («بكرا», «الأسبوع اللي فات», «هالسنة», «الساعة تمانة الصبح») become
     * the MSA words they stand for (dialect-words.txt), so that HeidelTime and every later annotator
     * read «غدا», «الأسبوع الماضي», «هذه السنة», «الساعة ثمانية الصباح». A proclitic glued to the first
     * word («بالليل», «لنص الليل») stays outside and is separated by a space.
     */
    private static List<MappedText.Edit> dialectEdits(String s) {
        List<MappedText.Edit> edits = new ArrayList<>();
        List<Words.Word> words = Words.split(s);
        for (int i = 0; i < words.size(); i++) {
            int matched = 0;
            String replacement = null;
            int skip = 0;
            for (int c = -1; c < PROCLITICS.size() && matched == 0; c++) {
                String first = words.get(i).key();
                if (c >= 0) {
                    String p = PROCLITICS.get(c);
                    String text = words.get(i).text();
                    if (!text.startsWith(p) || text.length() - p.length() < 2) {
                        continue;
                    }
                    first = Lexicon.key(text.substring(p.length()));
                    skip = p.length();
                }
                // «<num>» in an entry stands for any number written in digits («نهار <num>»)
                List<String> keys = List.of(first);
                String number = null;
                for (int n = 1; n <= DIALECT_MAX_WORDS && i + n - 1 < words.size(); n++) {
                    if (n > 1) {
                        Words.Word next = words.get(i + n - 1);
                        List<String> longer = new ArrayList<>();
                        for (String k : keys) {
                            longer.add(k + " " + next.key());
                            if (next.isNumber() && number == null) {
                                longer.add(k + " <num>");
                            }
                        }
                        if (next.isNumber() && number == null) {
                            number = next.text();
                        }
                        keys = longer;
                    }
                    for (String k : keys) {
                        String r = DIALECT.get(k);
                        if (r != null) {
                            matched = n;
                            replacement = number != null ? r.replace("<num>", number) : r;
                        }
                    }
                }
            }
            if (matched == 0) {
                continue;
            }
            Words.Word w = words.get(i);
            Words.Word last = words.get(i + matched - 1);
            String original = s.substring(w.begin() + skip, last.end());
            if (!Lexicon.key(original).equals(Lexicon.key(replacement)) || skip > 0) {
                edits.add(new MappedText.Edit(w.begin() + skip, last.end(),
                        (skip > 0 ? " " : "") + (Lexicon.key(original).equals(Lexicon.key(replacement)) ? original : replacement)));
            }
            i += matched - 1;
        }
        return edits;
    }

    private static boolean isMonthAt(String rest, List<Words.Word> words, int wi) {
        Words.Word w = words.get(wi);
        List<Words.Word> ctx = replacing(words, wi, new Words.Word(w.end() - rest.length(), w.end(), rest, Lexicon.key(rest)));
        Months.Match m = Months.gregorian(ctx, wi);
        return m != null && m.words() == 1;
    }

    /** The word list with word {@code at} replaced, without copying it (this runs for every word). */
    private static List<Words.Word> replacing(List<Words.Word> words, int at, Words.Word w) {
        return new java.util.AbstractList<>() {
            @Override
            public Words.Word get(int k) {
                return k == at ? w : words.get(k);
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }

    /**
     * «7 أبريل نيسان», «نيسان (أبريل)», «تموز/يوليو», «أبريل - نيسان»: drop the second name of a
     * month pair. The second name needs no other context: a twin of the same month is its own.
     */
    private static List<MappedText.Edit> twinMonthEdits(String s) {
        List<MappedText.Edit> edits = new ArrayList<>();
        List<Words.Word> words = Words.split(s);
        for (int i = 0; i < words.size(); i++) {
            Months.Match first = Months.gregorianAnyContext(words, i);
            if (first == null) {
                continue;
            }
            int j = i + first.words();
            boolean bracket = j < words.size() && words.get(j).text().equals("(");
            boolean separator = j < words.size() && (words.get(j).text().equals("/") || words.get(j).text().equals("-"));
            int k = bracket || separator ? j + 1 : j;
            Months.Match second = k < words.size() ? Months.gregorianAnyContext(words, k) : null;
            if (second == null || second.number() != first.number() || second.family().equals(first.family())) {
                continue;
            }
            int last = k + second.words() - 1;
            if (bracket) {
                if (last + 1 >= words.size() || !words.get(last + 1).text().equals(")")) {
                    continue;
                }
                last++;
            }
            edits.add(new MappedText.Edit(words.get(j - 1).end(), words.get(last).end(), ""));
            i = last;
        }
        return edits;
    }
}
