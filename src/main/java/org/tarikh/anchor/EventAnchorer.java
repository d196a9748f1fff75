package org.tarikh.anchor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tarikh.annotate.Span;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.Timex;
import org.tarikh.order.Granularity;
import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

/**
 * Finds the happenings a text reports and anchors each to its own time.
 * <ol>
 *   <li><b>Clauses.</b> Each sentence is cut into clauses at «،» «؛» «:» , ; and at the clause
 *   markers of {@code clause-markers.txt}: complementizers («أن» «إن» «بأن»), relative pronouns
 *   («الذي» «التي»), purpose phrases («من أجل» «بهدف», «لـ» with a verbal noun: «لبحث»
 *   «لمباراة»), contrast («بينما» «في حين» «في الوقت الذي»), cause («لأن» «إثر» «عقب», a fronted
 *   «وبعد/وقبل» phrase) and
 *   coordination («ثم», «و» or «ف» before a trigger verb: «وأضاف», «وقد» before a verb); a
 *   definite participle of {@code trigger-participles.txt} («المبرم») opens a reduced relative
 *   clause and is its trigger.</li>
 *   <li><b>Triggers.</b> A verb or event noun of {@code trigger-verbs.txt} /
 *   {@code trigger-nouns.txt} is a happening; each trigger of a clause is its own event, except
 *   that a support verb takes the noun after it («شن غارة», «عقد اجتماعا»). The event's span runs
 *   from its trigger (from the clause start for a clause's first trigger, from the sentence
 *   start for the sentence's first) to the next event's span: the spans of a sentence's events
 *   partition it. Clauses without a trigger belong to the event before them; when a sentence's
 *   first trigger is in a relative clause, the noun phrase before it is a trigger-less state
 *   (unless that trigger is a support verb without its noun: «الجولة … التي انطلقت الأربعاء» is
 *   one event). A dated relative clause right after a definite event noun tells that noun's
 *   happening and is one event with it («بالتفجير الذي استهدف السوق الجمعة»; see
 *   {@code describedHeads}); a dated participle clause («المنعقد في الدوحة في …») dates the event
 *   noun it describes ({@code participleHeads}). A sentence is never cut inside a parenthesis
 *   ({@code sentences}).</li>
 *   <li><b>Own time.</b> The DATE/TIME expressions inside an event's span date it (the most
 *   precise one anchors, a feast named alone last among equals: {@code occasionName}; the others are
 *   {@link Event#alsoInClause()}), except those in a
 *   relative, purpose, contrast or cause clause that has no trigger of its own: those describe
 *   something else and date nothing; nor does an expression inside a quotation date the
 *   statement that opens it, nor one glossed in parentheses right after it («اليوم (أمس)»:
 *   {@code glossed}), nor one after «حتى» (an end, {@code until}), nor a day of an earlier year after «ذكرى» (the day an
 *   anniversary remembers: {@code anniversary}), nor «الآن»/«المقبل»
 *   alone a perfect verb. A statement participle after a comma («، مشيرا») is dated like the
 *   sentence's first statement ({@code statementGoneOn}).</li>
 *   <li><b>Shared time.</b> A happening without an expression of its own whose span says
 *   «في الشهر نفسه» / «اليوم ذاته» / «نفس العام» takes the article's latest earlier month, day
 *   or year; an imperfect after «وهو/وهي/وهم» takes the time of the event before it; a verb
 *   (a statement too) followed by «في/خلال/قبيل …» and a dated event noun takes the noun's time,
 *   and so does the clause after a sentence-opening «خلال/في …» event phrase. All are dated ON
 *   (see {@code sharedTime}).</li>
 *   <li><b>Inherited time.</b> An event without its own time, reported by a statement («قال،
 *   أعلن، أكد X يوم A أن Y حدث»), happened on or before the statement's time
 *   ({@link DateRelation#ON_OR_BEFORE}); anything else happened on or before the publication
 *   date (anchor null).</li>
 *   <li><b>Kind.</b> Statements and happenings are {@link EventKind#HAPPENING}; opinion verbs
 *   («يرى» «توقع») {@link EventKind#OPINION}; state verbs, present-tense verbs without a time
 *   of their own, spans dated only by «حالياً/الآن», and dated sentences without any trigger
 *   {@link EventKind#STATE}.</li>
 * </ol>
 * Years far from the publication date written without «عام/سنة» («يبلغ 2500 فرد») anchor
 * nothing: they are usually numbers read as years.
 */
public final class EventAnchorer {

    private static final String CLAUSE_ENDS = "،؛:,;";
    private static final Set<String> BARRIERS = Set.of("relative", "purpose", "contrast", "cause");
    private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه", "لعام", "عامي", "م", "هـ", "ه");

    private EventAnchorer() {
    }

    public static List<Event> anchor(String text, TaggedText tagged, LocalDate dct) {
        return anchor(text, tagged, dct, TriggerLexicon.DEFAULT);
    }

    /**
     * Whether the relative pronoun {@code pronoun} (normalized) right after the event noun {@code noun}
     * (normalized) can tell that noun's own happening ({@code describing-relatives.txt}, with its
     * agreement): «التفجير الذي استهدف …», «المواجهات التي شهدتها …», not «الزيارة الذي». Read by the
     * chronology's within-article chains as well as by the anchoring.
     */
    public static boolean describingRelative(String pronoun, String noun) {
        return RelativePronouns.defaults().describes(pronoun, noun); // not the whole trigger lexicon: queries ask this
    }

    static List<Event> anchor(String text, TaggedText tagged, LocalDate dct, TriggerLexicon lex) {
        List<Event> events = new ArrayList<>();
        TimeInterval publication = TimexIntervals.of(dct.toString(), null, dct).orElseThrow();
        List<Placed> earlier = new ArrayList<>(); // the article's anchorable expressions so far, in text order
        for (Span sentence : sentences(text, tagged.sentences())) {
            List<Placed> placed = new ArrayList<>();
            for (Timex t : tagged.timexes()) {
                if (t.isAnchorable() && sentence.covers(t.begin(), t.end())) {
                    Optional<TimeInterval> interval = TimexIntervals.of(t.value(), t.mod(), dct);
                    interval.filter(i -> plausible(text, t, i, dct) && !age(text, t, lex))
                            .ifPresent(i -> placed.add(new Placed(t, i)));
                }
            }
            placed.sort(Comparator.comparingInt(p -> p.timex().begin()));
            List<Segment> segments = segment(text, sentence, lex);
            List<Unit> units = units(segments, sentence, placed, lex);
            List<Placed> before = List.copyOf(earlier);
            earlier.addAll(placed);
            if (units.isEmpty()) {
                if (!placed.isEmpty()) { // a dated sentence without any trigger: background
                    events.add(event(events.size(), text, sentence.begin(), sentence.end(), placed, null, null,
                            EventKind.STATE, DateRelation.ON, publication));
                }
                continue;
            }
            int headEnd = units.get(0).begin;
            List<Placed> head = new ArrayList<>();
            for (Placed p : placed) {
                if (glossed(text, p, placed)) {
                    continue; // «من اليوم (أمس)»: the bracketed gloss after it is the article's own reading
                }
                Segment seg = segments.stream().filter(s -> s.begin <= p.timex().begin()).reduce((a, b) -> b).orElseThrow();
                if (seg.units.isEmpty() && (BARRIERS.contains(seg.type) || seg.type.equals("complement"))) {
                    if (seg.copularHead != null && !p.interval().vague()) {
                        seg.copularHead.own.add(p); // «الاستضافة التي ستكون العام المقبل»: when the head happens
                    }
                    continue; // a relative, purpose, contrast, cause or reported clause about something else
                }
                if (p.timex().begin() < headEnd) {
                    head.add(p);
                    continue;
                }
                Unit owner = units.get(0);
                for (Unit u : units) {
                    if (u.begin <= p.timex().begin()
                            && (!u.referring || u == units.get(0) || p.timex().begin() < u.trigger.begin())) {
                        owner = u; // «بدء محاكمة 29 متهما في هذا الاعتداء اليوم»: the trial's day, not the attack's
                    }
                }
                if (owner.entry.report() && insideQuotation(text, owner.trigger.end(), p.timex().begin())) {
                    continue; // «وتابع «من يقود العملية السياسية اليوم …»»: a time of the quoted words, not of saying them
                }
                if (!owner.entry.cls().equals("state") && !(owner.entry.verb() && owner.entry.imperfective())
                        && !"PRESENT_REF".equals(p.timex().value()) && until(text, p.timex())) {
                    // an imperfect keeps it: «ويستمر المعرض حتى 17 نيسان» lasts to that day
                    continue; // «قرار تأجيل البطولة حتى العام المقبل»: where something lasts to, not when it happened
                }
                if (yearBoundary(text, p.timex())) {
                    continue; // «العراق بعد عام 2003 … تحول»: a year the happening is after or before, not its time
                }
                if (sinceComparison(text, p.timex(), lex) || comparisonBaseline(text, p.timex(), lex)) {
                    continue; // «هبط … للمرة الأولى منذ يناير»: a comparison's baseline, not when it happened
                }
                if (anniversary(text, p.timex(), owner.trigger.begin(), dct, lex)) {
                    continue; // «احتفالاً بذكرى ثورة 23 يوليو»: the day remembered, not the celebration's
                }
                owner.own.add(p);
                if (trailing(text, p, seg, segments, sentence)) {
                    shareTrailing(owner, units, p);
                }
            }
            for (Unit u : units) {
                if (u.participleHead != null && u.participleHead.own.isEmpty()) {
                    // «مؤتمر … المنعقد في الدوحة خلال المدة من 8 إلى 29/ 11/ 1433هـ»: when the conference was
                    u.participleHead.own.addAll(u.own.stream().filter(p -> !p.interval().vague()).toList());
                }
            }
            if (headEnd > sentence.begin() && !text.substring(sentence.begin(), headEnd).isBlank()) {
                // the noun phrase before a sentence's first relative clause, without a trigger of its own:
                // a background statement (a state), dated by its own expressions only
                events.add(event(events.size(), text, sentence.begin(), headEnd, head, null, null, EventKind.STATE,
                        DateRelation.ON, publication));
            }
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                int end = i + 1 < units.size() ? units.get(i + 1).begin : sentence.end();
                List<Placed> time = u.own;
                if (onlyEarlier(time)) {
                    time = List.of(); // «مؤخراً», «في الآونة الأخيرة»: on or before its report, as without a time
                }
                if (!time.isEmpty() && perfect(u) && time.stream().allMatch(p -> VAGUE_NOW_OR_LATER.contains(p.timex().value()))) {
                    time = List.of(); // «أعلنت منذ الآن», «أقرت … بالمرحلة القادمة»: a perfect verb is not dated by now or later
                }
                boolean sameStatement = false;
                if (time.isEmpty() && u.statement != null && !u.statement.own.isEmpty()) {
                    time = u.statement.own; // «وتوقع باعجاجة خلال حديثه أمس …، مستبعدا …»: the same statement
                    sameStatement = true;
                }
                DateRelation relation = DateRelation.ON;
                boolean shared = false;
                if (time.isEmpty() && !sameStatement) {
                    time = sharedTime(text, u, i, units, end, before, placed, sentence, lex);
                    shared = !time.isEmpty();
                    if (shared && u.entry.report()) {
                        u.own.addAll(time); // what the statement reports happened on or before that time
                    }
                }
                if (time.isEmpty()) {
                    Unit from = inheritFrom(u, units);
                    if (from != null) {
                        time = from.own;
                        relation = DateRelation.ON_OR_BEFORE;
                    } else {
                        relation = DateRelation.ON_OR_BEFORE;
                    }
                }
                if (onlyEarlier(time)) {
                    // «وكانت الوزارة كشفت في وقت سابق … أمر خادم الحرمين»: an earlier time taken from another
                    // event says no more than "on or before the report", as an event's own «مؤخراً» above
                    time = List.of();
                    relation = DateRelation.ON_OR_BEFORE;
                }
                events.add(event(events.size(), text, u.begin, end, time, u.trigger, u.entry, kind(u, shared || sameStatement),
                        relation, publication));
            }
        }
        return events;
    }

    /** Whether the times are some and all PAST_REF («مؤخراً», «في وقت سابق»): earlier, no date. */
    private static boolean onlyEarlier(List<Placed> time) {
        return !time.isEmpty() && time.stream().allMatch(p -> "PAST_REF".equals(p.timex().value()));
    }

    /**
     * The tagger's sentences, except that one ending inside a parenthesis goes on with the next:
     * «على قناة (إن. بي. سي) أول من أمس» is one sentence, not three cut at the abbreviation's dots
     * (a sentence never ends before its parenthesis closes). At most three sentences are joined, and
     * only when the parenthesis closes within them.
     */
    static List<Span> sentences(String text, List<Span> tagged) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            Span s = tagged.get(i);
            int open = openParentheses(text, s.begin(), s.end());
            int j = i;
            int depth = open;
            while (depth > 0 && j + 1 < tagged.size() && j + 1 <= i + 2) {
                j++;
                depth += openParentheses(text, tagged.get(j).begin(), tagged.get(j).end());
            }
            if (open > 0 && depth == 0) {
                out.add(new Span(s.begin(), tagged.get(j).end()));
                i = j;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** «(» minus «)» in [from, to). */
    private static int openParentheses(String text, int from, int to) {
        int n = 0;
        for (int c = from; c < to; c++) {
            n += text.charAt(c) == '(' ? 1 : text.charAt(c) == ')' ? -1 : 0;
        }
        return n;
    }

    /**
     * Whose time an event without its own takes: its reporting statement's (as "on or before").
     * Taking the time of another happening of the same clause or of the clause it is coordinated
     * with was measured and lost: on the event gold's development topics it dated more happenings
     * wrongly than rightly (docs/chronology.md).
     */
    private static Unit inheritFrom(Unit u, List<Unit> units) {
        if (u.governor != null) {
            Unit g = u.governor;
            while (g.own.isEmpty() && g.governor != null) {
                g = g.governor;
            }
            return g.own.isEmpty() ? null : g;
        }
        return null;
    }

    /**
     * The time a happening without an expression of its own shares with another, when the text
     * says it is the same time (relation ON):
     * <ul>
     *   <li><b>Same-period anaphora</b>: «في الشهر نفسه», «في اليوم ذاته», «في نفس العام» in its
     *   span take the latest earlier expression of the article of that unit (a month, a day, a
     *   year).</li>
     *   <li><b>Circumstantial «وهو»</b>: «… استشهد يوم أمس وهو يتصدى …»: an imperfect right after
     *   «وهو/وهي/وهم» happens at the time of the event before it.</li>
     *   <li><b>Event noun after a same-time preposition</b>: «قتل ضابطا شرطة في هجوم استهدفهما
     *   امس»: a happening verb whose clause goes on with «في/خلال/قبيل …» and an event noun dated to a
     *   day or coarser takes that time ({@code same-time-prepositions.txt}).</li>
     * </ul>
     * A future verb followed by a coordinated imperfect with a time of its own takes that time
     * («سيزور الملك باريس ويلتقي الرئيس في سبتمبر»: one plan). A statement shares only the time of
     * the event noun after «في/خلال/قبيل» and of a fronted event phrase ({@code frontedTime}).
     * Opinions and states never share; a time from a relative, purpose, contrast or
     * cause clause without its own trigger stays excluded (it is in no unit's own times). A
     * happening verb in the perfect coordinated by «و» with the one before it («استولوا على
     * القاعدة في مارس وقبضوا على الوزير») does not share its time: measured again, it dated one
     * more development happening wrongly than rightly and cost two held-out ones
     * (docs/chronology.md).
     */
    private static List<Placed> sharedTime(String text, Unit u, int i, List<Unit> units, int end, List<Placed> before,
            List<Placed> sentencePlaced, Span sentence, TriggerLexicon lex) {
        List<Placed> fronted = frontedTime(text, u, i, units, sentence, lex);
        if (!fronted.isEmpty()) {
            return fronted;
        }
        if (u.entry.report() && u.entry.verb()) {
            return eventNounTime(u, i, units, lex); // «واتفق الوزراء في تصريحات قبيل اجتماعهم في بروكسل أمس»
        }
        if (!u.entry.cls().equals("happening") && !u.entry.light()) {
            return List.of();
        }
        Granularity unit = samePeriod(text, u.begin, end);
        if (unit != null) {
            Placed antecedent = null;
            for (Placed p : before) {
                if (p.interval().granularity() == unit && !p.interval().vague()) {
                    antecedent = p;
                }
            }
            for (Placed p : sentencePlaced) {
                if (p.timex().begin() < u.begin && p.interval().granularity() == unit && !p.interval().vague()) {
                    antecedent = p;
                }
            }
            return antecedent == null ? List.of() : List.of(antecedent);
        }
        List<Placed> nounTime = eventNounTime(u, i, units, lex);
        if (!nounTime.isEmpty()) {
            return nounTime; // «قتل ضابطا شرطة في هجوم … امس»
        }
        List<Placed> headTime = namedHeadTime(u, i, units, lex);
        if (!headTime.isEmpty()) {
            return headTime; // «ثورة 2011 التي أطاحت مبارك»
        }
        if (u.entry.verb() && u.entry.future() && i + 1 < units.size()) {
            Unit next = units.get(i + 1);
            if (next.segment.type.equals("coordinate") && next.segment != u.segment && next.entry.verb()
                    && next.entry.imperfective() && next.triggerIndex == 0) {
                List<Placed> plan = next.own.stream().filter(p -> !p.interval().vague()).toList();
                if (!plan.isEmpty()) {
                    return plan; // «سيزور الملك واشنطن ويلتقي الرئيس في سبتمبر»: one plan, one time
                }
            }
        }
        List<Placed> parallel = parallelTime(u, i, units);
        if (!parallel.isEmpty()) {
            return parallel; // «ارتفعت عقود برنت … بحلول الساعة 0150، في حين زادت عقود الخام الأمريكي …»
        }
        if (i == 0) {
            return List.of();
        }
        Unit prev = units.get(i - 1);
        if (prev.own.isEmpty() || !prev.entry.cls().equals("happening")) {
            return List.of();
        }
        if (u.entry.verb() && u.entry.imperfective() && !u.entry.future() && u.triggerIndex >= 0) {
            List<ArabicWords.Word> ws = u.segment.words;
            int k = u.triggerIndex;
            String w = k > 0 ? ws.get(k - 1).norm()
                    : lastWordBefore(text, u.trigger.begin());
            if (CIRCUMSTANTIAL.contains(w)) {
                return prev.own;
            }
        }
        return List.of();
    }

    /**
     * «صعد برنت 79 سنتا عند الساعة 09:55 ليصل سعره إلى …، في حين زاد الخام الأمريكي 75 سنتا»: a
     * perfect happening verb opening a contrast clause («في حين», «بينما») happened at the time of
     * the nearest happening verb of the same action before it in the sentence (the imperfects in
     * between, «ليصل», are passed over): the two halves of one report of the same moment.
     */
    private static List<Placed> parallelTime(Unit u, int i, List<Unit> units) {
        if (!u.segment.type.equals("contrast") || u.segment.units.isEmpty() || u.segment.units.get(0) != u
                || !perfect(u) || u.entry.group() == null || !u.entry.cls().equals("happening")) {
            return List.of();
        }
        for (int k = i - 1; k >= 0; k--) {
            Unit o = units.get(k);
            if (o.entry.verb() && o.entry.imperfective()) {
                continue;
            }
            if (!perfect(o) || !u.entry.group().equals(o.entry.group()) || BARRIERS.contains(o.segment.type)
                    || o.segment.type.equals("complement")) {
                return List.of();
            }
            return o.own.stream().filter(p -> !p.interval().vague()).toList();
        }
        return List.of();
    }

    /**
     * «قتل ضابطا شرطة في هجوم استهدفهما … امس», «اتفق الوزراء قبيل اجتماعهم في بروكسل أمس»: a verb
     * (a happening or a statement) whose clause goes on with a preposition of
     * {@code same-time-prepositions.txt} and an event noun dated to a day or coarser happened at
     * that time.
     */
    private static List<Placed> eventNounTime(Unit u, int i, List<Unit> units, TriggerLexicon lex) {
        if (i + 1 >= units.size()) {
            return List.of();
        }
        Unit next = units.get(i + 1);
        Unit tail = u.described != null ? u.described : u; // «الهجوم الذي وقع خلال اجتماع …»: the clause's verb
        if (tail.entry.verb() && next.segment == tail.segment && !next.entry.verb() && next.triggerIndex > 0
                && lex.sameTimePreposition(next.segment.words.get(next.triggerIndex - 1).norm())) {
            return next.own.stream().filter(p -> !p.interval().vague()
                    && p.interval().granularity().compareTo(Granularity.DAY) >= 0).toList();
        }
        return List.of();
    }

    /**
     * «منذ ثورة 2011 التي أطاحت مبارك», «حرب 1994 التي خاضها الجيش»: a relative clause of
     * {@code describing-relatives.txt} opened by a happening verb without a time of its own, right
     * after an event noun dated by the expression that follows it (at most three words between the
     * noun and the pronoun), tells what that happening did: it happened then. Not an undated head, nor
     * a head dated before the noun («أمس الهجوم …» does not occur; «في 2011 الثورة التي» is another
     * construction).
     */
    private static List<Placed> namedHeadTime(Unit u, int i, List<Unit> units, TriggerLexicon lex) {
        if (i == 0 || !u.segment.type.equals("relative") || u.segment.units.isEmpty() || u.segment.units.get(0) != u
                || !u.entry.verb() || u.triggerIndex > 2 || !u.entry.cls().equals("happening")) {
            return List.of();
        }
        Unit head = units.get(i - 1);
        if (head.segment == u.segment || head.entry.verb() || head.trigger == null
                || head.segment.words.size() - head.triggerIndex - 1 > 3
                || !lex.describes(u.segment.words.get(0).norm(), head.trigger.norm())) {
            return List.of();
        }
        return head.own.stream().filter(p -> !p.interval().vague() && p.timex().begin() >= head.trigger.end()).toList();
    }

    /**
     * «خلال زيارته للرياض أمس، التقى الوزير …», «خلال الجولة الثالثة من الحوار التي انطلقت
     * الأربعاء، وافقت واشنطن …»: a sentence that opens with a same-time preposition
     * ({@code same-time-prepositions.txt}) and an event (an event noun at most four words after it, or
     * a support verb telling the head of a relative clause) dated to a day or coarser puts the
     * happening of the clause after that phrase at that time, when it has none of its own and no
     * statement reports it. Not opinions or states.
     */
    private static List<Placed> frontedTime(String text, Unit u, int i, List<Unit> units, Span sentence,
            TriggerLexicon lex) {
        if (i != 1 || u.governor != null || u.entry.cls().equals("opinion") || u.entry.cls().equals("state")) {
            return List.of();
        }
        Unit head = units.get(0);
        if (head.begin != sentence.begin() || u.segment == head.segment
                || head.described != null && u.segment == head.described.segment) {
            return List.of();
        }
        List<ArabicWords.Word> lead = ArabicWords.words(text, head.begin, head.trigger.begin());
        if (lead.isEmpty()) {
            return List.of();
        }
        String first = lead.get(0).norm();
        if (first.startsWith("و") && first.length() > 2) {
            first = first.substring(1);
        }
        boolean event = !head.entry.verb() ? lead.size() <= 5
                : head.entry.light() && head.segment.type.equals("relative");
        if (!event || !lex.sameTimePreposition(first)) {
            return List.of();
        }
        return head.own.stream().filter(p -> !p.interval().vague()
                && p.interval().granularity().compareTo(Granularity.DAY) >= 0).toList();
    }

    /**
     * «قتل 9 … وأصيب 81 آخرون، السبت»: an expression alone in a clause after a comma («، السبت»,
     * «، وذلك يوم السبت») that ends the sentence or is followed by a relative, purpose, contrast or
     * cause clause («، السبت إثر سلسلة انفجارات») is a time adjunct of the whole chain of happenings
     * before it, not of the last clause only.
     */
    private static boolean trailing(String text, Placed p, Segment seg, List<Segment> segments, Span sentence) {
        if (!seg.units.isEmpty() || !seg.type.equals("comma")) {
            return false;
        }
        int next = segments.indexOf(seg) + 1;
        if (next < segments.size() && !BARRIERS.contains(segments.get(next).type)) {
            return false; // last clause, or followed by a relative, purpose, contrast or cause clause («، السبت إثر …»)
        }
        int outside = 0;
        for (ArabicWords.Word w : seg.words) {
            if (w.end() <= p.timex().begin() || w.begin() >= p.timex().end()) {
                outside++;
            }
        }
        return outside <= 1;
    }

    /**
     * Whether {@code at} is inside a quotation opened after {@code from}: «…», “…” or "…" (a closed
     * quotation before it, «لـ«الشرق الأوسط» أمس», is not).
     */
    static boolean insideQuotation(String text, int from, int at) {
        int depth = 0;
        boolean straight = false;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return depth > 0 || straight;
    }

    /**
     * «يبدأ من اليوم (أمس)», «غداً (الأحد)»: an expression followed by another in parentheses, with
     * nothing but spaces between, is glossed by it (an editor's reading of a quoted «today» on the
     * publication day); the gloss dates the clause, the glossed expression dates nothing.
     */
    static boolean glossed(String text, Placed p, List<Placed> placed) {
        int at = p.timex().end();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '(') {
            return false;
        }
        int close = text.indexOf(')', at);
        if (close < 0) {
            return false;
        }
        for (Placed q : placed) {
            if (q != p && q.timex().begin() > at && q.timex().end() <= close
                    && text.substring(at + 1, q.timex().begin()).isBlank()
                    && text.substring(q.timex().end(), close).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Gives a trailing adjunct to the happenings coordinated before its clause that have no time of their own. */
    private static void shareTrailing(Unit owner, List<Unit> units, Placed p) {
        if (!owner.entry.cls().equals("happening") || owner.entry.report()) {
            return;
        }
        for (int k = units.indexOf(owner) - 1; k >= 0; k--) {
            Unit u = units.get(k);
            if (!u.own.isEmpty() || !u.entry.cls().equals("happening") || u.entry.report()
                    || BARRIERS.contains(u.segment.type) || u.segment.type.equals("complement")) {
                return;
            }
            u.own.add(p);
        }
    }

    private static final Set<String> VAGUE_NOW_OR_LATER = Set.of("PRESENT_REF", "FUTURE_REF");

    /** A verb in the perfect, listed or guessed: «أعلنت», «أقرت». */
    private static boolean perfect(Unit u) {
        return u.entry.verb() && !u.entry.imperfective() && u.trigger != null;
    }

    private static final Set<String> UNTIL = Set.of("حتي", "وحتي", "لغايه", "ولغايه");

    /**
     * «حتى العام المقبل», «فرصة حتى ديسمبر المقبل»: an expression after «حتى» («until») is where a
     * state or a deadline ends, not the time of a happening or a statement. Not «حتى الآن» («so
     * far»: a running state, see {@code kind}), which the caller keeps.
     */
    static boolean until(String text, Timex t) {
        List<ArabicWords.Word> inside = ArabicWords.words(text, t.begin(), t.end());
        if (!inside.isEmpty() && UNTIL.contains(inside.get(0).norm())) {
            return true;
        }
        return UNTIL.contains(lastWordBefore(text, t.begin()));
    }

    private static final Set<String> SINCE = Set.of("منذ", "ومنذ");

    /** A year written in digits (words are normalized: Arabic-Indic digits are ASCII). */
    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("[0-9]{4}");
    /** «بعد», «قبل»: before a year, a boundary ({@link #yearBoundary}). */
    private static final Set<String> AFTER_BEFORE = Set.of("بعد", "وبعد", "فبعد", "قبل", "وقبل", "فقبل");

    /**
     * «العراق بعد عام 2003 … تحول», «قبل 2010 كانت …»: «بعد» or «قبل» (in the expression or right before it)
     * followed by a year written in digits, with or without «عام/سنة», names a boundary the happening is
     * after or before, not when it happened. «بعد يومين», «قبل عام» (a duration turned into a date) and
     * «بعد ظهر …» are no such boundary.
     */
    static boolean yearBoundary(String text, Timex t) {
        List<ArabicWords.Word> words = ArabicWords.words(text, t.begin(), t.end());
        int k = 0;
        if (!words.isEmpty() && AFTER_BEFORE.contains(words.get(0).norm())) {
            k = 1;
        } else if (!AFTER_BEFORE.contains(lastWordBefore(text, t.begin()))) {
            return false;
        }
        if (k < words.size() && YEAR_WORDS.contains(words.get(k).norm())) {
            k++;
        }
        return k < words.size() && FOUR_DIGITS.matcher(words.get(k).norm()).matches();
    }

    /**
     * «انخفضت الإيرادات … بالمقارنة مع الفترة المقابلة من العام الماضي», «مقارنة بعام 2014»: an
     * expression at most five words after a word of {@code comparison-baselines.txt}, with no comma,
     * semicolon or full stop between, is what the happening is compared with, not when it happened.
     */
    static boolean comparisonBaseline(String text, Timex t, TriggerLexicon lex) {
        List<ArabicWords.Word> before = ArabicWords.words(text, Math.max(0, t.begin() - 80), t.begin());
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 5; k--) {
            if (text.substring(before.get(k).end(), t.begin()).chars().anyMatch(c -> ".،,؛;".indexOf(c) >= 0)) {
                return false;
            }
            if (lex.comparisonBaseline(before.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * «احتفالاً بذكرى ثورة 23 يوليو», «في ذكرى 11 سبتمبر»: an expression at most four words after a
     * word of {@code anniversary-words.txt}, with no comma, semicolon or full stop between, whose
     * value lies in a year before the publication's, is the day an anniversary remembers, not the
     * time of a happening whose trigger comes before that word (the celebration is this year's). A
     * trigger after the word keeps it: «بذكرى ثورة 23 يوليو» dates the revolution. A value in the
     * publication's year is the anniversary itself and dates the happening as any expression does
     * («في الأسبوع المتزامن مع ذكرى ثورة يونيو» → 2015-06).
     */
    static boolean anniversary(String text, Timex t, int triggerBegin, LocalDate dct, TriggerLexicon lex) {
        String v = t.value();
        if (v == null || v.length() < 4 || !v.substring(0, 4).chars().allMatch(Character::isDigit)
                || Integer.parseInt(v.substring(0, 4)) >= dct.getYear()) {
            return false;
        }
        List<ArabicWords.Word> before = ArabicWords.words(text, Math.max(0, t.begin() - 80), t.begin());
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 4; k--) {
            if (text.substring(before.get(k).end(), t.begin()).chars().anyMatch(c -> ".،,؛;".indexOf(c) >= 0)) {
                return false;
            }
            if (lex.anniversary(before.get(k).norm())) {
                return triggerBegin < before.get(k).begin();
            }
        }
        return false;
    }

    /**
     * «للمرة الأولى منذ يناير», «أدنى مستوى منذ 2009»: an expression after «منذ» («since») with a word
     * of {@code since-comparisons.txt} at most four words before «منذ» is the baseline of a
     * comparison: the happening is now, not then. «توقف العمل منذ السبت» keeps its day.
     */
    static boolean sinceComparison(String text, Timex t, TriggerLexicon lex) {
        List<ArabicWords.Word> inside = ArabicWords.words(text, t.begin(), t.end());
        int at = t.begin();
        if (!inside.isEmpty() && SINCE.contains(inside.get(0).norm())) {
            at = inside.get(0).begin();
        } else if (!SINCE.contains(lastWordBefore(text, t.begin()))) {
            return false;
        } else {
            List<ArabicWords.Word> ws = ArabicWords.words(text, Math.max(0, t.begin() - 12), t.begin());
            at = ws.get(ws.size() - 1).begin();
        }
        List<ArabicWords.Word> before = ArabicWords.words(text, Math.max(0, at - 60), at);
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 4; k--) {
            if (lex.sinceComparison(before.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** «وهو يتصدى»: the pronoun that opens a circumstantial clause. */
    private static final Set<String> CIRCUMSTANTIAL = Set.of("وهو", "وهي", "وهم", "وهما", "وهن");

    private static String lastWordBefore(String text, int at) {
        List<ArabicWords.Word> ws = ArabicWords.words(text, Math.max(0, at - 12), at);
        return ws.isEmpty() ? "" : ws.get(ws.size() - 1).norm();
    }

    /** «الشهر نفسه», «اليوم ذاته», «نفس العام»: the unit of a same-period reference in [from, to), or null. */
    static Granularity samePeriod(String text, int from, int to) {
        List<ArabicWords.Word> ws = ArabicWords.words(text, from, to);
        for (int k = 0; k + 1 < ws.size(); k++) {
            String a = ws.get(k).norm();
            String b = ws.get(k + 1).norm();
            Granularity g = PERIODS.get(strip(a));
            if (g != null && SAME.contains(b)) {
                return g;
            }
            g = PERIODS.get(strip(b));
            if (g != null && (a.equals("نفس") || a.equals("ذات")) && b.startsWith("ال")) {
                return g;
            }
        }
        return null;
    }

    private static String strip(String w) {
        for (String p : new String[] {"وفي", "في", "و", "ف", "ب"}) {
            if (w.startsWith(p + "ال")) {
                return w.substring(p.length());
            }
        }
        return w;
    }

    private static final Set<String> SAME = Set.of("نفسه", "ذاته", "نفسها", "ذاتها");
    private static final java.util.Map<String, Granularity> PERIODS = java.util.Map.of("اليوم", Granularity.DAY,
            "الشهر", Granularity.MONTH, "العام", Granularity.YEAR, "السنه", Granularity.YEAR, "الاسبوع",
            Granularity.WEEK);

    private static EventKind kind(Unit u, boolean sharedTime) {
        TriggerLexicon.Entry e = u.entry;
        EventKind k = switch (e.cls()) {
            case "opinion" -> EventKind.OPINION;
            case "state" -> EventKind.STATE;
            default -> EventKind.HAPPENING;
        };
        if (k == EventKind.HAPPENING && e.verb() && e.imperfective() && !e.future() && !e.report() && u.own.isEmpty()
                && !sharedTime) {
            return EventKind.STATE; // present tense, no time of its own: a state or habit
        }
        if (!u.own.isEmpty() && !perfect(u) && u.own.stream().allMatch(p -> "PRESENT_REF".equals(p.timex().value()))) {
            return EventKind.STATE; // «حالياً», «حتى الآن»: a running state
        }
        return k;
    }

    private static Event event(int position, String text, int from, int to, List<Placed> time, ArabicWords.Word trigger,
            TriggerLexicon.Entry entry, EventKind kind, DateRelation relation, TimeInterval publication) {
        while (from < to && isTrimmable(text.charAt(from))) {
            from++;
        }
        while (to > from && isTrimmable(text.charAt(to - 1))) {
            to--;
        }
        Event.Trigger t = trigger == null ? null : new Event.Trigger(trigger.begin(), trigger.end(), trigger.text());
        // a support verb without its noun («جرى», «تم») says nothing about the action
        String group = entry == null || entry.light() || entry.group() == null ? null : entry.cls() + ":" + entry.group();
        if (time.isEmpty()) {
            return new Event(position, from, to, text.substring(from, to), null, publication, List.of(), t, group, kind,
                    DateRelation.ON_OR_BEFORE);
        }
        Placed best = time.stream()
                .min(Comparator.comparing((Placed p) -> p.interval().granularity())
                        .thenComparing(p -> occasionName(p.timex()))
                        .thenComparingInt(p -> p.timex().begin()))
                .orElseThrow();
        List<Timex> others = time.stream().filter(p -> p != best).map(Placed::timex).toList();
        return new Event(position, from, to, text.substring(from, to), best.timex(), best.interval(), others, t, group,
                kind, relation);
    }

    /**
     * «ارتفع المؤشر في أول جلسة بعد إجازة عيد الفطر يوم أمس», «الاحتفال بعيد الفطر يوم 18 يوليو»: a feast named
     * alone (the grammar's rule {@code holiday}) often names the occasion, not the day; another expression of
     * the same precision in the clause dates the event before it. The feast's day also varies by country.
     */
    private static boolean occasionName(Timex t) {
        return t.rule() != null && t.rule().endsWith(":holiday");
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || CLAUSE_ENDS.indexOf(c) >= 0;
    }

    /**
     * «وهو في الثلاثينات من عمره»: a decade followed by «من» and a word of {@code age-words.txt} is
     * an age, not a time; it anchors nothing.
     */
    static boolean age(String text, Timex t, TriggerLexicon lex) {
        if (t.value() == null || !t.value().matches("\\d{3}")) {
            return false;
        }
        List<ArabicWords.Word> after = ArabicWords.words(text, t.end(), Math.min(text.length(), t.end() + 20));
        return after.size() >= 2 && after.get(0).norm().equals("من") && lex.ageWord(after.get(1).norm());
    }

    /** A year far from the publication date needs a year word before it: «عام 1869», not «2500 فرد». */
    private static boolean plausible(String text, Timex t, TimeInterval i, LocalDate dct) {
        if (i.vague() || i.granularity().compareTo(Granularity.YEAR) < 0) {
            return true;
        }
        int year = i.start().getYear();
        if (year >= 1900 && year <= dct.getYear() + 30) {
            return true;
        }
        for (ArabicWords.Word w : ArabicWords.words(text, Math.max(0, t.begin() - 12), Math.min(text.length(), t.end() + 4))) {
            if (YEAR_WORDS.contains(w.norm())) {
                return true;
            }
        }
        return false;
    }

    // ---- clauses and triggers

    /** A clause of a sentence: [begin, next clause's begin), its type and the events starting in it. */
    static final class Segment {
        final int begin;
        final String type;
        final List<Unit> units = new ArrayList<>();
        final List<ArabicWords.Word> words = new ArrayList<>();
        /** How many words its marker has: one («بينما»), or a phrase's («في حين»: two). */
        int markerWords = 1;
        /** For a relative clause opened by a copula: the event noun before it that its time dates ({@code copularHeads}). */
        Unit copularHead;

        Segment(int begin, String type) {
            this.begin = begin;
            this.type = type;
        }
    }

    /** An event being built: where its span starts, its trigger, the statement that reports it, its own times. */
    static final class Unit {
        int begin;
        final ArabicWords.Word trigger;
        TriggerLexicon.Entry entry;
        final Segment segment;
        Unit governor;
        final List<Placed> own = new ArrayList<>();
        int triggerIndex;
        /** The relative clause's first happening this event noun took in: «التفجير الذي استهدف …». */
        Unit described;
        /** For a statement participle after a comma («، مشيرا إلى …»): the statement of its sentence it goes on with. */
        Unit statement;
        /** For a participle opening a reduced relative clause («المنعقد في الدوحة …»): the event noun it describes. */
        Unit participleHead;
        /**
         * «في هذا الاعتداء»: an event noun after a demonstrative refers back to a happening told before; «في ختام
         * جلسة … أمس»: one after a preposition and a phase names when the clause's happening was. Either takes no
         * time of its clause.
         */
        boolean referring;

        Unit(int begin, ArabicWords.Word trigger, TriggerLexicon.Entry entry, Segment segment) {
            this.begin = begin;
            this.trigger = trigger;
            this.entry = entry;
            this.segment = segment;
        }
    }

    static List<Segment> segment(String text, Span sentence, TriggerLexicon lex) {
        List<ArabicWords.Word> words = ArabicWords.words(text, sentence.begin(), sentence.end());
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment(sentence.begin(), "main");
        segments.add(current);
        int skip = 0;
        int parens = 0; // open parentheses before the word: «بنك (إيه إن زد)» holds no clause marker
        for (int k = 0; k < words.size(); k++) {
            ArabicWords.Word w = words.get(k);
            for (int c = k > 0 ? words.get(k - 1).end() : sentence.begin(); c < w.begin(); c++) {
                if (text.charAt(c) == '(') {
                    int close = text.indexOf(')', c);
                    parens += close > 0 && close < sentence.end() && close - c <= 80 ? 1 : 0; // a short, closed aside only
                } else if (text.charAt(c) == ')' && parens > 0) {
                    parens--;
                }
            }
            if (k == 0) {
                for (String[] phrase : lex.phrases(w.norm())) {
                    if (phrase[0].equals("contrast") && matches(words, k, phrase)) {
                        current.markerWords = phrase.length - 1; // «في حين اطلع المجلس …» opening a sentence
                        break;
                    }
                }
                if (current.markerWords == 1 && !"contrast".equals(lex.marker(w.norm()))) {
                    current.markerWords = 0;
                }
            }
            if (k > 0 && skip == 0 && parens > 0) {
                // inside parentheses: an abbreviation, a name or a gloss, no clause of its own
            } else if (k > 0 && skip == 0) {
                String type = null;
                int quoteAt = -1;
                int prevEnd = words.get(k - 1).end();
                String gap = text.substring(prevEnd, w.begin());
                for (String[] phrase : lex.phrases(w.norm())) {
                    if (matches(words, k, phrase)) {
                        type = phrase[0];
                        skip = phrase.length - 2;
                        break;
                    }
                }
                if (type == null) {
                    type = lex.marker(w.norm());
                }
                if (type == null && lex.participle(w.norm()) != null) {
                    type = "relative"; // «الاتفاق المبرم بين …»: a reduced relative clause
                }
                if (type == null && lex.opensClauseBeforeVerb(w.norm()) && k + 1 < words.size()
                        && verbAfterQad(words.get(k + 1).norm(), lex)) {
                    type = "coordinate"; // «… وقد دخل الجيش القاعدة»
                }
                if (type == null && lex.purposeWord(w.norm())) {
                    type = "purpose";
                }
                if (type == null && (coordinatedVerb(w.norm(), lex) || coordinatedPerfect(w.norm(), lex))) {
                    type = "coordinate";
                }
                if (type == null && containsAny(gap, CLAUSE_ENDS)) {
                    type = gap.indexOf(':') >= 0 ? "colon" : "comma";
                }
                if (type == null && quotationOpens(text, prevEnd, gap, w, sentence)
                        && current.words.stream().map(o -> lex.trigger(o.norm())).anyMatch(t -> t != null && t.report())) {
                    type = "colon"; // «وأضاف المسؤول الروسي "لم نجد أي أحداث عنصرية"»: the words said, as after «:»
                    quoteAt = prevEnd + lastIndexOfAny(gap, "\"“«");
                }
                if (type != null) {
                    int at = containsAny(gap, CLAUSE_ENDS) ? prevEnd + lastIndexOfAny(gap, CLAUSE_ENDS) + 1
                            : quoteAt >= 0 ? quoteAt : w.begin();
                    current = new Segment(at, type);
                    current.markerWords = skip + 1;
                    segments.add(current);
                }
            } else if (skip > 0) {
                skip--;
            }
            current.words.add(w);
        }
        return segments;
    }

    /** Words a quotation must hold to be words said rather than a quoted name («شركة "أرامكو"»). */
    private static final int QUOTATION_WORDS = 4;

    /**
     * Whether a quotation mark in {@code gap} (the text from {@code gapBegin} to word {@code w}) opens a quotation
     * at {@code w} that closes within the sentence after at least {@link #QUOTATION_WORDS} words.
     */
    private static boolean quotationOpens(String text, int gapBegin, String gap, ArabicWords.Word w, Span sentence) {
        String open = gap.indexOf('"') >= 0 ? "\"" : gap.indexOf('“') >= 0 ? "”" : gap.indexOf('«') >= 0 ? "»" : null;
        if (open == null || open.equals("\"") && insideQuotation(text, sentence.begin(), gapBegin + gap.lastIndexOf('"'))) {
            return false; // «وطالب "الفيفي" الجهات»: a straight mark that closes a quotation opens none
        }
        int close = text.indexOf(open, w.begin());
        if (close < 0 || close > sentence.end() && !open.equals("\"")) {
            // a quotation that goes on past the sentence («“سيوجه أعضاء … يمثل الرئيس..» and its closing mark
            // sentences later); a straight mark opens one only when it closes in the sentence
            close = sentence.end();
        }
        return close <= sentence.end()
                && ArabicWords.words(text, w.begin(), Math.min(close, sentence.end())).size() >= QUOTATION_WORDS;
    }

    /** Whether the word lies within one of the sentence's time expressions. */
    private static boolean insideTimex(ArabicWords.Word w, List<Placed> placed) {
        for (Placed p : placed) {
            if (w.begin() >= p.timex().begin() && w.end() <= p.timex().end()) {
                return true;
            }
        }
        return false;
    }

    /** The events of a sentence, in text order; each knows the statement that reports it, if any. */
    static List<Unit> units(List<Segment> segments, Span sentence, List<Placed> placed, TriggerLexicon lex) {
        List<Unit> units = new ArrayList<>();
        for (Segment seg : segments) {
            Unit light = null;
            int lightAt = -1;
            for (int k = 0; k < seg.words.size(); k++) {
                ArabicWords.Word w = seg.words.get(k);
                if (insideTimex(w, placed)) {
                    continue; // «بعد هبوطها 5% في الجلسة السابقة»: a word of a time expression names a time, not a happening
                }
                TriggerLexicon.Entry e = lex.trigger(w.norm(), w.text());
                if (e != null && e.report() && lex.mayReportOnlyBefore(w.norm())) { // «نقل» reports only before «عن»
                    e = lex.reportOnlyBefore(w.norm(), e, wordsAfter(segments, seg, k, lex.reportFollowerWords()));
                }
                if (e == null && k == 0 && seg.type.equals("relative")) {
                    e = lex.participle(w.norm());
                }
                if (k == 0 && lex.mayReportBeforeThat(w.norm())) { // the words after it only for «وبين» and its like
                    // a listed trigger too when its words follow: «وتقدم السيد بالشكر» thanks, it does not advance
                    TriggerLexicon.Entry report = lex.reportBeforeThat(w.norm(), wordsAfter(segments, seg, k, 6));
                    e = report != null ? report : e;
                }
                if (e == null && seg.units.isEmpty() && !clauseStart(seg, k, lex) && afterQad(seg, k)) {
                    // «وكانت الشركة قد تعاقدت مع المدرب», «وكان النادي قد اتجه»: after its subject, the word after «قد»
                    // is the clause's verb, read by the shared morphology as a perfect (a pluperfect with «كان»)
                    e = lex.perfectAfterSubject(w.norm());
                }
                if (e == null && seg.units.isEmpty() && clauseStart(seg, k, lex) && !isMarkerWord(seg, k, lex)) {
                    e = lex.guessedVerb(w.norm(), seg.type.equals("relative"));
                }
                if (e == null && seg.units.isEmpty() && seg.type.equals("complement")
                        && (k == 2 || k == 3 && definite(seg.words.get(1).norm()) && definite(seg.words.get(2).norm()))) {
                    // «أن إسرائيل غيرت», «أن الاتحاد الكويتي اعتذر / سيعتذر»: a subject of one word, or a
                    // definite noun and its adjective, then the clause's verb
                    e = lex.perfectAfterSubject(w.norm());
                    // a future only in what a statement reports: in an opinion's content («ويرى المحللون أن
                    // الوضع سيتحسن») it is the opinion's prediction, no happening of its own
                    e = e != null || units.isEmpty() || !units.get(units.size() - 1).entry.report() ? e
                            : lex.futureAfterSubject(w.norm());
                }
                if (e == null || isMarkerWord(seg, k, lex)) {
                    continue;
                }
                if (light != null && !e.verb() && k - lightAt <= 4) {
                    // a support verb's event is the noun after it: «شن التحالف غارات»
                    light.entry = new TriggerLexicon.Entry("happening", e.group(), true, light.entry.imperfective(),
                            light.entry.future());
                    light = null;
                    continue;
                }
                if (!e.verb() && !seg.units.isEmpty() && !seg.units.get(seg.units.size() - 1).entry.report()
                        && !prepositional(seg.words, k) && !repeatedNoun(seg.words, k, lex)
                        && !coordinatedNoun(seg.words, k, e, seg.units.get(seg.units.size() - 1), lex)
                        && !reportParticiple(w.norm(), e) && !afterDistance(seg.words, k, lex)) {
                    continue; // the object of the clause's happening: «افتتح الوزير المعرض»
                }
                Unit u = new Unit(unitBegin(units.isEmpty(), segments, seg, k, w, e, sentence), w, e, seg);
                u.triggerIndex = k;
                u.referring = !e.verb() && k > 0 && (DEMONSTRATIVES.contains(seg.words.get(k - 1).norm())
                        || k > 1 && PHASES.contains(seg.words.get(k - 1).norm())
                                && PREPOSITIONS.contains(seg.words.get(k - 2).norm()));
                u.statement = statementGoneOn(u, seg, k, units);
                u.governor = u.statement != null ? u.statement : governor(u, seg, units);
                seg.units.add(u);
                units.add(u);
                light = e.light() ? u : null;
                lightAt = k;
            }
            reportedWithoutVerb(segments, seg, units, sentence, placed, lex);
        }
        describedHeads(segments, units, sentence, placed, lex);
        copularHeads(segments, lex);
        participleHeads(segments, units, sentence, placed, lex);
        return units;
    }

    /**
     * «وكشف المتحدث …، أن وزير التعليم الدكتور عزام بن محمد الدخيل اطلع على التقرير»: what a statement
     * reports is a happening of its own even when none of its words is a verb the lists or the guess know
     * (the verb comes after a long subject). Its trigger is the clause's first word after «أن» (its action
     * unknown) and its span the clause, so that neither the statement's span nor its date takes it in. So
     * are the words said after a colon or an opening quotation mark («وأضاف: "لم نجد أي أحداث"»).
     */
    private static void reportedWithoutVerb(List<Segment> segments, Segment seg, List<Unit> units, Span sentence,
            List<Placed> placed, TriggerLexicon lex) {
        boolean complement = seg.type.equals("complement");
        if (!seg.units.isEmpty() || !complement && !seg.type.equals("colon") || units.isEmpty()
                || !units.get(units.size() - 1).entry.report() && !nounAfterReport(units, units.size() - 1)) {
            return;
        }
        // the clause's first word that is no particle and no time word («"لم نجد …"», «بأنه عند الساعة … مساء أمس
        // تلقت»), else its first word of letters outside a time expression
        int first = complement ? seg.markerWords : 0;
        int k = -1;
        int fallback = -1;
        for (int j = first; j < seg.words.size() && k < 0; j++) {
            ArabicWords.Word o = seg.words.get(j);
            if (insideTimex(o, placed) || !ArabicWords.arabicLetters(o.norm())) {
                continue;
            }
            fallback = fallback < 0 ? j : fallback;
            k = lex.stopWord(o.norm()) ? -1 : j;
        }
        k = k >= 0 ? k : fallback;
        if (k < 0) {
            return;
        }
        ArabicWords.Word w = seg.words.get(k);
        boolean state = false;
        for (int j = first; j <= k; j++) {
            state |= lex.reportedState(seg.words.get(j).norm()); // «أنه لا تغيير في رسوم العبور»
        }
        TriggerLexicon.Entry entry = state ? TriggerLexicon.UNKNOWN_STATE : TriggerLexicon.UNKNOWN_HAPPENING;
        Unit u = new Unit(unitBegin(false, segments, seg, k, w, entry, sentence), w, entry, seg);
        u.triggerIndex = k;
        u.governor = governor(u, seg, units);
        seg.units.add(u);
        units.add(u);
    }

    /** How far back before a participle {@link #participleHeads} looks for the event noun it describes. */
    private static final int PARTICIPLE_HEAD_WORDS = 10;

    /**
     * «الموافقة على قرارات مؤتمر الاتحاد البريدي العالمي المنعقد في الدوحة خلال المدة من 8 إلى 29/
     * 11/ 1433هـ»: a participle of {@code trigger-participles.txt} opening a reduced relative clause
     * with a time expression of its own tells when the event noun it describes happened: the nearest
     * event noun before it in the clause before (at most ten words back: its construct, adjectives and
     * names; no other trigger between; a masculine participle not after a feminine noun) is dated by
     * the clause's time ({@link Unit#participleHead}). The noun is an event of its own then, also when
     * it was the object of the clause's happening («الموافقة على … مؤتمر»): the conference is not the
     * approval. The participle stays an event of its own.
     */
    private static void participleHeads(List<Segment> segments, List<Unit> units, Span sentence, List<Placed> placed,
            TriggerLexicon lex) {
        for (int s = 1; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            if (!seg.type.equals("relative") || seg.units.isEmpty() || seg.units.get(0).triggerIndex != 0
                    || lex.participle(seg.words.get(0).norm()) == null) {
                continue;
            }
            Unit participle = seg.units.get(0);
            int segEnd = s + 1 < segments.size() ? segments.get(s + 1).begin : sentence.end();
            if (placed.stream().noneMatch(p -> p.timex().begin() >= seg.begin && p.timex().begin() < segEnd
                    && !p.interval().vague())) {
                continue;
            }
            Segment before = segments.get(s - 1);
            boolean feminine = seg.words.get(0).norm().endsWith("ه");
            for (int k = before.words.size() - 1; k >= 0 && k >= before.words.size() - PARTICIPLE_HEAD_WORDS; k--) {
                ArabicWords.Word w = before.words.get(k);
                if (before.units.stream().anyMatch(o -> o.trigger != null && o.trigger.begin() > w.begin())) {
                    break; // another event between: the participle is not about a noun before it
                }
                TriggerLexicon.Entry e = lex.trigger(w.norm());
                if (e == null) {
                    continue;
                }
                boolean femNoun = w.norm().endsWith("ه") || w.norm().endsWith("ات");
                if (e.verb() || e.light() || !e.cls().equals("happening") || feminine != femNoun) {
                    break;
                }
                Unit head = before.units.stream().filter(o -> o.trigger != null && o.trigger.begin() == w.begin())
                        .findFirst().orElse(null);
                if (head == null) {
                    head = headUnit(segments, units, before, k, w, e, sentence);
                }
                participle.participleHead = head;
                break;
            }
        }
    }

    /**
     * Where the span of the event of trigger {@code w}, the {@code k}-th word of {@code seg}, begins ({@code first}:
     * no event before it in the sentence): its word, or its clause's start when it is its clause's first event. A
     * sentence whose first event is in a relative clause: the noun phrase it describes is not part of that
     * happening («آخر رسائل الشهيد … الذي استشهد يوم أمس»; see headEvent); so is a lead without a trigger before
     * a sentence's first happening told in a «و» clause («وكانت عمان آخر دولة … تدخل المجال وأصدرت القواعد في
     * عام 2012»: the year is the rules'); not «ف»: «أما الوزير فقال …» is one statement.
     */
    private static int unitBegin(boolean first, List<Segment> segments, Segment seg, int k, ArabicWords.Word w,
            TriggerLexicon.Entry e, Span sentence) {
        if (!first) {
            return seg.units.isEmpty() ? seg.begin : w.begin();
        }
        return seg != segments.get(0) && (seg.type.equals("relative")
                || seg.type.equals("coordinate") && k == 0 && e.verb() && w.norm().startsWith("و"))
                ? seg.begin : sentence.begin();
    }

    /** Makes the {@code k}-th word of {@code seg}, an event noun that was no event of its own, one; in text order. */
    private static Unit headUnit(List<Segment> segments, List<Unit> units, Segment seg, int k, ArabicWords.Word w,
            TriggerLexicon.Entry e, Span sentence) {
        int at = 0;
        while (at < units.size() && units.get(at).trigger != null && units.get(at).trigger.begin() < w.begin()) {
            at++;
        }
        Unit u = new Unit(unitBegin(at == 0, segments, seg, k, w, e, sentence), w, e, seg);
        u.triggerIndex = k;
        u.governor = governor(u, seg, units.subList(0, at));
        seg.units.add(u);
        units.add(at, u);
        return u;
    }

    /**
     * «لما بعد تصويت مجلس الأمن الدولي الذي كان مقررا مساء الاثنين», «متطلبات الاستضافة التي ستكون
     * العام المقبل»: a relative clause without a trigger of its own, opened by a relative pronoun of
     * {@code describing-relatives.txt} and a copula, right after an event noun that is an event of its
     * own (at most three words after the noun: its construct and adjectives), tells when that happening
     * was or will be: its time expressions date the noun ({@link Segment#copularHead}).
     */
    private static void copularHeads(List<Segment> segments, TriggerLexicon lex) {
        for (int s = 1; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            Segment before = segments.get(s - 1);
            if (!seg.type.equals("relative") || !seg.units.isEmpty() || seg.words.size() < 3
                    || !lex.copula(seg.words.get(1).norm()) || before.units.isEmpty()) {
                continue;
            }
            Unit head = before.units.get(before.units.size() - 1);
            if (head.entry.verb() || head.trigger == null || before.words.size() - head.triggerIndex - 1 > 3
                    || !lex.describes(seg.words.get(0).norm(), head.trigger.norm())) {
                continue;
            }
            seg.copularHead = head;
        }
    }

    /** The normalized words after the {@code k}-th word of {@code seg}, on into the next segments, at most {@code n}. */
    static List<String> wordsAfter(List<Segment> segments, Segment seg, int k, int n) {
        List<String> out = new ArrayList<>();
        for (int s = segments.indexOf(seg); s < segments.size() && out.size() < n; s++) {
            List<ArabicWords.Word> ws = segments.get(s).words;
            for (int i = segments.get(s) == seg ? k + 1 : 0; i < ws.size() && out.size() < n; i++) {
                out.add(ws.get(i).norm());
            }
        }
        return out;
    }

    /**
     * A relative clause that tells its head's own happening is one event with it, dated by the
     * clause's time:
     * <ul>
     *   <li>after a definite event noun that is an event of its own (and at most two definite
     *   adjectives), a relative pronoun of {@code describing-relatives.txt} whose clause starts
     *   with a happening verb: «اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد الجمعة» —
     *   the bombing was on Friday; the verb is no event of its own. Not a report, opinion or
     *   state verb («الضربة التي كشفت الخلايا»: another happening). Only a clause with a time
     *   expression of its own: an undated clause stays apart, since joined with the head its
     *   words (places, actors) tied the head to other reports of those places (measured: a
     *   mixed entry more on the development topics, no date gained);</li>
     *   <li>a sentence whose first happening is a support verb left without its noun in a
     *   relative clause («خلال الجولة الثالثة من الحوار التي انطلقت الأربعاء»): what started
     *   is the head, so the event starts with the sentence (no trigger-less head before it).</li>
     * </ul>
     */
    private static void describedHeads(List<Segment> segments, List<Unit> units, Span sentence, List<Placed> placed,
            TriggerLexicon lex) {
        for (int s = 1; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            if (!seg.type.equals("relative") || seg.units.isEmpty() || seg.words.size() < 2) {
                continue;
            }
            Unit u = seg.units.get(0);
            int at = units.indexOf(u);
            if (at == 0 && u.entry.light() && u.triggerIndex <= 2) {
                u.begin = sentence.begin(); // «خلال الجولة … التي انطلقت الأربعاء»
                continue;
            }
            if (at <= 0 || !u.entry.verb() || u.triggerIndex > 2 || !(u.entry.cls().equals("happening")
                    || u.entry.light())) {
                continue;
            }
            int last = s; // the clause and the trigger-less comma parts that end it: «التي عقدها المجلس …، في قصر السلام أمس»
            while (last + 1 < segments.size() && segments.get(last + 1).type.equals("comma")
                    && segments.get(last + 1).units.isEmpty()) {
                last++;
            }
            int segEnd = last + 1 < segments.size() ? segments.get(last + 1).begin : sentence.end();
            if (placed.stream().noneMatch(p -> p.timex().begin() >= seg.begin && p.timex().begin() < segEnd
                    && !p.interval().vague())) {
                continue; // nothing to date the head with: the clause stays an event of its own (see the javadoc)
            }
            Unit head = units.get(at - 1);
            Segment before = segments.get(s - 1);
            if (head.segment != before || head.entry.verb() || head.described != null
                    || !lex.describes(seg.words.get(0).norm(), head.trigger.norm()) || !definite(head.trigger.norm())) {
                continue;
            }
            int k = head.triggerIndex + 1;
            if (before.words.size() - k > 2) {
                continue;
            }
            boolean adjectives = true;
            for (; k < before.words.size(); k++) {
                adjectives &= before.words.get(k).norm().startsWith("ال");
            }
            if (adjectives) {
                head.described = u;
                seg.units.set(0, head);
                units.remove(at);
            }
        }
    }

    /** «التفجير», «بالتفجير», «والمواجهات», «للهجوم»: a noun with the article, after its clitics. */
    private static boolean definite(String norm) {
        String w = norm.startsWith("و") || norm.startsWith("ف") ? norm.substring(1) : norm;
        if (w.startsWith("لل")) {
            return true;
        }
        if (w.startsWith("ب") || w.startsWith("ك") || w.startsWith("ل")) {
            w = w.substring(1);
        }
        return w.startsWith("ال");
    }

    private static final Set<String> PREPOSITIONS = Set.of("في", "خلال", "جراء", "اثر", "عقب", "منذ", "قبل", "بعد",
            "اثناء", "اعقاب", "وسط", "اطار", "ضمن", "اي", "بعيد", "حين", "عشيه", "غداه");

    /**
     * «عقب فشل المفاوضات», «قبل انطلاق المباراة»: a phase of the happening between a preposition and its event noun
     * (not a phase that is an event noun itself: «افتتاح المؤتمر», «بعد انتهاء الاجتماع» are one happening).
     */
    private static final Set<String> PHASES = Set.of("فشل", "نجاح", "بدء", "بدايه", "انطلاق", "ختام", "نهايه", "استئناف");

    /** «في هذا الاعتداء»: a demonstrative between a preposition and its event noun. */
    private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين");

    /** How far back {@link #repeatedNoun} looks for the same event noun. */
    private static final int REPEATED_NOUN_WORDS = 8;

    /**
     * «بين الهجوم في سوروتش والهجوم الذي أوقع …»: an event noun after «و» that repeats an event noun
     * a few words before it in its clause is a second happening of that kind, an event of its own
     * (nobody repeats the noun for the same happening), not the object of the clause's verb.
     */
    static boolean repeatedNoun(List<ArabicWords.Word> words, int k, TriggerLexicon lex) {
        String w = words.get(k).norm();
        if (w.length() < 4 || !w.startsWith("و")) {
            return false;
        }
        String bare = w.substring(1);
        for (int j = Math.max(0, k - REPEATED_NOUN_WORDS); j < k; j++) {
            if (words.get(j).norm().equals(bare)) {
                TriggerLexicon.Entry e = lex.trigger(bare);
                return e != null && !e.verb();
            }
        }
        return false;
    }

    /**
     * «قبل تدخل شرطة الاحتلال لحمايته والاعتداء على المصلين»: an event noun with «و» and the article after
     * the clause's last happening, of another action than it, is a second happening coordinated with the
     * first, an event of its own. Of the same action it is the same happening told twice («شهدت أهم المعارك
     * والاشتباكات», «الهجوم والقصف»), and stays in the first's event.
     */
    static boolean coordinatedNoun(List<ArabicWords.Word> words, int k, TriggerLexicon.Entry noun, Unit last,
            TriggerLexicon lex) {
        String w = words.get(k).norm();
        boolean definiteNoun = w.startsWith("وال") && w.length() > 5 || w.startsWith("و") && w.length() > 3
                && !w.startsWith("وال") && (constructWithDefinite(words, k) || countFollows(words, k)
                        || withPronoun(w, noun, lex));
        return definiteNoun && last.entry.cls().equals("happening") && last.triggerIndex < k
                && noun.group() != null && !noun.group().equals(last.entry.group());
    }

    /** «انتهت بالفشل وإعدام 13 قياديا», «ومقتل 5 أشخاص»: a count of the people it befell follows the noun. */
    private static boolean countFollows(List<ArabicWords.Word> words, int k) {
        return k + 1 < words.size() && !words.get(k + 1).norm().isEmpty()
                && words.get(k + 1).norm().chars().allMatch(Character::isDigit);
    }

    /**
     * «اعتقال البغدادي لجميع المخططين وإعدامهم»: a noun with an attached pronoun is definite; the pronoun is
     * a suffix that leaves a listed event noun of the same action when taken off.
     */
    private static boolean withPronoun(String w, TriggerLexicon.Entry noun, TriggerLexicon lex) {
        for (String p : TriggerLexicon.PRONOUN_SUFFIXES) {
            if (w.endsWith(p) && w.length() - p.length() > 3) {
                TriggerLexicon.Entry bare = lex.trigger(w.substring(0, w.length() - p.length()));
                if (bare != null && !bare.verb() && java.util.Objects.equals(bare.group(), noun.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * «وتحرير قاعدة العند», «وتحرير المدينة»: the noun at {@code k} heads a construct phrase that ends in a
     * noun with the article, the next word or the one after it (Arabic makes the first noun of such a phrase
     * definite by the last).
     */
    private static boolean constructWithDefinite(List<ArabicWords.Word> words, int k) {
        for (int j = k + 1; j <= k + 2 && j < words.size(); j++) {
            String n = words.get(j).norm();
            if (n.startsWith("ال") && n.length() > 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * «ما حدث هو "حادث معزول" مشيرة بأنه …»: a participle of a reporting verb («مشيرا», «مؤكدة») after a
     * happening is the speaker going on with a statement, never the happening's object.
     */
    static boolean reportParticiple(String norm, TriggerLexicon.Entry e) {
        String bare = norm.startsWith("و") ? norm.substring(1) : norm;
        return e.report() && !e.verb() && bare.startsWith("م");
    }

    /** «قبل يومين على الانتخابات»: the event noun a time distance is counted from is no object (distance-phrases.txt). */
    static boolean afterDistance(List<ArabicWords.Word> words, int k, TriggerLexicon lex) {
        if (k < 3) {
            return false;
        }
        List<String> norms = new ArrayList<>(k + 1);
        for (int i = 0; i <= k; i++) {
            norms.add(words.get(i).norm());
        }
        return lex.afterDistance(norms, k);
    }

    /** «في اشتباك», «جراء الهجوم», «بهجوم»: an event noun in a prepositional phrase is an event of its own. */
    private static boolean prepositional(List<ArabicWords.Word> words, int k) {
        String w = words.get(k).norm();
        String bare = w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
        if (bare.startsWith("ب") || bare.startsWith("ل") || bare.startsWith("ك")) {
            return true;
        }
        if (k > 1 && (DEMONSTRATIVES.contains(words.get(k - 1).norm()) || PHASES.contains(words.get(k - 1).norm()))) {
            return PREPOSITIONS.contains(words.get(k - 2).norm()); // «في هذا الاعتداء», «عقب فشل المفاوضات»
        }
        return k > 0 && PREPOSITIONS.contains(words.get(k - 1).norm());
    }

    /**
     * The statement that reports an event: the report verb of its clause, the one before a
     * complement clause, or the one right before a comma when the event is a noun («أعلن مسؤول
     * امس، عن مقتل …»).
     */
    private static Unit governor(Unit u, Segment seg, List<Unit> before) {
        for (Unit o : seg.units) {
            if (o.entry.speaks()) {
                return o; // «أعلن الجيش مقتل 5 مسلحين»
            }
        }
        if (seg.type.equals("comma") && seg.units.isEmpty() && !u.entry.verb() && !before.isEmpty()
                && before.get(before.size() - 1).entry.report()) {
            return before.get(before.size() - 1); // «أعلن مسؤول تركي امس، عن مقتل ضابطي شرطة»
        }
        if (seg.type.equals("complement") || seg.type.equals("colon")) {
            for (int i = before.size() - 1; i >= 0; i--) {
                Unit o = before.get(i);
                if (o.entry.speaks()) {
                    return o;
                }
                if (nounAfterReport(before, i)) {
                    continue; // «وأكد الرئيس بعد اجتماعه بالوفد أن …»: the statement's clause goes on past its event noun
                }
                if (!BARRIERS.contains(o.segment.type) && !o.segment.type.equals("complement")) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * «وأكد الرئيس بعد اجتماعه بالوفد أن الاتفاق قريب»: unit {@code i} is an event noun in the clause of the
     * statement right before it, so that what follows «أن» or a colon is still what the statement reports.
     */
    private static boolean nounAfterReport(List<Unit> units, int i) {
        if (i < 1) {
            return false;
        }
        Unit noun = units.get(i);
        Unit report = units.get(i - 1);
        return !noun.entry.verb() && noun.segment == report.segment
                && report.entry.speaks();
    }

    /**
     * «رفض رئيس الاتحاد …، مشيرا إلى أن …», «وتوقع باعجاجة خلال حديثه أمس …، مستبعدا …»: a statement
     * participle (a report noun of {@code trigger-nouns.txt}) opening a clause after a comma goes on
     * with the sentence's first statement (a report or opinion verb outside a reported, relative,
     * purpose, contrast or cause clause): one statement, said at that statement's time. Not the
     * statement nearest before it, which may be a word of what was said («تأكيد أو نفي رغبة بلاده»).
     */
    private static Unit statementGoneOn(Unit u, Segment seg, int k, List<Unit> before) {
        if (u.entry.verb() || !u.entry.report() || k != 0 || !seg.type.equals("comma") || !seg.units.isEmpty()) {
            return null;
        }
        for (Unit o : before) {
            if (o.entry.verb() && o.entry.speaks()
                    && !BARRIERS.contains(o.segment.type) && !o.segment.type.equals("complement")) {
                return o;
            }
        }
        return null;
    }

    /** The first word of a clause, after its marker and the words of {@code clause-openers.txt} («قد», «وربما»). */
    private static boolean clauseStart(Segment seg, int k, TriggerLexicon lex) {
        if (lex.clauseOpener(seg.words.get(k).norm())) {
            return false; // «وقد», «وربما» itself is no verb: the verb after it opens the clause
        }
        // after its marker: «بينما وصل», «في حين اطلع» (also opening a sentence)
        int first = seg.type.equals("comma") || seg.type.equals("colon") || seg.type.equals("coordinate")
                || seg.type.equals("purpose") ? 0 : seg.markerWords;
        while (first < seg.words.size() && first < k && lex.clauseOpener(seg.words.get(first).norm())) {
            first++;
        }
        return k == first;
    }

    /** Whether word {@code k} comes right after «قد» («وكان النادي قد اتجه»), where only a verb stands. */
    private static boolean afterQad(Segment seg, int k) {
        return k > 0 && seg.words.get(k - 1).norm().equals("قد");
    }

    /** The clause marker word itself («الذي», «لبحث» when not an event noun) is not a trigger. */
    private static boolean isMarkerWord(Segment seg, int k, TriggerLexicon lex) {
        return k == 0 && !seg.type.equals("coordinate") && !seg.type.equals("purpose") && !seg.type.equals("comma")
                && !seg.type.equals("colon") && !seg.type.equals("main")
                && lex.marker(seg.words.get(0).norm()) != null;
    }

    /** The word after «وقد»: a listed verb, or a word that looks like one. */
    private static boolean verbAfterQad(String norm, TriggerLexicon lex) {
        TriggerLexicon.Entry e = lex.trigger(norm);
        return e != null ? e.verb() : lex.guessedVerb(norm) != null;
    }

    private static boolean coordinatedVerb(String norm, TriggerLexicon lex) {
        if (norm.length() < 3 || !(norm.startsWith("و") || norm.startsWith("ف"))) {
            return false;
        }
        TriggerLexicon.Entry e = lex.trigger(norm);
        return e != null && e.verb() && lex.trigger(norm.substring(1)) != null;
    }

    /**
     * «وقبضوا», «وسيطرت»: «و»/«ف» before a word the shared morphology reads as a perfect verb
     * (plural ـوا, feminine ـت, a listed verb) that the lists lack opens a coordinated clause, so
     * a second happening told in the same sentence is an event of its own.
     */
    private static boolean coordinatedPerfect(String norm, TriggerLexicon lex) {
        if (norm.length() < 4 || !(norm.startsWith("و") || norm.startsWith("ف")) || lex.trigger(norm) != null) {
            return false;
        }
        String rest = norm.substring(1);
        return !rest.endsWith("ات") && org.tarikh.annotate.morph.Morphology.isPerfect(
                org.tarikh.annotate.norm.Lexicon.key(rest)) && lex.guessedVerb(norm) != null;
    }

    private static boolean matches(List<ArabicWords.Word> words, int k, String[] phrase) {
        for (int i = 1; i < phrase.length; i++) {
            int at = k + i - 1;
            if (at >= words.size()) {
                return false;
            }
            String p = phrase[i];
            String w = words.get(at).norm();
            if (!w.equals(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String s, String chars) {
        return lastIndexOfAny(s, chars) >= 0;
    }

    private static int lastIndexOfAny(String s, String chars) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    record Placed(Timex timex, TimeInterval interval) {
    }
}
