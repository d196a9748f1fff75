package org.tarikh.anchor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trigger words (trigger-verbs.txt, trigger-nouns.txt, and the fixed readings of trigger-forms.txt) and
 * clause markers (clause-markers.txt), matched on normalized surface forms: every form a listed verb
 * or noun takes with the usual clitics («و» «ف» «ب» «ل» «ال» «س»), person prefixes and suffixes is
 * generated once, so a word is one map lookup.
 */
final class TriggerLexicon {

    /** What a matched trigger word is. */
    record Entry(String cls, String group, boolean verb, boolean imperfective, boolean future) {

        boolean report() {
            return cls.equals("report");
        }

        /** A report or an opinion: a statement whose clause tells what was said or thought. */
        boolean speaks() {
            return report() || cls.equals("opinion");
        }

        boolean light() {
            return cls.equals("light");
        }
    }

    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PAST_SUFFIXES = {"", "ت", "تا", "ا", "وا", "ن", "نا", "تم", "ه", "ها", "هم", "ته",
            "تها", "تهم", "وه", "نه", "ني"};
    private static final String[] PRESENT_PREFIXES = {"ي", "ت", "ن", "ا"};
    private static final String[] PRESENT_SUFFIXES = {"", "ون", "ان", "ين", "ن", "ه", "ها", "هم", "وا", "وها"};
    private static final String[] PREP = {"", "ب", "ل", "ك"};
    private static final String[] NOUN_SUFFIXES = {"", "ا", "ات", "ها", "هم", "ه", "ين", "ان", "ي", "اتها", "اته"};
    /** The object or possessive pronouns a word may end in: «ألقاه», «أبرمته», «وإعدامهم». */
    static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "ها", "ه");
    /** A happening whose verb the lists do not know: action unknown, perfective, no future. */
    static final Entry UNKNOWN_HAPPENING = new Entry("happening", null, true, false, false);
    /** A state told by a word of {@code reported-states.txt} («ليس هناك», «لا يوجد»): action unknown. */
    static final Entry UNKNOWN_STATE = new Entry("state", null, true, false, false);

    /** After the form tables above: static fields initialize in order. */
    static final TriggerLexicon DEFAULT = new TriggerLexicon();

    private final Map<String, Entry> triggers = new HashMap<>();
    /** Forms first generated as a first person imperfect («اصابه»): a listed noun of that spelling takes them over. */
    private final java.util.Set<String> firstPerson = new java.util.HashSet<>();
    private final Map<String, String> markers = new HashMap<>();
    /** Multi-word markers by first word: the whole phrase as normalized words, and the type. */
    private final Map<String, List<String[]>> phrases = new HashMap<>();
    private final Map<String, Boolean> purposeMasdars = new HashMap<>();
    private final java.util.Set<String> notTriggers = new java.util.HashSet<>();
    private final java.util.Set<String> reportedStates = new java.util.HashSet<>();
    private final java.util.Set<String> clauseOpeners = new java.util.HashSet<>();
    private final java.util.Set<String> notVerbs = new java.util.HashSet<>();
    private final Map<String, Entry> participles = new HashMap<>();
    private final java.util.Set<String> verbOpeners = new java.util.HashSet<>();
    private final java.util.Set<String> sameTimePrepositions = new java.util.HashSet<>();
    /** since-comparisons.txt: words before «منذ» that make its expression a comparison's baseline. */
    private final java.util.Set<String> sinceComparisons = new java.util.HashSet<>();
    /** comparison-baselines.txt: words that make a time expression shortly after them a comparison's baseline. */
    private final java.util.Set<String> comparisonBaselines = new java.util.HashSet<>();
    /** anniversary-words.txt: words that make a time expression shortly after them the day an anniversary remembers. */
    private final java.util.Set<String> anniversaryWords = new java.util.HashSet<>();
    /** reports-before-that.txt: words that are a report verb only before a speaker and a complementizer. */
    private final Map<String, Entry> reportsBeforeThat = new HashMap<>();
    /** reports-before-that.txt: the complementizers that must follow the speaker. */
    private final java.util.Set<String> thatWords = new java.util.HashSet<>();
    /** reports-before-that.txt: forms with words of their own after the speaker (after «>»), in place of {@link #thatWords}. */
    private final Map<String, java.util.Set<String>> ownFollowers = new HashMap<>();
    /** reports-before-that.txt: the most words the speaker may have. */
    private int speakerWords = 4;
    /** Words after «من» that make a decade an age: «في الثلاثينات من عمره» (age-words.txt). */
    private final java.util.Set<String> ageWords = new java.util.HashSet<>();

    /** The other reading of the forms of those verbs (trigger-verbs.txt's non-report line), form → entry. */
    private final Map<String, Entry> otherReadings = new HashMap<>();
    /** The forms of those verbs as report verbs, form → their followers. */
    private final Map<String, java.util.Set<String>> reportOnlyBefore = new HashMap<>();
    /** report-only-before.txt: how many words after the verb the follower may come. */
    private int reportFollowerWords = 4;

    /** distance-phrases.txt: the words that open a time phrase measured from another happening. */
    private final java.util.Set<String> distanceFrom = new java.util.HashSet<>();
    /** distance-phrases.txt: the words between the distance and the happening it is measured from. */
    private final java.util.Set<String> distanceLinks = new java.util.HashSet<>();
    /** distance-phrases.txt: the most words of the distance. */
    private int distanceSpan = 3;

    private TriggerLexicon() {
        for (String line : ArabicWords.lines("distance-phrases.txt")) {
            String[] f = line.split("\\s+");
            if (f[0].equals("span")) {
                distanceSpan = Integer.parseInt(f[1]);
                continue;
            }
            for (int i = 1; i < f.length; i++) {
                (f[0].equals("from") ? distanceFrom : distanceLinks).add(ArabicWords.normalize(f[i]));
            }
        }
        // report-only-before.txt: a report verb's PAST → the words one of which must follow it for it to be a report
        Map<String, java.util.Set<String>> reportFollowers = new HashMap<>();
        for (String line : ArabicWords.lines("report-only-before.txt")) {
            String[] f = line.split("\\s+");
            if (f[0].equals("within")) {
                reportFollowerWords = Integer.parseInt(f[1]);
                continue;
            }
            java.util.Set<String> followers = new java.util.HashSet<>();
            for (int i = 1; i < f.length; i++) {
                followers.add(ArabicWords.normalize(f[i]));
            }
            reportFollowers.put(ArabicWords.normalize(f[0]), followers);
        }
        for (String line : ArabicWords.lines("trigger-verbs.txt")) {
            String[] f = line.split("\\s+");
            String past = ArabicWords.normalize(f[2]);
            java.util.Set<String> followers = reportFollowers.get(past);
            if (followers != null) { // «ونقلت الوكالة عن …» reports; «تم نقله إلى المستشفى» transports
                Map<String, Entry> forms = new HashMap<>();
                addVerb(f[0], f[1], past, ArabicWords.normalize(f[3]), forms::putIfAbsent);
                if (f[0].equals("report")) {
                    forms.keySet().forEach(form -> reportOnlyBefore.put(form, followers));
                } else {
                    forms.forEach(otherReadings::putIfAbsent);
                }
            }
            addVerb(f[0], f[1], past, ArabicWords.normalize(f[3]), this::put);
        }
        for (String line : ArabicWords.lines("trigger-nouns.txt")) {
            String[] f = line.split("\\s+");
            for (int i = 2; i < f.length; i++) {
                addNoun(f[0], f[1], ArabicWords.normalize(f[i]));
            }
        }
        for (String line : ArabicWords.lines("trigger-participles.txt")) {
            String[] f = line.split("\\s+");
            Entry e = new Entry(f[0], f[1], true, false, false);
            for (int i = 2; i < f.length; i++) {
                String w = ArabicWords.normalize(f[i]);
                for (String c : CONJ) {
                    participles.put(c + w, e);
                }
            }
        }
        addWords("same-time-prepositions.txt", sameTimePrepositions);
        addWords("comparison-baselines.txt", comparisonBaselines);
        addWords("anniversary-words.txt", anniversaryWords);
        addWords("since-comparisons.txt", sinceComparisons);
        addWords("age-words.txt", ageWords);
        for (String line : ArabicWords.lines("reports-before-that.txt")) {
            String[] f = line.split("\\s+");
            if (f[0].equals("that")) {
                for (int i = 1; i < f.length; i++) {
                    thatWords.add(ArabicWords.normalize(f[i]));
                }
            } else if (f[0].equals("speaker")) {
                speakerWords = Integer.parseInt(f[1]);
            } else {
                Entry e = new Entry(f[0], f[1], true, false, false);
                int bar = java.util.Arrays.asList(f).indexOf(">");
                java.util.Set<String> own = null;
                if (bar >= 0) { // «ومضى قطان بالقول», «وتقدم السيد بالشكر»: these forms' own words after the speaker
                    own = new java.util.HashSet<>();
                    for (int i = bar + 1; i < f.length; i++) {
                        own.add(ArabicWords.normalize(f[i]));
                    }
                }
                for (int i = 2; i < (bar >= 0 ? bar : f.length); i++) {
                    reportsBeforeThat.put(ArabicWords.normalize(f[i]), e);
                    if (own != null) {
                        ownFollowers.put(ArabicWords.normalize(f[i]), own);
                    }
                }
            }
        }
        for (String line : ArabicWords.lines("trigger-forms.txt")) { // fixed readings of generated forms
            String[] f = line.split("\\s+");
            Entry e = new Entry(f[0], f[1], true, false, false);
            for (int i = 2; i < f.length; i++) {
                triggers.put(ArabicWords.normalize(f[i]), e);
            }
        }
        addWords("not-triggers.txt", notTriggers);
        addWords("clause-openers.txt", clauseOpeners);
        addWords("reported-states.txt", reportedStates);
        addWords("not-verbs.txt", notVerbs);
        for (String line : ArabicWords.lines("clause-markers.txt")) {
            String[] f = line.split("\\s+");
            for (int i = 1; i < f.length; i++) {
                String w = ArabicWords.normalize(f[i]);
                if (f[0].equals("purpose-masdar")) {
                    purposeMasdars.put(w, true);
                } else if (f[0].equals("coordinate-before-verb")) {
                    verbOpeners.add(w);
                } else if (w.contains("_")) {
                    String[] parts = w.split("_");
                    phrases.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(
                            java.util.stream.Stream.concat(java.util.stream.Stream.of(f[0]),
                                    java.util.Arrays.stream(parts)).toArray(String[]::new));
                } else {
                    markers.putIfAbsent(w, f[0]);
                }
            }
        }
    }

    private void put(String form, Entry e) {
        if (form.length() >= 2) {
            triggers.putIfAbsent(form, e);
        }
    }

    /**
     * A noun form wins over a first person imperfect of the same spelling: «وإصابة» is the noun
     * (and injury), not «وأُصابه» (and I am hit by it), which news prose hardly ever says.
     */
    private void putNoun(String form, Entry e) {
        if (firstPerson.remove(form)) {
            triggers.put(form, e);
        } else {
            put(form, e);
        }
    }

    private void addVerb(String cls, String group, String past, String present,
            java.util.function.BiConsumer<String, Entry> put) {
        Entry perfective = new Entry(cls, group, true, false, false);
        Entry imperfective = new Entry(cls, group, true, true, false);
        Entry future = new Entry(cls, group, true, true, true);
        java.util.List<String> pasts = new java.util.ArrayList<>(List.of(past));
        if (past.endsWith("ي") || past.endsWith("ا")) { // نفى → نفت, دعا → دعت
            pasts.add(past.substring(0, past.length() - 1));
        }
        for (String c : CONJ) {
            for (String p : pasts) {
                for (String s : PAST_SUFFIXES) {
                    put.accept(c + p + s, perfective);
                    put.accept(c + "قد" + p + s, perfective);
                }
            }
            for (String pre : PRESENT_PREFIXES) {
                for (String s : PRESENT_SUFFIXES) {
                    if (pre.equals("ا") && !triggers.containsKey(c + pre + present + s)) {
                        firstPerson.add(c + pre + present + s);
                    }
                    put.accept(c + pre + present + s, imperfective);
                    put.accept(c + "س" + pre + present + s, future);
                    put.accept(c + "ل" + pre + present + s, imperfective);
                }
            }
        }
    }

    private void addNoun(String cls, String group, String noun) {
        Entry e = new Entry(cls, group, false, false, false);
        java.util.List<String> stems = new java.util.ArrayList<>();
        for (String s : NOUN_SUFFIXES) {
            stems.add(noun + s);
        }
        if (noun.endsWith("ه")) { // ta marbuta: زياره → زيارات, زيارته
            String base = noun.substring(0, noun.length() - 1);
            for (String s : new String[] {"ات", "اتها", "ته", "تها", "تهم", "تي", "تنا", "تين", "تان", "تا"}) {
                stems.add(base + s);
            }
        }
        if (noun.endsWith("اء")) { // a final hamza takes a seat before a pronoun: لقاء → لقائه, لقاؤه; اعتداء → اعتدائهم
            String base = noun.substring(0, noun.length() - 1);
            for (String seat : new String[] {"ئ", "ؤ"}) {
                for (String s : PRONOUN_SUFFIXES) {
                    stems.add(base + seat + s);
                }
                stems.add(base + seat + "ي"); // «لقائي»
                stems.add(base + seat + "نا"); // «لقائنا»
            }
        }
        String nisba = noun + "ي"; // with the article an adjective: «الطيران الحربي», «القتالي», not «حربي» (my war)
        for (String c : CONJ) {
            for (String p : PREP) {
                for (String stem : stems) {
                    putNoun(c + p + stem, e);
                    if (!stem.equals(nisba)) {
                        putNoun(c + (p.equals("ل") ? "لل" : p + "ال") + stem, e);
                    }
                }
            }
        }
    }

    Entry trigger(String norm) {
        return notTriggers.contains(norm) ? null : triggers.get(norm);
    }

    /**
     * As {@link #trigger(String)}, for a word as written: a word written with «ة» is a noun, so a verb form
     * that only its normalized spelling matches (a perfect with the pronoun «ه») is no trigger: «بعثة»
     * (a delegation, not «بعثه» 'he sent him'), «إضافة إلى» (besides, not «أضافه»), «مرة», «إقامة».
     */
    Entry trigger(String norm, String text) {
        Entry e = trigger(norm);
        return e != null && e.verb() && text.endsWith("ة") ? null : e;
    }

    private static final java.util.Set<String> STOP = stopWords();

    /** Adds the normalized words of a resource's lines to {@code out}. */
    private static void addWords(String resource, java.util.Set<String> out) {
        for (String line : ArabicWords.lines(resource)) {
            for (String w : line.split("\\s+")) {
                out.add(ArabicWords.normalize(w));
            }
        }
    }

    /** Whether the word opens a clause before its verb and is no verb itself («وربما», «ولعل»): clause-openers.txt. */
    boolean clauseOpener(String norm) {
        return clauseOpeners.contains(norm);
    }

    /** Whether a reported clause that opens with this word tells a state («بأنه ليس هناك تحديد لموعد»): reported-states.txt. */
    boolean reportedState(String norm) {
        return reportedStates.contains(norm);
    }

    /** Whether the normalized word is one of Lucene's Arabic stop words («لم», «في», «هذا»). */
    boolean stopWord(String norm) {
        return STOP.contains(norm);
    }

    private static java.util.Set<String> stopWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Object w : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            out.add(ArabicWords.normalize(new String((char[]) w)));
        }
        return out;
    }

    /**
     * A word that opens a clause and looks like a verb the lists do not know («وكثف», «اندلع»):
     * three to six letters after «و»/«ف», no article, no digits, not a stop word, not ending like
     * a noun or adjective («ة», «ات», «ين», «ون», «ي»). Its action is unknown (no group); a word of
     * {@code reported-states.txt} («وليس») is a state.
     */
    Entry guessedVerb(String norm) {
        return guessedVerb(norm, false);
    }

    /**
     * As above; after a relative pronoun a verb often carries its object («الخطاب الذي ألقاه»,
     * «الاتفاق الذي أبرمته»): there, a pronoun ending «ه» «ها» «هم» is taken off first, since a
     * noun right after «الذي» is rare; there a word of three letters is a root even when it ends like a
     * plural or dual («الذي عين قبل أيام»), and «ال» at the start is a verb's hamza, not the article
     * («الخطاب الذي ألقاه»: no article follows a relative pronoun).
     */
    Entry guessedVerb(String norm, boolean relative) {
        Entry e = guess(norm, relative);
        return e != null && reportedStates.contains(norm) ? UNKNOWN_STATE : e; // «وليس من الممكن»: is not, a state
    }

    private Entry guess(String norm, boolean relative) {
        if (relative) {
            for (String p : PRONOUN_SUFFIXES) {
                if (norm.endsWith(p) && norm.length() - p.length() >= 3) {
                    Entry e = guess(norm.substring(0, norm.length() - p.length()), true);
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        if (notVerbs.contains(norm) || notTriggers.contains(norm)) {
            return null; // «وزير», «وفقا», «فيصل»: listed with their «و»/«ف», which the guess takes off below
        }
        String w = norm;
        if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 3) {
            w = w.substring(1);
        } else if ((w.startsWith("و") || w.startsWith("ف")) && w.length() == 3
                && (STOP.contains(w.substring(1)) || notVerbs.contains(w.substring(1)))) {
            return null; // «ومع», «فمن»: «و»/«ف» before a particle, not a three-letter verb
        }
        if (w.length() < 3 || w.length() > 6 || w.startsWith("ال") && !relative || STOP.contains(w) || STOP.contains(norm)
                || markers.containsKey(norm) || notVerbs.contains(w)) {
            return null;
        }
        if (!ArabicWords.arabicLetters(w)) {
            return null; // «com», «Next Previous»: a verb is written in Arabic letters
        }
        for (String end : new String[] {"ه", "ات", "ين", "ون", "ي", "ان"}) {
            if (relative && end.length() == 2 && w.length() == 3) {
                continue; // «الذي عين قبل أيام»: three letters are a root, not a stem with a plural ending
            }
            if (w.endsWith(end)) {
                return null;
            }
        }
        boolean present = w.length() >= 4 && "يتن".indexOf(w.charAt(0)) >= 0;
        return new Entry("happening", null, true, present, false);
    }

    /**
     * «أن إسرائيل غيرت», «أن الحوثيين استولوا»: a reported clause often puts its subject first;
     * the word after it is a happening when the shared morphology reads it as a perfect verb
     * (feminine ـت, plural ـوا, a listed verb). Its action is unknown.
     */
    Entry perfectAfterSubject(String norm) {
        String w = norm.startsWith("و") || norm.startsWith("ف") ? norm.substring(1) : norm;
        if (w.length() < 3 || w.length() > 8 || w.startsWith("ال") || w.endsWith("ات") || STOP.contains(w)
                || STOP.contains(norm) || markers.containsKey(norm) || notVerbs.contains(w)) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return null;
            }
        }
        return org.tarikh.annotate.morph.Morphology.isPerfect(org.tarikh.annotate.norm.Lexicon.key(w))
                ? UNKNOWN_HAPPENING : null;
    }

    /**
     * «أن الاتحاد الكويتي سيعتذر»: after a subject put first in a reported clause, «سـ» before an
     * imperfect is a future happening of its own; null for other words.
     */
    Entry futureAfterSubject(String norm) {
        String w = norm.startsWith("و") || norm.startsWith("ف") ? norm.substring(1) : norm;
        if (w.length() < 5 || w.length() > 9 || w.charAt(0) != 'س' || "يتن".indexOf(w.charAt(1)) < 0
                || STOP.contains(w) || markers.containsKey(norm) || notVerbs.contains(w)) {
            return null;
        }
        for (String end : new String[] {"ه", "ات", "ين", "ي", "ا"}) {
            if (w.endsWith(end)) {
                return null; // «سيارة», «سنوات», «ستين», «سياسي»: nouns, not «سـ» before an imperfect
            }
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return null;
            }
        }
        return new Entry("happening", null, true, true, true);
    }

    /**
     * «المبرم», «المنعقدة»: a definite participle of {@code trigger-participles.txt} after a noun,
     * a reduced relative clause telling a happening of its own; null for other words.
     */
    /**
     * «وبين الحسين، أنه …», «وبين المصدر أن …»: a word of {@code reports-before-that.txt} opening a
     * clause is a report verb when one to a few words of a speaker follow it, none joined by «و»
     * («وبين الرياض وواشنطن»: between) nor a complementizer, and then a complementizer
     * («أن», «أنه»). {@code after} are the normalized words after it, across clause boundaries.
     * Forms listed with words of their own after «>» need one of those instead: «ومضى قطان
     * بالقول» (went on to say), «وتقدم السيد بالشكر» (offered thanks, not an advance).
     */
    /** Whether {@code norm} is a word of {@code reports-before-that.txt} ({@link #reportBeforeThat} may then make it a report verb). */
    boolean mayReportBeforeThat(String norm) {
        return reportsBeforeThat.containsKey(norm);
    }

    Entry reportBeforeThat(String norm, List<String> after) {
        Entry e = reportsBeforeThat.get(norm);
        java.util.Set<String> that = ownFollowers.getOrDefault(norm, thatWords);
        if (e == null || after.isEmpty() || that.contains(after.get(0))) {
            return null;
        }
        for (int i = 1; i < after.size() && i <= speakerWords; i++) {
            String w = after.get(i);
            if (that.contains(w)) {
                return e;
            }
            if (w.startsWith("و")) {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code norm} is a form of a report verb of report-only-before.txt. */
    boolean mayReportOnlyBefore(String norm) {
        return reportOnlyBefore.containsKey(norm);
    }

    /** report-only-before.txt's {@code within}: how many words after such a verb its follower may come. */
    int reportFollowerWords() {
        return reportFollowerWords;
    }

    /**
     * «نقل» is a report verb only before «عن» («ونقلت الوكالة عن مصدر …», report-only-before.txt):
     * {@code e}, the word's entry, unless it is the report reading of such a verb and none of its
     * words is among the {@code after} words within reach; then the verb's other reading
     * («وتم نقله إلى المستشفى»: transport).
     */
    Entry reportOnlyBefore(String norm, Entry e, List<String> after) {
        java.util.Set<String> followers = reportOnlyBefore.get(norm);
        if (e == null || !e.report() || followers == null) {
            return e;
        }
        for (int i = 0; i < after.size() && i < reportFollowerWords; i++) {
            if (followers.contains(after.get(i))) {
                return e;
            }
        }
        Entry other = otherReadings.get(norm);
        return other != null ? other : e;
    }

    Entry participle(String norm) {
        return participles.get(norm);
    }

    /**
     * «قبل يومين على الانتخابات»: whether the {@code k}-th of {@code words} follows a link word
     * («على», «من») that ends a distance of one to a few words after «قبل» or «بعد»
     * (distance-phrases.txt), so it names the happening the time is counted from.
     */
    boolean afterDistance(List<String> words, int k) {
        if (k < 3 || !distanceLinks.contains(words.get(k - 1))) {
            return false;
        }
        for (int j = k - 3; j >= 0 && j >= k - 2 - distanceSpan; j--) {
            if (distanceFrom.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** «في», «خلال», «قبيل»: a preposition that puts its clause's happening at the time of the event noun after it. */
    boolean sameTimePreposition(String norm) {
        return sameTimePrepositions.contains(norm);
    }

    /** «للمرة الأولى», «أدنى مستوى»: a word that makes the expression after a following «منذ» a baseline. */
    /** «بالمقارنة مع الفترة المقابلة من العام الماضي»: a word after which a time is what is compared with. */
    boolean comparisonBaseline(String norm) {
        return comparisonBaselines.contains(norm);
    }

    /** «احتفالاً بذكرى ثورة 23 يوليو»: a word after which a time is the day an anniversary remembers. */
    boolean anniversary(String norm) {
        return anniversaryWords.contains(norm);
    }

    boolean sinceComparison(String norm) {
        return sinceComparisons.contains(norm);
    }

    /**
     * Whether a relative pronoun right after the event noun {@code noun} can tell that noun's own
     * happening ({@code describing-relatives.txt}): «التفجير الذي استهدف …», not «الزيارة الذي».
     */
    boolean describes(String pronoun, String noun) {
        return RelativePronouns.defaults().describes(pronoun, noun);
    }

    /** «كان», «ستكون»: a copula opening a relative clause that dates its head event noun. */
    boolean copula(String norm) {
        return RelativePronouns.defaults().copula(norm);
    }

    /** «عمره», «العمر»: after a decade and «من», the decade is an age («في الثلاثينات من عمره»). */
    boolean ageWord(String norm) {
        return ageWords.contains(norm);
    }

    /** «وقد», «فقد»: a word that opens a coordinated clause when a verb follows it. */
    boolean opensClauseBeforeVerb(String norm) {
        return verbOpeners.contains(norm);
    }

    /** The clause type a single word opens, or null. */
    String marker(String norm) {
        return markers.get(norm);
    }

    /** Multi-word markers that start with this word: {type, word1, word2, ...}. */
    List<String[]> phrases(String norm) {
        return phrases.getOrDefault(norm, List.of());
    }

    /** «لبحث», «للمشاركة», «لمباراة»: «لـ» with a verbal noun opens a purpose phrase. */
    boolean purposeWord(String norm) {
        String rest;
        if (norm.startsWith("لل") && norm.length() > 3) {
            rest = norm.substring(2);
        } else if ((norm.startsWith("ل") || norm.startsWith("ول")) && norm.length() > 3) {
            rest = norm.substring(norm.indexOf('ل') + 1);
        } else {
            return false;
        }
        if (purposeMasdars.containsKey(rest) || rest.startsWith("ال") && purposeMasdars.containsKey(rest.substring(2))) {
            return true;
        }
        Entry e = trigger(rest);
        // «ليصبح أول مسؤول يزور …», «ليلتقي الوزير»: «لـ» before an imperfect verb, a purpose or result
        return e != null && (!e.verb() || e.imperfective() && !e.report() && "يتن".indexOf(rest.charAt(0)) >= 0);
    }
}
