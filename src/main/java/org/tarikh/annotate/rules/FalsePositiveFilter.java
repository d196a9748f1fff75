package org.tarikh.annotate.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Removes what looks temporal but is not: counts and quantities read as years («2500 فرد»,
 * «نحو 1500 دينار»: a bare number with no year cue before it and a noun after it), short numbers
 * read as years («21 محافظة»), scores («3-1»), case numbers («2019/1985»), dates that name a
 * street, square, bridge or movement («شارع 26 يوليو», «قوى 14 آذار»), the newspaper «اليوم»,
 * relational adjectives taken for sets («التضخم السنوي»), «الساعة» alone («برج الساعة»), and
 * adjectives «السابقة» after a noun. Runs last, over every annotator's output.
 */
public class FalsePositiveFilter extends RuleAnnotator {

    private static final Pattern NUMBER = Pattern.compile("(الـ?)?[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}");
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}\\s?[-–]\\s?\\d{1,2}");
    private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    private static final java.util.Set<String> SEASON_NAME_HEADS = Vocab.keys("season-name-heads.txt");
    /** season-holidays.txt: a holiday noun before a bare season («إجازة الصيف»): the holiday, not the season. */
    private static final java.util.Set<String> SEASON_HOLIDAYS = Vocab.keys("season-holidays.txt");
    /** A word in Latin letters: the author or body of a cited work before its year. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z.'-]*,?");
    private static final Pattern NO_YEAR = Pattern.compile("[^0-9\u0660-\u0669\u06F0-\u06F9]*[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}[^0-9\u0660-\u0669\u06F0-\u06F9]*");
    private static final Set<String> YEAR_CUES = Vocab.keys("year-cues.txt");
    private static final Set<String> YEAR_FOLLOWERS = Vocab.keys("year-followers.txt");
    private static final Set<String> ADJECTIVES = Vocab.keys("adjective-sets.txt");
    /** «عاما»: a year, or the adjective 'general' after an indefinite noun («عفوا عاما», «مديرا عاما»). */
    private static final String GENERAL = Lexicon.key("عاما");
    private static final Set<String> NOT_TEMPORAL = Vocab.keys("not-temporal.txt");

    private static final List<List<String>> NOT_TEMPORAL_PHRASES = Lexicon.lines("not-temporal-phrases.txt").stream()
            .map(l -> java.util.Arrays.stream(l.split("\\s+")).map(Lexicon::key).toList()).toList();
    private static final Set<String> DURATION_CUES = Vocab.keys("duration-cues.txt");
    private static final Set<String> CONTRACT_CUES = Vocab.keys("contract-cues.txt");
    private static final Set<String> VERB_LIKE_MONTHS = Vocab.keys("verb-like-months.txt");
    /** Five to seven digits, or eight that cannot be a year, month and day: a count or an id. */
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9\u0660-\u0669\u06F0-\u06F9]{5,8}");
    private static final java.util.regex.Pattern DECADE_WORD = java.util.regex.Pattern.compile("(?:و|ب|ل)?(?:ال)?عقد(?:ا|ين|ان)?|(?:و|ب|ل)?(?:ال)?عقود");
    /** «يوما» too: «كانا يوما خصمين» 'once', «تسجل يوماً خالداً» (acc11b; no gold counts a bare «يوما»). */
    private static final Set<String> BARE_UNITS = Set.of("يوم", "يوما", "ساعه", "شهر", "اسبوع", "عام", "سنه", "دقيقه", "الدقيقه", "ليله");
    private static final Pattern YEAR_BEFORE_1000 = Pattern.compile("0\\d{3}.*");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern UNIT_THEN_NUMBER = Pattern.compile("[وبلف]?(ال)?(عام|سنه)[\\s\u00a0]+[0-9\u0660-\u0669]{1,4}");
    private static final Pattern YEAR_OF_NEWS = Pattern.compile("(19[5-9]|20[0-4])\\d");
    private static final Pattern SHORT_YEAR_AFTER_WORD = Pattern.compile("(ال)?(عام|سنه)\\s+[0-9\u0660-\u0669]{1,2}");

    /** named-phases.txt: the anaphor, the phase nouns and the ordinals that name a phase. */
    private static final Set<String> PHASE_ANAPHORS = new java.util.HashSet<>();
    private static final Set<String> PHASE_HEADS = new java.util.HashSet<>();
    private static final Set<String> PHASE_ORDINALS = new java.util.HashSet<>();

    static {
        for (String[] r : Lexicon.table("named-phases.txt")) {
            (r[0].equals("phrase") ? PHASE_ANAPHORS : r[0].equals("head") ? PHASE_HEADS : PHASE_ORDINALS).add(Lexicon.key(r[1]));
        }
    }

    /** given-names.txt: given names, and verbs of saying («speech:»). */
    private static final Set<String> GIVEN_NAMES = org.tarikh.annotate.norm.GivenNames.NAMES;
    private static final Set<String> SPEECH_VERBS = org.tarikh.annotate.norm.GivenNames.SPEECH_VERBS;
    private static final String THE_FEAST = Lexicon.key("العيد");
    /** weekday-surnames.txt: weekday names that are also family names («أحمد الخميس»). */
    private static final Set<String> WEEKDAY_SURNAMES = Vocab.keys("weekday-surnames.txt");
    /** name-prefixes.txt: the kunya «أبو/أبي/أبا», after which a word is a family name («أبو قرنين»). */
    private static final Set<String> NAME_PREFIXES = Vocab.keys("name-prefixes.txt");
    /** name-list-marks.txt: the separators of a list of people («يزيد الخميس، شبيب الخليفة»). */
    private static final Set<String> NAME_LIST_MARKS = Vocab.keys("name-list-marks.txt");
    /** not-calendar-wholes.txt: «الربع الأول من الموسم» is a part of the season, not of the year. */
    private static final Set<String> NOT_CALENDAR_WHOLES = Vocab.keys("not-calendar-wholes.txt");
    private static final Pattern PART_OF_YEAR = Pattern.compile("\\d{4}-(Q[1-4]|H[12])");
    /** «ربع», «نصف» ending an expression: before a unit («ربع ساعة») a fraction of it, not of the year. */
    private static final Set<String> FRACTION_WORDS = Set.of(Lexicon.key("ربع"), Lexicon.key("نصف"));
    private static final Pattern DECADE_VALUE = Pattern.compile("\\d{3}");
    /** The nouns of an age (AGE in grammar/words.txt): «العقد الأول من العمر» is an age bracket. */
    private static final Set<String> AGE_WORDS = Lexicon.table("grammar/words.txt").stream()
            .filter(r -> r.length > 2 && r[0].equals("AGE")).map(r -> Lexicon.key(r[2])).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** «من» before the whole a part is taken from. */
    private static final String OF = Lexicon.key("من");
    /** dual-two.txt: «الاثنين» 'the two' before a dual suffix or word. */
    private static final String THE_TWO = Lexicon.key("الاثنين");
    private static final java.util.List<String> DUAL_SUFFIXES = Lexicon.table("dual-two.txt").stream()
            .filter(r -> r[0].equals("suffix")).map(r -> Lexicon.key(r[1])).toList();
    private static final Set<String> DUAL_WORDS = Lexicon.table("dual-two.txt").stream()
            .filter(r -> r[0].equals("word")).map(r -> Lexicon.key(r[1])).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** What joins the two numbers of a range («1050 ـ 1070», the view's «-»; «5 إلى 10»). */
    private static final Set<String> RANGE_COUNT_NOUNS = Vocab.keys("range-count-nouns.txt");
    private static final Set<String> RANGE_JOINS = Set.of("-", "–", Lexicon.key("إلى"), "و");
    private static final String AND = "و";
    /** number-marks.txt: a mark beside a bare number that makes it part of a code or a size («2019/1985», «1080×1920»). */
    private static final Set<String> NUMBER_MARKS = Vocab.keys("number-marks.txt");

    @Override
    protected void process(TimexDoc doc) {
        boolean[] inPhrase = notTemporalWords(doc);
        for (Timex3 t : doc.timexes()) {
            if (spurious(doc, t) || insidePhrase(doc, t, inPhrase)) {
                t.removeFromIndexes();
            }
        }
    }

    /** Words covered by a phrase of not-temporal-phrases.txt. */
    private static boolean[] notTemporalWords(TimexDoc doc) {
        boolean[] in = new boolean[doc.words.size()];
        for (int i = 0; i < doc.words.size(); i++) {
            for (List<String> phrase : NOT_TEMPORAL_PHRASES) {
                boolean match = i + phrase.size() <= doc.words.size();
                for (int k = 0; match && k < phrase.size(); k++) {
                    String w = doc.key(i + k);
                    match = phrase.get(k).equals("#") ? doc.words.get(i + k).isNumber() : phrase.get(k).equals(w);
                }
                if (match) {
                    for (int k = 0; k < phrase.size(); k++) {
                        in[i + k] = true;
                    }
                }
            }
        }
        return in;
    }

    private static boolean insidePhrase(TimexDoc doc, Timex3 t, boolean[] inPhrase) {
        int first = doc.wordAtOriginal(t.getBegin());
        int last = doc.lastWordBefore(t.getEnd());
        for (int k = Math.max(0, first); k <= last && k < inPhrase.length; k++) {
            if (inPhrase[k]) {
                return true;
            }
        }
        return false;
    }

    /** the-back.txt: words before «الظهر» that make it the back, and parts of the body joined to it by «و». */
    private static final String THE_BACK = Lexicon.key("الظهر");
    private static final Set<String> BACK_BEFORE = Lexicon.table("the-back.txt").stream()
            .filter(r -> r[0].equals("before")).map(r -> Lexicon.key(r[1])).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> BODY_PARTS = Lexicon.table("the-back.txt").stream()
            .filter(r -> r[0].equals("body")).map(r -> Lexicon.key(r[1])).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A lone «الظهر» that is the back, not noon: after a word of pain or of a place on the body («آلام الظهر»,
     * «أسفل الظهر», «حقيبة الظهر»), or joined by «و» to a part of the body («الرقبة والظهر», «الظهر والكتفين»).
     */
    private static boolean theBack(TimexDoc doc, int first, int last) {
        if (first != last) {
            return false;
        }
        String w = doc.key(first);
        boolean joined = w.equals("و" + THE_BACK);
        if (!joined && !w.equals(THE_BACK)) {
            return false;
        }
        String before = doc.key(first - 1);
        boolean andBefore = joined || before.equals("و");
        String word = before.equals("و") ? doc.key(first - 2) : before;
        if (!before.equals("و") && Lexicon.withConjunction(before, BACK_BEFORE::contains)) {
            return true;
        }
        if (andBefore && Lexicon.withConjunction(word, BODY_PARTS::contains)) {
            return true;
        }
        String after = doc.key(last + 1);
        return after.length() > 2 && after.charAt(0) == 'و' && BODY_PARTS.contains(after.substring(1))
                || after.equals("و") && BODY_PARTS.contains(doc.key(last + 2));
    }

    /** number-labels.txt: «رقم» and its forms, before a number that is an id. */
    private static final Set<String> NUMBER_LABELS = Vocab.keys("number-labels.txt");
    /** count-approximators.txt: «نحو», «قرابة», «يقارب» … before a count. */
    private static final Set<String> COUNT_APPROXIMATORS = Vocab.keys("count-approximators.txt");
    private static final Set<String> MORE_OR_LESS = Set.of(Lexicon.key("أكثر"), Lexicon.key("أقل"));

    /**
     * A bare number after a word of approximation (count-approximators.txt) or «أكثر/أقل من», with «من» and a
     * definite word after it: «نحو 2000 من المصلين», «أكثر من 1500 من الطلاب». A part of a group, a count.
     */
    private static boolean partitiveCount(TimexDoc doc, int first, int last, String before) {
        boolean approximate = Lexicon.withConjunction(before, COUNT_APPROXIMATORS::contains)
                || before.equals(OF) && MORE_OR_LESS.contains(Lexicon.key(org.tarikh.annotate.morph.Morphology.withoutConjunction(doc.key(first - 2))));
        String group = doc.key(last + 2);
        return approximate && OF.equals(doc.key(last + 1)) && group.length() > 3 && group.startsWith("ال")
                && sameSentence(doc, last, last + 2);
    }

    /** streak-markers.txt: «على التوالي» 'running', after the ordinal of a streak. */
    private static final List<String[]> STREAK_MARKERS = Lexicon.lines("streak-markers.txt").stream()
            .map(l -> Lexicon.key(l).split(" ")).toList();

    /**
     * A unit and an ordinal adjective without digits, right before a streak marker: «للعام الخامس على التوالي»,
     * «للأسبوع الثالث على التوالي». The ordinal counts the times, it names no date and no length.
     */
    private static boolean streakOrdinal(TimexDoc doc, int first, int last) {
        if (last == first || !doc.key(last).startsWith("ال") || doc.key(first).chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return STREAK_MARKERS.stream().anyMatch(m -> doc.phraseAt(last + 1, m));
    }

    /**
     * Whether this filter will remove {@code t} when it runs: lets an annotator before it (the date
     * grammar) ignore, rather than yield to, an expression that will not last («العام 32»).
     */
    public static boolean willRemove(TimexDoc doc, Timex3 t) {
        return spurious(doc, t);
    }

    private static boolean spurious(TimexDoc doc, Timex3 t) {
        String text = t.getCoveredText();
        String key = Lexicon.key(text);
        int first = doc.wordAtOriginal(t.getBegin());
        int last = doc.lastWordBefore(t.getEnd());
        if (first < 0 || last < first) {
            return false;
        }
        String before = doc.key(first - 1);
        String after = doc.key(last + 1);
        boolean ours = t.getFoundByRule() != null && t.getFoundByRule().startsWith("tarikh:");
        String value = t.getTimexValue() == null ? "" : t.getTimexValue();
        if (value.startsWith("UNDEF")) {
            return true; // «أول يوم»: HeidelTime found no anchor for it
        }
        if (TimexType.DATE.is(t.getTimexType()) && YEAR_BEFORE_1000.matcher(value).matches() && !ours) {
            return true; // «100», «420»: a year before 1000 needs a calendar cue the rules did not see
        }
        if (SHORT_YEAR_AFTER_WORD.matcher(key).matches()) {
            return true; // «العام 32»: a count after «العام», not 1932
        }
        if (TimexType.DURATION.is(t.getTimexType()) && UNIT_THEN_NUMBER.matcher(key).matches()) {
            return true; // «(النصف الأول) لعام 297 (مولودا)»: a year word, then a count; no duration
        }
        if (TimexType.DURATION.is(t.getTimexType()) && BARE_UNITS.contains(key) && !DURATION_CUES.contains(before)
                && !(before.length() > 1 && DURATION_CUES.contains(before.substring(1)))) {
            return true; // «في يوم», «ساعة» the watch
        }
        if (LONG_NUMBER.matcher(text).matches() && !(text.length() == 8 && value.matches("(19|20)\\d\\d-[01]\\d-[0-3]\\d"))) {
            return true; // «(267137) كيلوجراماً»: a quantity HeidelTime read as a date
        }
        if (first == last && VERB_LIKE_MONTHS.contains(key) && !ours
                && !org.tarikh.annotate.norm.Months.inDateContext(doc.words, first, 1)
                && org.tarikh.annotate.norm.Months.gregorianAnyContext(doc.words, Math.max(0, first - 1)) == null) {
            return true; // «لأنه مارس نوعا من الإرهاب»: the verb, not March
        }
        if (TimexType.DURATION.is(t.getTimexType()) && !ours && (ADJECTIVES.contains(key)
                || GENERAL.equals(key) && before.length() > 2 && before.endsWith("ا") && Numbers.at(doc, first - 1) == null)) {
            return true; // «راتب أسبوعي»: an adjective; «عفوا عاما»: 'general', after an indefinite noun
        }
        if (aboutContracts(doc, first, last)) {
            return true; // «31 عقدا في المشروع»: contracts, not decades
        }
        if (signedContract(doc, first, last)) {
            return true; // «وقّعت الهيئة عقداً مع شركة»: a contract (round ten, acc10b)
        }
        if (ordinalPeriod(t, doc, first, last)) {
            return true; // «اليوم الأول للبطولة», «الدقيقة الواحدة والستين»: an ordinal period, not a duration of one
        }
        if (heldNotDecade(doc, first, last)) {
            return true; // «قبل عقد القران», «بعد عقد اجتماع», «من خلال عقد ملتقى»: holding, not a decade
        }
        if (SEASON.matcher(value).matches() && first == last && seasonNameOrAge(doc, first, key)) {
            return true; // «المهاجم ربيع سفياني», «ذو الـ80 ربيعاً», «اللواء أسامة الربيع»: a name or an age
        }
        if (NOT_TEMPORAL.contains(key) || (ADJECTIVES.contains(key) && TimexType.SET.is(t.getTimexType())
                && !"tarikh:set-adjective".equals(t.getFoundByRule()))) { // «بشكل يومي» stays (SetAnnotator)
            return true;
        }
        if ((key.equals("السابقه") || key.equals("السابق")) && before.startsWith("ال")) {
            return true; // «الدورة السابقة»
        }
        if (key.equals(THE_FEAST) && familyName(doc, first)) {
            return true; // «وضمت إبراهيم العيد رئيسا للوفد … أكد العيد»: the person
        }
        if (first == last && NAME_PREFIXES.contains(before) && text.chars().noneMatch(Character::isDigit)) {
            return true; // «اللواء محمد أبو قرنين»: a name after the kunya, not two centuries (round thirteen)
        }
        if (first == last && WEEKDAY_SURNAMES.contains(key) && weekdaySurname(doc, first)) {
            return true; // «أحمد الخميس أن …» … «وقال الخميس:»: the person, twice in the article
        }
        if (first == last && WEEKDAY_SURNAMES.contains(key) && surnameInList(doc, first)) {
            return true; // «وتمثيل: … يزيد الخميس، شبيب الخليفة، عبدالعزيز الخميس، ناصر …»: a cast list (acc11b)
        }
        if (key.equals(THE_TWO) && (DUAL_WORDS.contains(after) || DUAL_SUFFIXES.stream().anyMatch(after::endsWith))) {
            return true; // «ووصف رومانيلي الاثنين بأنهما …»: the two, not Monday (acc11b)
        }
        if (PART_OF_YEAR.matcher(value).matches() && OF.equals(after) && NOT_CALENDAR_WHOLES.contains(doc.key(last + 2))) {
            return true; // «في الربع الأول من الموسم»: a part of the season (acc11b)
        }
        if (PART_OF_YEAR.matcher(value).matches() && FRACTION_WORDS.contains(doc.key(last))
                && org.tarikh.annotate.norm.Units.isUnit(after)) {
            return true; // HeidelTime's «بعد ربع» in «بعد ربع ساعة»: a quarter of an hour, not of the year
        }
        if (DECADE_VALUE.matcher(value).matches() && OF.equals(after) && AGE_WORDS.contains(doc.key(last + 2))) {
            return true; // «في العقد الأول من العمر»: an age bracket, not the 1910s (adjudication case 52; acc11b)
        }
        if (PHASE_ANAPHORS.contains(key) && phaseNamedBefore(doc, first)) {
            return true; // «… في مرحلته الثامنة … المشمولة في هذه المرحلة»: that phase, not now
        }
        if (key.equals("اليوم") && !TimexType.SET.is(t.getTimexType()) && DayPhraseAnnotator.isName(doc, first)) {
            // (a SET «في اليوم الواحد» is per day: SetAnnotator's, not today)
            return true;
        }
        if (theBack(doc, first, last)) {
            return true; // «آلام الظهر», «الرقبة والظهر»: the back, not noon (acc13)
        }
        if (streakOrdinal(doc, first, last)) {
            return true; // «للعام الخامس على التوالي»: the ordinal of a streak, a count (adjudication case 57; acc12)
        }
        if (first == last && DayPhraseAnnotator.notYesterday(doc, first)) {
            return true; // «بأمس الحاجة»: 'most in need', not yesterday (acc12)
        }
        if (last > first && doc.key(last).equals("اليوم") && Vocab.NOT_TODAY_AFTER.contains(after)) {
            return true; // HeidelTime's «نهاية اليوم» in «في نهاية اليوم المفتوح»: the end of that day, not of today (acc10)
        }
        if (SCORE.matcher(key).matches()) {
            return true;
        }
        if (NUMBER.matcher(text).matches() && !ours) {
            if (NUMBER_MARKS.contains(doc.key(first - 1)) || NUMBER_MARKS.contains(after)) {
                return true; // «2019/1985» a case number, «1080×1920» a screen's size
            }
            if (doc.key(first - 1).equals("(") && after.equals(")")) {
                // «ضمن (1568) طناً», «أكثر من (2750) توصيلة»: a bracketed number is read through its brackets
                before = doc.key(first - 2);
                after = doc.key(last + 2);
                last = last + 1;
            }
            if (Lexicon.withConjunction(before, NUMBER_LABELS::contains)) {
                return true; // «قرار مجلس الأمن رقم 2216 الذي»: an id, not a year (acc13)
            }
            if (partitiveCount(doc, first, last, before)) {
                return true; // «نحو 2000 من المصلين»: a count of a group, not a year (acc13)
            }
            if (text.replaceAll("[^0-9\u0660-\u0669\u06F0-\u06F9]", "").length() <= 2) {
                return true;
            }
            if (countedRange(doc, first, last)) {
                return true; // «ما بين 1050 ـ 1070 دولارا», «بين 1200 و1500 ريال»: both ends of a range of amounts
            }
            if (Lexicon.withConjunction(before, YEAR_CUES::contains)
                    || (before.equals("و") || before.equals("-")) && FOUR_DIGITS.matcher(doc.key(first - 2)).matches()) {
                return false;
            }
            boolean yearOfNews = YEAR_OF_NEWS.matcher(text).matches();
            if (yearOfNews && LATIN_WORD.matcher(before).matches()) {
                return false; // «lewin 2009», «council 2013 cana»: the year of a cited work (guidelines, real news; acc14)
            }
            // «مونديال روسيا 2018 قال …», «في 1991 ولا تزال»: a verb or particle after the number, not
            // the noun a count takes, makes a present-day year a year; so does a listed three-letter
            // perfect after «و/ف» («إنشون 2014 وبلغ عدد الوفد», «2018 وقال»), which Morphology leaves joined
            String joined = after.length() == 4 && (after.charAt(0) == 'و' || after.charAt(0) == 'ف') ? after.substring(1) : null;
            boolean yearThenVerb = yearOfNews
                    && (org.tarikh.annotate.morph.Morphology.aspect(after, doc.key(last)) != org.tarikh.annotate.morph.Morphology.Aspect.NONE
                            || joined != null && org.tarikh.annotate.morph.Morphology.isPerfect(joined));
            // «وقام بتوسيع القاعدة في 1986 لتغطية …»: after «في», a word with «ل» or «ب» on it is no noun a count
            // takes («في 2000 منزل»), so the number is the year the happening was in
            boolean inYearThenPrefixed = yearOfNews && Lexicon.withConjunction(before, "في"::equals)
                    && after.length() > 4 && (after.charAt(0) == 'ل' || after.charAt(0) == 'ب');
            boolean wordAfter = last + 1 < doc.words.size() && Character.isLetter(after.isEmpty() ? ' ' : after.charAt(0))
                    && !YEAR_FOLLOWERS.contains(after) && !yearThenVerb && !inYearThenPrefixed && sameSentence(doc, last, last + 1);
            return wordAfter;
        }
        String nameHead = !before.isEmpty() && !Character.isLetterOrDigit(before.charAt(0)) ? doc.key(first - 2) : before;
        if (SEASON.matcher(value).matches() && first == last && Lexicon.withConjunction(nameHead, SEASON_HOLIDAYS::contains)) {
            return true; // «خلال إجازة الصيف»: the school holiday, without a year (adjudication case 44; acc14)
        }
        if (SEASON.matcher(value).matches() && (Lexicon.withConjunction(nameHead, SEASON_NAME_HEADS::contains)
                || nameHead.length() > 3 && nameHead.charAt(0) == 'ل' && SEASON_NAME_HEADS.contains(nameHead.substring(1)))) {
            return true; // «مهرجان «صيف دبي»»: a festival's name
        }
        if (Vocab.NOT_A_DATE_BEFORE.contains(before) && NO_YEAR.matcher(text).matches()) {
            return true; // «شارع 26 يوليو»
        }
        return false;
    }

    /**
     * A bare «العيد» at word {@code k} that is a family name: after a given name, or after a verb of
     * saying in an article where a given name precedes «العيد» somewhere.
     */
    private static boolean familyName(TimexDoc doc, int k) {
        if (GIVEN_NAMES.contains(doc.key(k - 1))) {
            return true;
        }
        String before = doc.key(k - 1);
        if (!speechVerb(before)) {
            return false;
        }
        for (int m = 1; m < doc.words.size(); m++) {
            if (doc.key(m).equals(THE_FEAST) && GIVEN_NAMES.contains(doc.key(m - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A weekday name at word {@code k} that is a family name: right after a given name or a verb of
     * saying, in an article where the same word follows a given name somewhere and a verb of saying
     * somewhere else («أحمد الخميس» … «وقال الخميس»). One of the two alone is most often the day:
     * «استقبل الملك سلمان الخميس», «وقال الخميس إن …».
     */
    private static boolean weekdaySurname(TimexDoc doc, int k) {
        String word = doc.key(k);
        if (!GIVEN_NAMES.contains(doc.key(k - 1)) && !speechVerb(doc.key(k - 1))) {
            return false;
        }
        boolean afterName = false;
        boolean afterSpeech = false;
        for (int m = 1; m < doc.words.size(); m++) {
            if (doc.key(m).equals(word)) {
                afterName |= GIVEN_NAMES.contains(doc.key(m - 1));
                afterSpeech |= speechVerb(doc.key(m - 1));
            }
        }
        return afterName && afterSpeech;
    }

    /**
     * A weekday name at word {@code k} in a list of people: right after a given name and right before a
     * separator of name-list-marks.txt and another given name («عبدالعزيز الخميس، ناصر البريدي»), or
     * before such a separator in a sentence where the same word stands so («يزيد الخميس، شبيب …»).
     */
    private static boolean surnameInList(TimexDoc doc, int k) {
        if (listedName(doc, k)) {
            return true;
        }
        if (!NAME_LIST_MARKS.contains(doc.key(k + 1))) {
            return false;
        }
        int[] r = doc.sentenceRange(k);
        for (int m = Math.max(1, r[0]); m < r[1]; m++) {
            if (m != k && doc.key(m).equals(doc.key(k)) && listedName(doc, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listedName(TimexDoc doc, int m) {
        return GIVEN_NAMES.contains(doc.key(m - 1)) && NAME_LIST_MARKS.contains(doc.key(m + 1))
                && Lexicon.withConjunction(doc.key(m + 2), GIVEN_NAMES::contains);
    }

    /**
     * A bare number that is one end of a range whose second end a counted noun follows: «ما بين 1050 ـ
     * 1070 دولارا», «من 1200 إلى 1500 ريال». A year cue before the first number keeps a span of years
     * («عامي 2003 و2011»), and a verb after the second is no noun («بين 2003 و2011 شهدت»). Joined by «و»,
     * which joins two years as often, the other end must be four digits and the noun a listed currency or
     * measure (range-count-nouns.txt: «بين 1200 و1500 ريال»).
     */
    private static boolean countedRange(TimexDoc doc, int first, int last) {
        int a;
        int b;
        String join;
        if (RANGE_JOINS.contains(doc.key(last + 1)) && last + 2 < doc.words.size() && doc.words.get(last + 2).isNumber()) {
            a = first;
            b = last + 2;
            join = doc.key(last + 1);
        } else if (first >= 2 && RANGE_JOINS.contains(doc.key(first - 1)) && doc.words.get(first - 2).isNumber()) {
            a = first - 2;
            b = last;
            join = doc.key(first - 1);
        } else {
            return false;
        }
        if (join.equals(AND)) {
            int other = a == first ? b : a;
            return FOUR_DIGITS.matcher(doc.key(other)).matches()
                    && Lexicon.withConjunction(doc.key(b + 1), RANGE_COUNT_NOUNS::contains);
        }
        if (Lexicon.withConjunction(doc.key(a - 1), YEAR_CUES::contains)) {
            return false;
        }
        String noun = doc.key(b + 1);
        return b + 1 < doc.words.size() && !noun.isEmpty() && Character.isLetter(noun.charAt(0))
                && !YEAR_FOLLOWERS.contains(noun) && sameSentence(doc, b, b + 1)
                && org.tarikh.annotate.morph.Morphology.aspect(noun, doc.key(b)) == org.tarikh.annotate.morph.Morphology.Aspect.NONE;
    }

    /** A verb of saying of given-names.txt ("speech:"), with or without «و/ف». */
    private static boolean speechVerb(String key) {
        return Lexicon.withConjunction(key, SPEECH_VERBS::contains);
    }

    /** A phase noun followed by an ordinal («المرحلة الثانية», «مرحلته الثامنة») before word {@code first}. */
    private static boolean phaseNamedBefore(TimexDoc doc, int first) {
        for (int k = 0; k + 1 < first; k++) {
            if (PHASE_HEADS.contains(doc.key(k)) && PHASE_ORDINALS.contains(doc.key(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** An expression counting «عقد/عقود» in a sentence about projects and money (contract-cues.txt). */
    private static boolean aboutContracts(TimexDoc doc, int first, int last) {
        boolean decade = false;
        for (int k = first; k <= last; k++) {
            decade |= DECADE_WORD.matcher(doc.key(k)).matches();
        }
        if (!decade) {
            return false;
        }
        int[] r = doc.sentenceRange(first);
        for (int k = r[0]; k < r[1]; k++) {
            if (CONTRACT_CUES.contains(doc.key(k))) {
                return true;
            }
        }
        return false;
    }

    /** contract-signing.txt: words of signing before a bare «عقد», and words after it, that make it a contract. */
    private static final Set<String> SIGNING_BEFORE = new java.util.HashSet<>();
    private static final Set<String> SIGNING_AFTER = new java.util.HashSet<>();
    /** How far before a bare «عقد» a word of signing may stand (words, within the clause). */
    private static final int SIGNING_WINDOW = 4;
    private static final Pattern BARE_DECADE = Pattern.compile("(ال)?عقد(ا|ين|ان)?");

    static {
        for (String[] r : Lexicon.table("contract-signing.txt")) {
            (r[0].equals("before") ? SIGNING_BEFORE : SIGNING_AFTER).add(Lexicon.key(r[1]));
        }
    }

    /**
     * A bare «عقد/عقدا/عقدين» (one word, no count and no duration cue before it) that a word of signing
     * precedes in its clause, or that «مع» follows: 'a contract', not a decade (contract-signing.txt).
     */
    private static boolean signedContract(TimexDoc doc, int first, int last) {
        if (first != last || !BARE_DECADE.matcher(doc.key(first)).matches()) {
            return false;
        }
        String before = doc.key(first - 1);
        if (DURATION_CUES.contains(before) || (before.length() > 1 && DURATION_CUES.contains(before.substring(1)))) {
            return false; // «منذ عقد», «لمدة عقدين»
        }
        if (SIGNING_AFTER.contains(doc.key(last + 1))) {
            return true;
        }
        int[] r = doc.sentenceRange(first);
        for (int k = first - 1; k >= Math.max(r[0], first - SIGNING_WINDOW); k--) {
            String w = doc.key(k);
            if (Vocab.CLAUSE_BREAKS.contains(w) || (!w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0)))) {
                return false;
            }
            if (SIGNING_BEFORE.contains(w) || SIGNING_BEFORE.contains(org.tarikh.annotate.morph.Morphology.withoutConjunction(w))) {
                return true;
            }
        }
        return false;
    }

    /** decade-holding.txt: what a bare «عقد» holds («اجتماع», «القران»); decades.txt: the decades' names. */
    private static final Set<String> HELD_NOUNS = Vocab.keys("decade-holding.txt");
    private static final Set<String> DECADE_NAMES = Lexicon.table("decades.txt").stream()
            .filter(r -> r[0].equals("decade")).map(r -> Lexicon.key(r[1])).collect(java.util.stream.Collectors.toSet());
    private static final String BARE_DECADE_WORD = Lexicon.key("عقد");
    private static final String BY_MEANS_OF = Lexicon.key("خلال");
    private static final String FROM = Lexicon.key("من");

    /**
     * An expression ending in a bare «عقد» that is the verbal noun 'holding' or a contract, not a decade:
     * a definite noun other than a decade's name after it («قبل عقد القران», «حول عقد العمل»), a noun
     * of decade-holding.txt after it («بعد عقد اجتماع»), or «من خلال» before it («من خلال عقد شراكات»).
     */
    private static boolean heldNotDecade(TimexDoc doc, int first, int last) {
        if (!BARE_DECADE_WORD.equals(doc.key(last)) || !sameSentence(doc, last, last + 1)) {
            return false;
        }
        String next = doc.key(last + 1);
        if (next.startsWith("ال") && next.length() > 3 && !DECADE_NAMES.contains(next.substring(2))) {
            return true;
        }
        if (Lexicon.withConjunction(next, HELD_NOUNS::contains)
                || next.length() > 2 && (next.charAt(0) == 'ب' || next.charAt(0) == 'ل') && HELD_NOUNS.contains(next.substring(1))) {
            return true;
        }
        int by = first == last ? first - 1 : first;
        return BY_MEANS_OF.equals(doc.key(by)) && FROM.equals(doc.key(by - 1));
    }

    private static final Set<String> FIRST = Set.of(Lexicon.key("الأول"), Lexicon.key("الأولى"));
    private static final String WEEK = Lexicon.key("الأسبوع");

    /**
     * HeidelTime's one-unit durations of a unit and «الأول/الأولى» («اليوم الأول للبطولة», «الأسبوع الأول لعودة
     * المعلمين», «منذ اليوم الأول لوجوده في الحكم»): an ordinal period, most often of an event, which the
     * real-news gold leaves unannotated (adjudication d21, case 4), never a duration of one unit; and a unit
     * with «الواحد/الواحدة» followed by «و» and a tens word («عند الدقيقة الواحدة والستين»): the 61st minute of a
     * match, no time (d38).
     */
    private static boolean ordinalPeriod(Timex3 t, TimexDoc doc, int first, int last) {
        String rule = t.getFoundByRule();
        if (!TimexType.DURATION.is(t.getTimexType()) || rule == null || !rule.startsWith("duration_r5")) {
            return false;
        }
        String end = doc.key(last);
        String next = doc.key(last + 1);
        if (FIRST.contains(end)) {
            // «الأسبوع الأول من شهر محرم» stays: without it HeidelTime's «الأول من شهر محرم» would be the 1st
            return !(WEEK.equals(doc.key(first)) && OF.equals(next));
        }
        if (!Vocab.SINGLE.contains(end) || next.length() < 4 || next.charAt(0) != 'و') {
            return false;
        }
        String tens = next.substring(1).startsWith("ال") ? next.substring(3) : next.substring(1);
        Integer n = Numbers.word(tens); // number-words.txt; the oblique «والستين» of an ordinal
        return n != null && n >= 20 && n < 100 && n % 10 == 0 && tens.endsWith("ين");
    }

    /** season-year-words.txt: what may follow a bare season word that is a time («ربيع عام 2012»). */
    private static final Set<String> SEASON_YEAR_WORDS = Vocab.keys("season-year-words.txt");
    private static final String SPRING = Lexicon.key("ربيع");
    private static final String THE_SPRING = Lexicon.key("الربيع");
    private static final String SPRINGS = Lexicon.key("ربيعا");

    /**
     * A one-word spring that is an age or a name: «ربيعاً» ('springs' after a number: «ذو الـ80
     * ربيعاً»), a bare «ربيع» followed by a word that is neither a year nor one of
     * season-year-words.txt («ربيع سفياني», «ربيع الإسلاميين»), or «الربيع» after a given name
     * («اللواء أسامة الربيع»).
     */
    private static boolean seasonNameOrAge(TimexDoc doc, int k, String key) {
        if (SPRINGS.equals(key)) {
            return true;
        }
        if (THE_SPRING.equals(key)) {
            return GIVEN_NAMES.contains(doc.key(k - 1));
        }
        if (!SPRING.equals(key) || !sameSentence(doc, k, k + 1)) {
            return false;
        }
        String next = doc.key(k + 1);
        return !next.isEmpty() && Character.isLetter(next.charAt(0)) && !SEASON_YEAR_WORDS.contains(next);
    }

    private static boolean sameSentence(TimexDoc doc, int a, int b) {
        int[] r = doc.sentenceRange(a);
        return b < r[1];
    }
}
