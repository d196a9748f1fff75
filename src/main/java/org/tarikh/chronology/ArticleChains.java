package org.tarikh.chronology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Within-article coreference: the mentions of one happening inside one article («أعلنت الوزارة …
 * وأوضحت … وأشارت», a lead and then «الهجوم» referring back to it) form a chain, computed before
 * any cross-article clustering. Links only go backwards to an earlier mention of the same
 * article:
 * <ul>
 *   <li><b>Statements.</b> A statement with no speaker named after its verb, in the perfect
 *   («وأضاف»; an imperfect «قرارا يصادق» is not a continuation), or a participle («مشيراً»),
 *   continues the statement before it when that is at most
 *   {@value #CONTINUATION_DISTANCE} characters back; one whose speaker shares a non-role word
 *   with an earlier statement's speaker continues that one, if the shared words include the
 *   first name word of one of them («عضو مجلس الشورى» alone joins two members, not one). One named by role only
 *   («وقالت مصادر») starts its own: linking it to the statement before by the same role was
 *   measured worse (P -0.017, R +0.013: one source often makes statements the gold tells apart);
 *   but a definite role noun («وذكرت المصادر») continues the latest statement whose speaker has
 *   that noun, and role words all found in an earlier named speaker («رئيس الوزراء البريطاني»)
 *   continue the latest such statement. A decision ({@code decision-groups.txt}: «قرر المجلس»,
 *   «ووافق مجلس الوزراء») neither continues nor is continued by its speaker's statements; a
 *   statement without a speaker after a sentence opened by a verb with a named subject («ورفع
 *   الأمير محمد بن نايف … وقال») does not continue the one before ({@link #opensSentence}).</li>
 *   <li><b>Happenings.</b> An event noun with the article («الهجوم», «الغارات», «الاجتماع»)
 *   refers back to the latest earlier happening of the same action group, at most
 *   {@value #REFERENCE_EVENTS} events back, whose time is compatible; any other happening
 *   («قصف» … «وشن غارات») to one of the same group at most {@value #REPEAT_EVENTS} events back
 *   (measured on the development topics: 6 for every happening gained 0.014 recall and lost 0.003
 *   precision more); farther back, to the latest of the same group with a compatible time that
 *   shares at least {@value #SHARED_TERMS} content terms besides the triggers («استعادة قاعدة
 *   العند» … «استعادة قاعدة العند الجوية»; 2 cost 0.003 precision, 1 cost 0.023). A happening opened by
 *   a contrast phrase («في حين», «بينما»: {@link #contrasted}) refers back to none.</li>
 *   <li><b>Relative clauses.</b> A clause opened by a relative pronoun right after an event noun («الهجوم
 *   الإرهابي» + «الذي شنه مستوطنون») is a further mention of the noun's happening ({@link #describesEventNoun}),
 *   checked before the two kinds above.</li>
 * </ul>
 */
final class ArticleChains {

    /** A statement without a named speaker continues the one before it only this close (UTF-16 chars). */
    static final int CONTINUATION_DISTANCE = 400;
    /** How many events back a definite event noun looks for the happening it refers to. */
    static final int REFERENCE_EVENTS = 6;
    /** Farther back in the article, a happening of the same group must share this many content terms. */
    static final int SHARED_TERMS = 3;
    /** How many events back any other happening looks for an earlier mention of its action. */
    static final int REPEAT_EVENTS = 3;

    private ArticleChains() {
    }

    /** A chain id per event (the index of its first mention), -1 for an event in no chain. */
    static int[] of(List<SourceEvent> events) {
        List<List<String>> speakerTerms = events.stream().map(EventSimilarity::speakerTerms).toList();
        return of(events, speakerTerms, speakerTerms.stream().map(EventSimilarity::speaker).toList());
    }

    /**
     * As above, with each event's {@link EventSimilarity#speakerTerms} and {@link EventSimilarity#speaker}
     * (computed once by the caller).
     */
    static int[] of(List<SourceEvent> events, List<List<String>> speakerTerms, List<Set<String>> speakers) {
        int[] chain = new int[events.size()];
        java.util.Arrays.fill(chain, -1);
        // each event's speaker words, roles included: computed once, read for every later role-only statement
        List<Set<String>> speakerWords = speakerTerms.stream().map(t -> (Set<String>) new java.util.HashSet<>(t)).toList();
        // each event's speaker head, for every earlier statement a later one is compared with
        List<String> heads = speakerTerms.stream().map(EventSimilarity::speakerHead).toList();
        Terms terms = new Terms(events);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> events.get(i).articleId()).thenComparingInt(i -> events.get(i).seq()));
        String article = null;
        List<Integer> statements = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        int opener = -1;
        // a decision whose span ends before what was decided («حيث قرر المجلس»), until its object comes
        int awaiting = -1;
        int awaitingAt = 0; // how many events of the article came before it
        for (int i : order) {
            SourceEvent e = events.get(i);
            if (!e.articleId().equals(article)) {
                article = e.articleId();
                statements.clear();
                seen.clear();
                opener = -1;
                awaiting = -1;
            }
            int previous = seen.isEmpty() ? -1 : seen.get(seen.size() - 1);
            boolean decided = awaiting >= 0 && seen.size() - awaitingAt <= DECISION_OBJECT_EVENTS
                    && decisionObject(e) && MergeRule.time(e, events.get(awaiting)).compatible();
            if (previous >= 0 && (describesEventNoun(e, events.get(previous)) || consequenceOf(e, events.get(previous)))) {
                // «الجريمة الإرهابية البشعة» + «التي نفذها مستوطنون»: the clause tells more of the noun's happening;
                // «هاجم مستوطنون المنزل» + «كما أدى إلى إصابة والديه»: what the happening led to is part of it
                join(chain, i, previous);
            } else if (decided) {
                // «حيث قرر المجلس، بعد النظر في …، الموافقة على نظام …»: what the body decided is its decision
                chain[i] = chain[awaiting];
                awaiting = -1;
            } else if (e.statement()) {
                chain[i] = i;
                // «ورفع الأمير محمد بن نايف الشكر … وقال»: the unnamed speaker is the new sentence's subject
                List<Integer> before = opener >= 0 && !statements.isEmpty() && statements.get(statements.size() - 1) < opener
                        && (speakers.get(i).isEmpty() || participle(e)) ? List.of() : statements;
                statement(i, events, speakers, speakerWords, heads, before, chain);
                statements.add(i);
            } else if (e.group() != null && e.group().startsWith("happening:") && !contrasted(e) && !anotherCase(e)) {
                boolean definite = definiteNoun(e);
                int back = definite ? REFERENCE_EVENTS : REPEAT_EVENTS;
                boolean linked = false;
                for (int k = seen.size() - 1; k >= 0 && k >= seen.size() - back; k--) {
                    int j = seen.get(k);
                    SourceEvent o = events.get(j);
                    if (e.group().equals(o.group()) || definite && refersTo(e, o)) {
                        if (MergeRule.time(e, o).compatible() && (definite || !oneCaseOf(e, o))) {
                            join(chain, i, j);
                            linked = true;
                        }
                        break;
                    }
                }
                for (int k = seen.size() - 1; !linked && k >= 0; k--) {
                    int j = seen.get(k);
                    SourceEvent o = events.get(j);
                    if (e.group().equals(o.group()) && MergeRule.time(e, o).compatible() && terms.shared(i, j) >= SHARED_TERMS) {
                        join(chain, i, j);
                        break;
                    }
                }
            } else if (unknownActionOnADay(e)) {
                // «خلال الجولة الثالثة من الحوار … التي انطلقت الأربعاء» and «أن الجولة القادمة من الحوار …
                // ستجري في 7 أبريل»: support verbs without their noun, one day, the same words — one happening
                for (int k = seen.size() - 1; k >= 0; k--) {
                    int j = seen.get(k);
                    SourceEvent o = events.get(j);
                    if (unknownActionOnADay(o) && o.start().equals(e.start()) && o.until().equals(e.until())
                            && terms.shared(i, j) >= SHARED_TERMS) {
                        join(chain, i, j);
                        break;
                    }
                }
            }
            if (decision(e) && !decided) {
                awaiting = awaitsObject(e) ? i : -1;
                awaitingAt = seen.size();
            } else if (e.statement()) {
                awaiting = -1; // another speaker's statement: the decision's object does not come after it
            }
            if (!e.statement() && opensSentence(e)) {
                opener = i;
            }
            seen.add(i);
        }
        return chain;
    }

    /** For the group of a general event noun, the groups of the happenings it may refer back to ({@code referring-groups.txt}). */
    private static final java.util.Map<String, Set<String>> REFERRING_GROUPS = referringGroups();

    private static java.util.Map<String, Set<String>> referringGroups() {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String line : org.tarikh.RuleData.lines(ArticleChains.class, "referring-groups.txt")) {
            String[] f = line.split("\\s+");
            Set<String> to = new java.util.HashSet<>();
            for (int k = 1; k < f.length; k++) {
                to.add("happening:" + f[k]);
            }
            out.put("happening:" + f[0], Set.copyOf(to));
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * «الجريمة البشعة» after «وأحرقوا …», «الحادث» after «انقلبت الحافلة»: a definite noun of a general group
     * ({@code referring-groups.txt}) may refer back to a happening of a narrower group.
     */
    static boolean refersTo(SourceEvent noun, SourceEvent earlier) {
        return earlier.group() != null && REFERRING_GROUPS.getOrDefault(noun.group(), Set.of()).contains(earlier.group());
    }

    /** How many words after its trigger «أيضا» may stand to mark another case of the action. */
    static final int ALSO_WORDS = 4;

    private static final Set<String> ALSO = Set.of("ايضا", "وايضا", "كذلك", "وكذلك");

    /**
     * «تم احتجازه» … «واعتقلت الشرطة أيضا الفلسطينيين الأربعة»: «أيضا» or «كذلك» right after a happening's
     * trigger (at most {@value #ALSO_WORDS} words on) tells another case of its action, not the one before.
     */
    static boolean anotherCase(SourceEvent e) {
        int at = e.triggerBegin() - e.begin();
        if (e.triggerText() == null || at < 0 || at > e.text().length()) {
            return false;
        }
        String[] words = WORD_GAPS.split(e.text().substring(at).strip(), ALSO_WORDS + 2); // the words to look at, then the rest
        for (int k = 1; k < words.length && k <= ALSO_WORDS; k++) {
            if (ALSO.contains(org.tarikh.anchor.ArabicWords.normalize(words[k]))) {
                return true;
            }
        }
        return false;
    }

    /** The gaps between the words of an event's text: white space and commas. */
    private static final java.util.regex.Pattern WORD_GAPS = java.util.regex.Pattern.compile("[\\s،,]+");

    /** The words of a stretch of an event's text, split at white space and commas. */
    private static String[] splitWords(String text) {
        return WORD_GAPS.split(text.strip());
    }

    /** Puts event {@code i} in the chain of the earlier event {@code j}, which starts one if it is in none. */
    private static void join(int[] chain, int i, int j) {
        if (chain[j] < 0) {
            chain[j] = j;
        }
        chain[i] = chain[j];
    }

    /**
     * A happening that tells what the happening right before it (no statement, a compatible time) led to: its
     * span opens with a verb of {@code consequence-verbs.txt} ({@link #consequence}).
     */
    private static boolean consequenceOf(SourceEvent e, SourceEvent previous) {
        return !e.statement() && !previous.statement() && consequence(e) && MergeRule.time(e, previous).compatible();
    }

    /** How many words may come before the trigger of a consequence, its verb among them («كما أدى إلى»). */
    static final int CONSEQUENCE_WORDS = 4;

    /** The verbs of {@code consequence-verbs.txt}, normalized. */
    private static final Set<String> CONSEQUENCE_VERBS = EventSimilarity.normalizedWords("consequence-verbs.txt");

    /**
     * «وأدت إلى حرق رضيع», «كما أدى إلى إصابة والديه»: an event whose span opens, at most {@value
     * #CONSEQUENCE_WORDS} words before its trigger, with a verb of {@code consequence-verbs.txt} («و», «ف» or
     * «ك» before it, or none) tells what the happening before it led to.
     */
    static boolean consequence(SourceEvent e) {
        int at = e.triggerBegin() - e.begin();
        if (e.triggerText() == null || at <= 0 || at > e.text().length()) {
            return false;
        }
        String[] words = splitWords(e.text().substring(0, at));
        if (words.length > CONSEQUENCE_WORDS) {
            return false;
        }
        for (String w : words) {
            String n = org.tarikh.anchor.ArabicWords.normalize(w);
            if (CONSEQUENCE_VERBS.contains(n) || n.length() > 3 && "وفك".indexOf(n.charAt(0)) >= 0
                    && CONSEQUENCE_VERBS.contains(n.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** What a body decided comes at most this many events after its decision («قرر المجلس» + «بعد النظر في قرارات …» + «ورقم …» + «ورقم …» + «الموافقة على …»). */
    static final int DECISION_OBJECT_EVENTS = 4;
    /** A decision's span with at most this many words after its verb holds no object («حيث قرر المجلس», «وافق مجلس الوزراء على»). */
    static final int DECISION_SUBJECT_WORDS = 3;

    /**
     * «حيث قرر المجلس», «ووافق مجلس الوزراء على»: a decision ({@link #decision}) whose span ends within
     * {@value #DECISION_SUBJECT_WORDS} words of its verb, none of them «مع» («يتفق مع نتائج»: agreeing with
     * something) or an event noun («تقرر تأجيل»: the object is in the span), so that what was decided is told by
     * a later event.
     */
    static boolean awaitsObject(SourceEvent e) {
        int at = e.triggerBegin() - e.begin();
        if (e.triggerText() == null || at < 0 || at + e.triggerText().length() > e.text().length()) {
            return false;
        }
        String after = e.text().substring(at + e.triggerText().length()).strip();
        if (after.isEmpty()) {
            return true;
        }
        String[] words = splitWords(after);
        if (words.length > DECISION_SUBJECT_WORDS) {
            return false;
        }
        for (String w : words) {
            // «يتفق مع نتائج», «اتفق الجميع مع تلك»: agreeing with something, no decision; «تقرر تأجيل»: the object is here
            if (org.tarikh.anchor.ArabicWords.normalize(w).equals("مع") || eventNoun(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * «الموافقة على نظام المناطق المحمية», «تعيين كل من …»: an event whose span opens with its trigger, an event
     * noun of {@code trigger-nouns.txt} without «و» (no new clause: the object of a decision told before it). A
     * decision awaiting its object ({@link #awaitsObject}) at most {@value #DECISION_OBJECT_EVENTS} events back,
     * with no statement or decision between, takes the first such event whose time is compatible with its own as
     * what it decided: one happening («قرر كاميرون إجراء» + «الاستفتاء في يونيو من العام المقبل» is not: the
     * decision is told as done, the vote is next year).
     */
    static boolean decisionObject(SourceEvent e) {
        String t = e.triggerText();
        if (t == null || e.statement() || e.triggerBegin() != e.begin() + (e.text().length() - e.text().stripLeading().length())) {
            return false;
        }
        String n = org.tarikh.anchor.ArabicWords.normalize(t);
        return !n.startsWith("و") && !n.startsWith("ف") && eventNoun(t);
    }

    /** At most this many words between an event noun and the relative clause describing it («مؤتمر الاتحاد البريدي العالمي «الخامس والعشرين»» + «المنعقد»). */
    static final int RELATIVE_NOUN_WORDS = 6;
    /** The relative clause's own trigger is at most this many words after its relative word («الذي تم توقيعه»). */
    static final int RELATIVE_TRIGGER_WORDS = 3;

    /**
     * «الجريمة الإرهابية البشعة» and then «التي نفذها مستوطنون», «الهجوم الإرهابي» and then «الذي شنه
     * مستوطنون»: an event that opens with a relative pronoun of the anchoring's {@code
     * describing-relatives.txt}, its own trigger within {@value #RELATIVE_TRIGGER_WORDS} words of it,
     * describes the happening of the event right before it when that one (no statement) ends in an event
     * noun of {@code trigger-nouns.txt} followed by at most {@value #RELATIVE_NOUN_WORDS} definite words
     * (adjectives, a definite genitive: «إعلان القاهرة»), the two are adjacent, the pronoun agrees with the
     * noun as that file says («الذي» never after a noun in «ة» or «ات»; «التي» after a noun of neither form,
     * a broken plural, only right after it: «لقتال المجموعة التي» is about the group), and their times are
     * compatible. A
     * noun followed by a preposition («الهجوم على المستشفى الذي …») is not described: the clause is about
     * the preposition's object; nor is a noun that is itself the genitive of a word before it ({@link
     * #genitive}: «وسيلة الاتصال التي …»). The anchoring joins such a clause to its noun only when the clause has a
     * date of its own; here an undated one is a further mention of the noun's happening.
     */
    static boolean describesEventNoun(SourceEvent e, SourceEvent noun) {
        // the cheap tests first: this is asked of every event and the one before it, at every query
        if (e.triggerText() == null || noun.triggerText() == null || noun.statement()
                || !e.articleId().equals(noun.articleId()) || e.begin() < noun.end() || e.begin() - noun.end() > 3) {
            return false;
        }
        String first = firstWord(e.text());
        if (first.isEmpty()) {
            return false;
        }
        int triggerAt = e.triggerBegin() - e.begin();
        if (triggerAt < 0 || triggerAt > e.text().length()
                || e.text().substring(0, triggerAt).strip().split("\\s+").length > RELATIVE_TRIGGER_WORDS) {
            return false;
        }
        String t = noun.triggerText();
        int nounAt = noun.triggerBegin() - noun.begin();
        if (nounAt < 0 || nounAt + t.length() > noun.text().length() || !eventNoun(t)) {
            return false;
        }
        if (genitive(noun.text().substring(0, nounAt), t)) {
            return false;
        }
        int between = 0;
        for (String w : noun.text().substring(nounAt + t.length()).split("[\\s«»\"()]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String n = org.tarikh.anchor.ArabicWords.normalize(w);
            if (!(n.startsWith("ال") || n.startsWith("وال")) || n.length() < 4 || ++between > RELATIVE_NOUN_WORDS) {
                return false;
            }
        }
        String pronoun = org.tarikh.anchor.ArabicWords.normalize(first);
        String head = org.tarikh.anchor.ArabicWords.normalize(t);
        boolean feminineForm = head.endsWith("ه") || head.endsWith("ات");
        // a pronoun that may follow a feminine noun («التي»), as the file's agreement says
        boolean feminineAgreeing = org.tarikh.anchor.EventAnchorer.describingRelative(pronoun, "ه");
        if (between > 0 && !feminineForm && feminineAgreeing) {
            // «لقتال المجموعة التي أعلنت ولاءها»: a feminine pronoun after a masculine-looking head (a broken
            // plural only when right after it, «المعارك التي») agrees with the word after the head
            return false;
        }
        return org.tarikh.anchor.EventAnchorer.describingRelative(pronoun, head) && MergeRule.time(e, noun).compatible();
    }

    /** The first whitespace-delimited word of a text, without copying the rest. */
    private static String firstWord(String text) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /** The words of {@code before-event-noun.txt}, normalized. */
    private static final Set<String> BEFORE_EVENT_NOUN = EventSimilarity.normalizedWords("before-event-noun.txt");

    /**
     * «وسيلة الاتصال», «محاضر الضبط»: the definite event noun {@code trigger} is the genitive of the word right
     * before it, a word without the article that {@code before-event-noun.txt} does not list (no preposition,
     * particle or demonstrative). A trigger with a prefixed preposition or «و» («للقرار», «والهجوم») is none.
     */
    private static boolean genitive(String before, String trigger) {
        String n = org.tarikh.anchor.ArabicWords.normalize(trigger);
        if (!n.startsWith("ال")) {
            return false;
        }
        String[] words = before.strip().split("[\\s،,«»\"()]+");
        String last = words.length == 0 ? "" : org.tarikh.anchor.ArabicWords.normalize(words[words.length - 1]);
        if (last.isEmpty() || last.startsWith("ال") || last.startsWith("وال") || !Character.isLetter(last.charAt(0))) {
            return false;
        }
        String bare = (last.startsWith("و") || last.startsWith("ف")) && last.length() > 2 ? last.substring(1) : last;
        return !BEFORE_EVENT_NOUN.contains(last) && !BEFORE_EVENT_NOUN.contains(bare);
    }

    /** «الهجوم», «مؤتمر», «والغارات»: a listed event noun, after «و» «ف» «ب» «ل» and the article, and no listed verb form. */
    private static boolean eventNoun(String trigger) {
        String n = org.tarikh.anchor.ArabicWords.normalize(trigger);
        for (String p : new String[] {"", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "وبال", "ولل", "وب", "ول"}) {
            if (n.startsWith(p) && n.length() > p.length() + 2) {
                String stem = n.substring(p.length());
                if (EVENT_NOUNS.contains(stem) && (p.contains("ال") || p.equals("لل") || !VERB_FORMS.contains(stem))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * «بقتل آبائهم» in July and then «ان يقتله ابن اخته ليلة العيد»: a repeat of the action dated by its own
     * expression to a finer time than the earlier mention's own (a night within the month) tells one case of
     * what the earlier mention reported in general, not the same happening again.
     */
    static boolean oneCaseOf(SourceEvent later, SourceEvent earlier) {
        return !EventSimilarity.undated(later) && !EventSimilarity.undated(earlier) && !later.vague() && !earlier.vague()
                && !later.fromPublicationDate() && !earlier.fromPublicationDate()
                && finer(later.granularity(), earlier.granularity());
    }

    /** Whether granularity {@code a} is finer than {@code b} ({@link org.tarikh.order.Granularity}'s order; VAGUE or none is neither). */
    private static boolean finer(String a, String b) {
        String vague = org.tarikh.order.Granularity.VAGUE.name();
        return a != null && b != null && !a.equals(vague) && !b.equals(vague)
                && org.tarikh.order.Granularity.valueOf(a).compareTo(org.tarikh.order.Granularity.valueOf(b)) < 0;
    }

    /** How many words may stand between a contrast phrase and the trigger it opens («بينما الأسعار ارتفعت»). */
    static final int CONTRAST_WORDS = 3;

    /** The phrases of {@code contrast-words.txt}, each as its normalized words. */
    private static final List<List<String>> CONTRASTS = contrasts();

    private static List<List<String>> contrasts() {
        List<List<String>> out = new ArrayList<>();
        for (String line : org.tarikh.RuleData.lines(ArticleChains.class, "contrast-words.txt")) {
            List<String> words = new ArrayList<>();
            for (String w : line.strip().split("\\s+")) {
                words.add(org.tarikh.anchor.ArabicWords.normalize(w));
            }
            out.add(List.copyOf(words));
        }
        return List.copyOf(out);
    }

    /**
     * «في حين زادت عقود الخام الأمريكي» after «ارتفعت عقود برنت»: a happening opened by a contrast phrase of
     * {@code contrast-words.txt} (at most {@value #CONTRAST_WORDS} words before its trigger, in its span) is
     * another happening of its kind, set against the one before; it refers back to no earlier happening.
     */
    static boolean contrasted(SourceEvent e) {
        int at = e.triggerBegin() - e.begin();
        if (e.triggerText() == null || at <= 0 || at > e.text().length()) {
            return false;
        }
        String[] raw = splitWords(e.text().substring(0, at));
        List<String> words = new ArrayList<>();
        for (String w : raw) {
            if (!w.isEmpty()) {
                words.add(org.tarikh.anchor.ArabicWords.normalize(w));
            }
        }
        for (List<String> phrase : CONTRASTS) {
            int n = phrase.size();
            for (int end = words.size(); end >= n && end >= words.size() - CONTRAST_WORDS; end--) {
                boolean match = true;
                for (int i = 0; i < n && match; i++) {
                    String w = words.get(end - n + i);
                    match = w.equals(phrase.get(i)) || i == 0 && w.equals("و" + phrase.get(i));
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A happening whose action the lists do not know (a support verb without its noun, a guessed
     * verb) dated by its own expression to a day or finer: two such of one article on the same day
     * that share {@value #SHARED_TERMS} content terms besides their triggers are one happening.
     */
    static boolean unknownActionOnADay(SourceEvent e) {
        return !e.statement() && EventSimilarity.unknownAction(e) && !EventSimilarity.undated(e) && !e.vague()
                && List.of("MINUTE", "HOUR", "PART_OF_DAY", "DAY").contains(e.granularity());
    }

    private static void statement(int i, List<SourceEvent> events, List<Set<String>> speakers,
            List<Set<String>> speakerWords, List<String> heads, List<Integer> before, int[] chain) {
        SourceEvent e = events.get(i);
        Set<String> who = speakers.get(i);
        if (before.isEmpty()) {
            return;
        }
        int lastIdx = before.get(before.size() - 1);
        SourceEvent last = events.get(lastIdx);
        if (who.isEmpty() || participle(e)) {
            if (e.begin() - last.end() <= CONTINUATION_DISTANCE && !imperfect(e)) {
                chain[i] = chain[lastIdx];
            }
            return;
        }
        if (decision(e)) {
            return; // «وقرر المجلس», «ووافق مجلس الوزراء»: each decision its own happening
        }
        if (who.contains(EventSimilarity.ROLE_ONLY)) {
            // «وذكرت المصادر»: the article refers back to the latest statement of sources named so
            String role = EventSimilarity.definiteRole(e);
            // «وحذر رئيس الوزراء البريطاني» after «كشف رئيس الوزراء البريطاني ديفيد كاميرون»: the role of a speaker named
            Set<String> roles = speakerWords.get(i);
            for (int k = before.size() - 1; role != null && k >= 0; k--) {
                int j = before.get(k);
                if (!decision(events.get(j)) && speakerWords.get(j).contains(role)) {
                    chain[i] = chain[j];
                    return;
                }
            }
            if (roles.size() >= 2) {
                for (int k = before.size() - 1; k >= 0; k--) {
                    int j = before.get(k);
                    Set<String> other = speakers.get(j);
                    if (!decision(events.get(j)) && !other.isEmpty() && !other.contains(EventSimilarity.ROLE_ONLY)
                            && speakerWords.get(j).containsAll(roles)) {
                        chain[i] = chain[j];
                        return;
                    }
                }
            }
            return; // «وقالت مصادر»: new sources (linking any role to the one before measured worse: P -0.017, R +0.013)
        }
        String head = heads.get(i);
        for (int k = before.size() - 1; k >= 0; k--) {
            int j = before.get(k);
            if (decision(events.get(j))) {
                continue;
            }
            String otherHead = heads.get(j);
            // «الدكتور خليفة الدوسري عضو مجلس الشورى» and «الدكتور يوسف الرميح عضو مجلس الشورى»
            // share a body, not a name: the words shared must include the start of one name
            if (!Collections.disjoint(who, speakers.get(j))
                    && (head == null || otherHead == null || speakers.get(j).contains(head) || who.contains(otherHead))) {
                chain[i] = chain[j];
                return;
            }
        }
    }

    /**
     * «ورفع الأمير محمد بن نايف الشكر …»: a happening verb with «و» that opens its event's span (a
     * new main clause, not one reported by a statement, which starts at «أن»); a statement without
     * a speaker after it does not continue one before it.
     */
    static boolean opensSentence(SourceEvent e) {
        String t = e.triggerText();
        if (t == null || e.triggerBegin() != e.begin() || !t.startsWith("و") || t.length() <= 3
                || e.group() == null || !e.group().startsWith("happening:")) {
            return false;
        }
        // its subject a person named right after the verb («ورفع الأمير محمد …»: a given name of given-names.txt)
        String[] words = splitWords(e.text().substring(Math.min(e.text().length(), t.length())));
        for (int k = 0; k < words.length && k < SUBJECT_WORDS; k++) {
            if (GIVEN_NAMES.contains(org.tarikh.annotate.norm.Lexicon.key(words[k])) && !NOT_NAMES.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a sentence-opening verb its subject's given name may come («ورفع الأمير محمد»). */
    static final int SUBJECT_WORDS = 3;

    /** Words written as no name that normalize to a given name ({@code not-given-names.txt}: the preposition «على»). */
    private static final Set<String> NOT_NAMES = Set.copyOf(org.tarikh.RuleData.lines(ArticleChains.class,
            "not-given-names.txt"));

    /** Given names ({@code given-names.txt} of the annotators, its «speech:» lines left out). */
    private static final Set<String> GIVEN_NAMES = org.tarikh.annotate.norm.GivenNames.NAMES;

    /** Statement groups that are decisions ({@code decision-groups.txt}). */
    private static final Set<String> DECISIONS = decisionGroups();

    private static Set<String> decisionGroups() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : org.tarikh.RuleData.lines(ArticleChains.class, "decision-groups.txt")) {
            out.addAll(List.of(line.strip().split("\\s+")));
        }
        return out;
    }

    /** «قرر المجلس», «وافق مجلس الوزراء»: a body's decision, which chains by speaker with no statement. */
    static boolean decision(SourceEvent e) {
        return e.group() != null && DECISIONS.contains(e.group());
    }

    /**
     * «قرارا يصادق على الاتفاق», «يذكر أن»: a statement continues in the perfect («وأضاف») or a
     * participle («مشيراً»); an imperfect reporting verb without a speaker is something else. A listed
     * report verb's past form is a perfect even when it begins like an imperfect («وتابع»).
     */
    static boolean imperfect(SourceEvent e) {
        String t = e.triggerText();
        if (t == null) {
            return false;
        }
        String bare = org.tarikh.anchor.ArabicWords.normalize(t);
        bare = (bare.startsWith("و") || bare.startsWith("ف")) && bare.length() > 3 ? bare.substring(1) : bare;
        if (PAST_FORMS.contains(bare)) {
            return false; // «وتابع», «وتحدث»: a listed perfect that begins like an imperfect («تـ»)
        }
        String key = org.tarikh.annotate.norm.Lexicon.key(t);
        return org.tarikh.annotate.morph.Morphology.isImperfect(org.tarikh.annotate.morph.Morphology.withoutConjunction(key))
                || org.tarikh.annotate.morph.Morphology.isFutureVerb(key);
    }

    /**
     * The events' content terms and trigger terms, analysed once per event of one {@link #of} call
     * (when first needed), not once per pair compared.
     */
    private static final class Terms {
        private final List<SourceEvent> events;
        private final List<Set<String>> content;
        private final List<Set<String>> triggers;

        Terms(List<SourceEvent> events) {
            this.events = events;
            this.content = new ArrayList<>(Collections.nCopies(events.size(), null));
            this.triggers = new ArrayList<>(Collections.nCopies(events.size(), null));
        }

        private Set<String> content(int i) {
            if (content.get(i) == null) {
                content.set(i, new java.util.HashSet<>(events.get(i).contentTerms()));
            }
            return content.get(i);
        }

        private Set<String> triggers(int i) {
            if (triggers.get(i) == null) {
                triggers.set(i, new java.util.HashSet<>(ArabicTerms.of(events.get(i).triggerText())));
            }
            return triggers.get(i);
        }

        /** Content terms two events share besides their triggers' («قاعدة العند» in both). */
        int shared(int a, int b) {
            int n = 0;
            for (String t : content(a)) {
                if (!triggers(a).contains(t) && !triggers(b).contains(t) && content(b).contains(t)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** A participle of a reporting verb («مشيرا», «مؤكدا») always continues the statement before it. */
    static boolean participle(SourceEvent e) {
        String t = e.triggerText();
        return t != null && (t.startsWith("م") || t.startsWith("وم")) && (t.endsWith("ا") || t.endsWith("اً") || t.endsWith("ًا"));
    }

    /**
     * «الهجوم», «والغارات», «بالتفجير»: an event noun with the article refers to a happening
     * already told; so does one in construct with a definite noun («فرار القائد», «استعادة
     * القاعدة»: Arabic makes the first noun of such a pair definite by the second), if the
     * trigger is a listed event noun and no listed verb form ({@link #constructNoun}).
     */
    static boolean definiteNoun(SourceEvent e) {
        String t = e.triggerText();
        if (t == null || !e.group().startsWith("happening:")) {
            return false;
        }
        String n = org.tarikh.anchor.ArabicWords.normalize(t);
        for (String p : new String[] {"ال", "وال", "فال", "بال", "لل", "وبال", "ولل"}) {
            if (n.startsWith(p) && n.length() > p.length() + 2) {
                return true;
            }
        }
        return constructNoun(e);
    }

    /**
     * The trigger is an event noun of {@code trigger-nouns.txt} (after «و» «ف» «ب» «ل»), not also a
     * verb form of {@code trigger-verbs.txt} («قتل» is both), and the word after it in the event's
     * text has the article: «فرار القائد», «استعادة القاعدة».
     */
    static boolean constructNoun(SourceEvent e) {
        String t = e.triggerText();
        int at = e.triggerBegin() - e.begin();
        if (t == null || at < 0 || at + t.length() > e.text().length()) {
            return false;
        }
        String n = org.tarikh.anchor.ArabicWords.normalize(t);
        boolean noun = EVENT_NOUNS.contains(n);
        for (String p : new String[] {"و", "ف", "ب", "ل", "وب", "ول", "فب"}) {
            noun |= n.startsWith(p) && EVENT_NOUNS.contains(n.substring(p.length()));
        }
        if (!noun || VERB_FORMS.contains(n)) {
            return false;
        }
        String[] after = e.text().substring(at + t.length()).strip().split("\\s+", 2);
        return after.length > 0 && org.tarikh.anchor.ArabicWords.normalize(after[0]).startsWith("ال")
                && after[0].length() > 3;
    }

    /** The event nouns of the anchoring's trigger list, normalized. */
    private static final Set<String> EVENT_NOUNS = words("trigger-nouns.txt", 2);
    /** The past forms (third person masculine singular) of the anchoring's report verbs, normalized. */
    private static final Set<String> PAST_FORMS = words("trigger-verbs.txt", "report", 2, 3);

    /** The past and present stems of the anchoring's trigger verbs, normalized. */
    private static final Set<String> VERB_FORMS = words("trigger-verbs.txt", 2);

    private static Set<String> words(String resource, int from) {
        return words(resource, null, from, Integer.MAX_VALUE);
    }

    /** Fields {@code from} (inclusive) to {@code to} (exclusive) of the lines of {@code resource}, of class {@code cls} only unless null, normalized. */
    private static Set<String> words(String resource, String cls, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (String line : org.tarikh.RuleData.lines(org.tarikh.anchor.EventAnchorer.class, resource)) {
            String[] f = line.strip().split("\\s+");
            if (cls != null && !f[0].equals(cls)) {
                continue;
            }
            for (int i = from; i < f.length && i < to; i++) {
                out.add(org.tarikh.anchor.ArabicWords.normalize(f[i]));
            }
        }
        return out;
    }
}
