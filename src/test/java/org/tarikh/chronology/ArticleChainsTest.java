package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleChainsTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 3);

    /** An undated event of article a1 at {@code begin}, on or before the publication day. */
    private static SourceEvent event(int seq, int begin, String text, String trigger, String group) {
        return new SourceEvent("a1", seq, begin, begin + text.length(), text, LocalDateTime.MIN,
                DCT.plusDays(1).atStartOfDay(), "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s",
                "u", ArabicTerms.of(text), trigger, begin, group, "HAPPENING", "ON_OR_BEFORE");
    }

    /** An event of article a1 dated by its own expression from {@code start} to {@code until}. */
    private static SourceEvent dated(int seq, int begin, String text, String trigger, String group, LocalDateTime start,
            LocalDateTime until, String granularity, String value) {
        return new SourceEvent("a1", seq, begin, begin + text.length(), text, start, until, granularity, false, "x", "DATE",
                value, null, begin, begin + 1, DCT, "t", "s", "u", ArabicTerms.of(text), trigger, begin, group, "HAPPENING",
                "ON");
    }

    @Test
    void aRepeatDatedToAFinerTimeOfItsOwnIsOneCaseNotTheSameHappening() {
        // «اغتيال مسؤولين في مارس» and then «أن يغتال مسلحون القاضي مساء العاشر منه»: one case of the month's killings
        List<SourceEvent> events = new ArrayList<>();
        events.add(dated(0, 0, "شهدت المدينة في مارس اغتيال عدد من المسؤولين", "اغتيال", "happening:kill",
                LocalDateTime.of(2015, 3, 1, 0, 0), LocalDateTime.of(2015, 4, 1, 0, 0), "MONTH", "2015-03"));
        events.add(event(1, 60, "وتبعه قيام مسلحين بإغلاق الطريق", "بإغلاق", "happening:close"));
        events.add(dated(2, 120, "أن يغتال مسلحون القاضي مساء العاشر منه", "يغتال", "happening:kill",
                LocalDateTime.of(2015, 3, 10, 18, 0), LocalDateTime.of(2015, 3, 11, 0, 0), "PART_OF_DAY", "2015-03-10TEV"));
        // a repeat without a time of its own still goes on with the first: «وقتل مسلحون …»
        events.add(event(3, 200, "وقتل مسلحون الحارس", "وقتل", "happening:kill"));
        int[] chain = ArticleChains.of(events);
        assertThat(ArticleChains.oneCaseOf(events.get(2), events.get(0))).isTrue();
        assertThat(chain[2]).isNotEqualTo(chain[0]);
        assertThat(chain[3]).isEqualTo(chain[2]);
        // the same time, or the coarser mention after the finer one: no case of a general report
        assertThat(ArticleChains.oneCaseOf(events.get(0), events.get(2))).isFalse();
        assertThat(ArticleChains.oneCaseOf(events.get(3), events.get(0))).isFalse();
    }

    @Test
    void alsoAfterAHappeningsTriggerTellsAnotherCaseOfItsAction() {
        // «أنه تم احتجازه» … «واعتقلت الشرطة أيضا الفلسطينيين الأربعة»: two arrests, not one told twice
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "أنه تم احتجازه", "احتجازه", "happening:arrest"));
        events.add(event(1, 20, "واعتقلت الشرطة أيضاً الفلسطينيين الأربعة", "واعتقلت", "happening:arrest"));
        events.add(event(2, 70, "وقال شهود إن الشرطة اعتقلت الفلسطينيين", "اعتقلت", "happening:arrest"));
        int[] chain = ArticleChains.of(events);
        assertThat(ArticleChains.anotherCase(events.get(1))).isTrue();
        assertThat(chain[1]).isNotEqualTo(chain[0]);
        // without «أيضا» a repeat of the action goes on with the one before
        assertThat(ArticleChains.anotherCase(events.get(2))).isFalse();
        assertThat(chain[2]).isEqualTo(chain[1]).isNotNegative();
    }

    /** Two undated events of article a1, the second right after the first (one space between), each trigger where its text has it. */
    private static List<SourceEvent> nounAndClause(String noun, String nounTrigger, String nounGroup, String clause,
            String clauseTrigger, String clauseGroup) {
        SourceEvent undated = event(0, 0, noun, nounTrigger, nounGroup);
        SourceEvent first = new SourceEvent("a1", 0, 0, noun.length(), noun, undated.start(), undated.until(), "DAY", false,
                "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u", ArabicTerms.of(noun), nounTrigger,
                noun.indexOf(nounTrigger), nounGroup, "HAPPENING", "ON_OR_BEFORE");
        int at = noun.length() + 1;
        SourceEvent second = new SourceEvent("a1", 1, at, at + clause.length(), clause, first.start(), first.until(), "DAY",
                false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u", ArabicTerms.of(clause), clauseTrigger,
                at + clause.indexOf(clauseTrigger), clauseGroup, "HAPPENING", "ON_OR_BEFORE");
        return List.of(first, second);
    }

    @Test
    void aRelativeClauseRightAfterAnEventNounTellsMoreOfItsHappening() {
        List<SourceEvent> crime = nounAndClause("الجريمة الإرهابية البشعة»", "الجريمة", "happening:crime",
                "التي نفذها مستوطنون إسرائيليون في قرية دوما", "نفذها", null);
        int[] chain = ArticleChains.of(crime);
        assertThat(chain[1]).isEqualTo(chain[0]).isNotNegative();
        // after a definite genitive and adjectives; «التي» after a broken plural
        List<SourceEvent> congress = nounAndClause("مؤتمر الاتحاد البريدي العالمي «الخامس والعشرين»", "مؤتمر",
                "happening:conference", "الذي عقد في الدوحة بدولة قطر", "عقد", "happening:meet");
        assertThat(ArticleChains.describesEventNoun(congress.get(1), congress.get(0))).isTrue();
        List<SourceEvent> battles = nounAndClause("المعارك", "المعارك", "happening:fight",
                "التي شهدتها مديرية صبر", "شهدتها", null);
        assertThat(ArticleChains.describesEventNoun(battles.get(1), battles.get(0))).isTrue();
        // a statement told in the clause («إعلان القاهرة» + «الذي أكد خلاله الجانبان») joins no statement chain
        List<SourceEvent> declaration = nounAndClause("إعلان القاهرة", "إعلان", "happening:announce",
                "الذي أكد خلاله الجانبان الحرص على تعزيز الأمن", "أكد", "report:say");
        chain = ArticleChains.of(declaration);
        assertThat(chain[1]).isEqualTo(chain[0]).isNotNegative();
    }

    @Test
    void aRelativeClauseAboutAnotherNounIsAnotherHappening() {
        // the relative does not agree with the event noun: «الزيارة الرسمية الذي» is about a noun further back
        List<SourceEvent> visit = nounAndClause("الزيارة الرسمية", "الزيارة", "happening:visit",
                "الذي افتتح العام الماضي", "افتتح", null);
        assertThat(ArticleChains.describesEventNoun(visit.get(1), visit.get(0))).isFalse();
        // a prepositional phrase after the noun: the clause describes its object
        List<SourceEvent> attack = nounAndClause("الهجوم على المستشفى", "الهجوم", "happening:attack",
                "الذي افتتح العام الماضي", "افتتح", null);
        assertThat(ArticleChains.describesEventNoun(attack.get(1), attack.get(0))).isFalse();
        int[] chain = ArticleChains.of(attack);
        assertThat(chain[1]).isNegative(); // in no chain
        // «التي» after a masculine-looking head and its genitive: the genitive's clause
        List<SourceEvent> group = nounAndClause("لقتال المجموعة", "لقتال", "happening:fight",
                "التي أعلنت ولاءها للتنظيم", "أعلنت", "report:announce");
        assertThat(ArticleChains.describesEventNoun(group.get(1), group.get(0))).isFalse();
        // the event noun is the genitive of a noun before it: the clause describes that noun
        List<SourceEvent> records = nounAndClause("بناء على محاضر الضبط", "الضبط", "happening:arrest",
                "التي دونها مفتشو فرع السياحة", "دونها", null);
        assertThat(ArticleChains.describesEventNoun(records.get(1), records.get(0))).isFalse();
        List<SourceEvent> during = nounAndClause("واستعرضا خلال اللقاء", "اللقاء", "happening:meet",
                "الذي حضره نائب الرئيس", "حضره", null);
        assertThat(ArticleChains.describesEventNoun(during.get(1), during.get(0))).isTrue();
        // the same noun and clause, with the clause's trigger too far from its relative word
        List<SourceEvent> far = nounAndClause("الهجوم الإرهابي", "الهجوم", "happening:attack",
                "الذي قال عنه الوزير في مؤتمر صحفي إنه فشل", "فشل", null);
        assertThat(ArticleChains.describesEventNoun(far.get(1), far.get(0))).isFalse();
        // a verb before the relative («وأدت إلى حرق رضيع» is no event noun)
        List<SourceEvent> verb = nounAndClause("أقدمت عليه قوات الاحتلال", "أقدمت", "happening:capture",
                "التي اقتحمت المسجد", "اقتحمت", "happening:storm");
        assertThat(ArticleChains.describesEventNoun(verb.get(1), verb.get(0))).isFalse();
    }

    /** An undated event of article a1 whose trigger is where its text has it. */
    private static SourceEvent at(int seq, int begin, String text, String trigger, String group) {
        SourceEvent e = event(seq, begin, text, trigger, group);
        return new SourceEvent("a1", seq, begin, e.end(), text, e.start(), e.until(), "DAY", false, "", "DATE",
                DCT.toString(), null, -1, -1, DCT, "t", "s", "u", e.terms(), trigger, begin + text.indexOf(trigger), group,
                "HAPPENING", "ON_OR_BEFORE");
    }

    @Test
    void aGeneralDefiniteNounRefersBackToANarrowerHappening() {
        // «وأحرقوا المنزل» and then «الجريمة البشعة»: the crime is the burning told before it
        List<SourceEvent> events = new ArrayList<>();
        events.add(at(0, 0, "وأحرقوا منزل العائلة في قرية دوما", "وأحرقوا", "happening:burn"));
        events.add(at(1, 40, "وأدان الوزير", "وأدان", "report:condemn"));
        events.add(at(2, 60, "الجريمة البشعة", "الجريمة", "happening:crime"));
        assertThat(ArticleChains.of(events)).containsExactly(0, 1, 0); // the statement is a chain of its own
        // an indefinite «جريمة» is another one, and a crime does not refer to a visit
        events.set(2, at(2, 60, "جريمة أخرى", "جريمة", "happening:crime"));
        assertThat(ArticleChains.of(events)[2]).isNegative();
        events.set(0, at(0, 0, "وزار الوزير قرية دوما", "وزار", "happening:visit"));
        events.set(2, at(2, 60, "الجريمة البشعة", "الجريمة", "happening:crime"));
        assertThat(ArticleChains.of(events)[2]).isNegative();
        // the general noun of crashes refers to a killing; a killing does not refer back to a crime
        assertThat(ArticleChains.refersTo(at(1, 40, "الحادث", "الحادث", "happening:crash"),
                at(0, 0, "ولقي شخصان مصرعهما", "مصرعهما", "happening:kill"))).isTrue();
        assertThat(ArticleChains.refersTo(at(1, 40, "القتل", "القتل", "happening:kill"),
                at(0, 0, "الجريمة", "الجريمة", "happening:crime"))).isFalse();
    }

    @Test
    void whatABodyDecidedAfterAProceduralClauseIsItsDecision() {
        // the cabinet's session: «حيث قرر المجلس، بعد النظر في قرارات مجلس الشورى …، الموافقة على نظام …»
        List<SourceEvent> events = new ArrayList<>();
        events.add(at(0, 0, "حيث قرر المجلس", "قرر", "report:decide"));
        events.add(at(1, 20, "بعد النظر في قرارات مجلس الشورى رقم 104/ 47", "قرارات", "happening:decide"));
        events.add(at(2, 70, "ورقم 52/ 30 وتاريخ 15/ 6/ 1435هـ", "ورقم", null));
        events.add(at(3, 110, "الموافقة على نظام المناطق المحمية للحياة الفطرية", "الموافقة", "happening:approve"));
        events.add(at(4, 170, "كما قرر المجلس", "قرر", "report:decide"));
        events.add(at(5, 190, "بعد الاطلاع على ما رفعه وزير الاتصالات", "رفعه", "happening:lift"));
        events.add(at(6, 240, "الموافقة على قرارات مؤتمر الاتحاد البريدي", "الموافقة", "happening:approve"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[3]).isEqualTo(chain[0]).isNotNegative();
        // the second decision's approval is its own, not a repeat of the first approval
        assertThat(chain[6]).isEqualTo(chain[4]).isNotEqualTo(chain[0]);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
    }

    @Test
    void agreeingWithSomethingOrAnObjectInTheSpanAwaitsNoObject() {
        assertThat(ArticleChains.awaitsObject(at(0, 0, "وافق مجلس الوزراء على", "وافق", "report:agree"))).isTrue();
        assertThat(ArticleChains.awaitsObject(at(0, 0, "يتفق مع نتائج", "يتفق", "report:agree"))).isFalse();
        assertThat(ArticleChains.awaitsObject(at(0, 0, "قرر المجلس عقد اجتماع", "قرر", "report:decide"))).isFalse();
        assertThat(ArticleChains.awaitsObject(at(0, 0, "قررت روسيا العودة إلى استخدام هذا النوع من السلاح", "قررت",
                "report:decide"))).isFalse();
        // an object that comes after another speaker's statement is not the decision's
        List<SourceEvent> events = new ArrayList<>();
        events.add(at(0, 0, "وقرر المجلس", "وقرر", "report:decide"));
        events.add(at(1, 20, "وقال الوزير", "وقال", "report:say"));
        events.add(at(2, 40, "الموافقة على النظام", "الموافقة", "happening:approve"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[2]).isNotEqualTo(chain[0]);
    }

    @Test
    void aStatementContinuesInThePerfectNotInAnImperfectWithoutSpeaker() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "قال الوزير خالد الفيصل", "قال", "report:say"));
        events.add(event(1, 40, "وأضاف", "وأضاف", "report:say"));
        events.add(event(2, 80, "يصادق على الاتفاق", "يصادق", "report:approve"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isEqualTo(chain[0]);
        assertThat(chain[2]).isNotEqualTo(chain[0]);
    }

    @Test
    void aBodysDecisionsAreNoContinuationOfItsStatementsNorOfEachOther() {
        // the cabinet's session: its statements are one chain, each decision a happening of its own
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "جدد مجلس الوزراء السعودي", "جدد", "report:say"));
        events.add(event(1, 40, "وأثنى مجلس الوزراء على", "وأثنى", "report:praise"));
        events.add(event(2, 80, "حيث قرر المجلس", "قرر", "report:decide"));
        events.add(event(3, 120, "وقرر المجلس", "وقرر", "report:decide"));
        events.add(event(4, 160, "ووافق مجلس الوزراء على", "ووافق", "report:agree"));
        events.add(event(5, 200, "وشدد مجلس الوزراء على أهمية", "وشدد", "report:say"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isEqualTo(chain[0]);
        assertThat(chain[5]).isEqualTo(chain[0]);
        assertThat(chain[2]).isNotEqualTo(chain[0]).isNotEqualTo(chain[3]);
        assertThat(chain[3]).isNotEqualTo(chain[0]).isNotEqualTo(chain[4]);
        assertThat(chain[4]).isNotEqualTo(chain[0]);
    }

    @Test
    void anUnnamedSpeakerAfterASentenceWithANamedSubjectIsThatSubject() {
        // «وشدد المجلس … ورفع الأمير محمد بن نايف الشكر … وقال»: the prince speaks, not the council
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "وشدد المجلس على أهمية", "وشدد", "report:say"));
        events.add(event(1, 40, "ورفع الأمير محمد بن نايف، الشكر والعرفان للملك", "ورفع", "happening:lift"));
        events.add(event(2, 100, "وقال", "وقال", "report:say"));
        assertThat(ArticleChains.of(events)[2]).isNotEqualTo(ArticleChains.of(events)[0]);
        // a happening with no named subject between them leaves the continuation alone
        events.set(1, event(1, 40, "وتسببت الغارات في تدمير جسر", "وتسببت", "happening:attack"));
        assertThat(ArticleChains.of(events)[2]).isEqualTo(ArticleChains.of(events)[0]);
        // «على» is a preposition, though it normalizes like the given name «علي»
        events.set(1, event(1, 40, "وهجموا على الحراس", "وهجموا", "happening:attack"));
        assertThat(ArticleChains.opensSentence(events.get(1))).isFalse();
        assertThat(ArticleChains.of(events)[2]).isEqualTo(ArticleChains.of(events)[0]);
        assertThat(ArticleChains.opensSentence(event(1, 40, "وهجم علي الأحمد على الحراس", "وهجم", "happening:attack")))
                .isTrue();
    }

    @Test
    void aHappeningSetAgainstTheOneBeforeByAContrastPhraseIsAnotherHappening() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "صعدت أسهم شركات الاتصالات خمسة بالمئة", "صعدت", "happening:grow"));
        String other = "في حين زادت أسهم المصارف نقطتين";
        events.add(new SourceEvent("a1", 1, 60, 60 + other.length(), other, LocalDateTime.MIN,
                DCT.plusDays(1).atStartOfDay(), "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s",
                "u", ArabicTerms.of(other), "زادت", 60 + other.indexOf("زادت"), "happening:grow", "HAPPENING",
                "ON_OR_BEFORE"));
        String third = "وبينما المؤشر العام ارتفع";
        events.add(new SourceEvent("a1", 2, 120, 120 + third.length(), third, LocalDateTime.MIN,
                DCT.plusDays(1).atStartOfDay(), "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s",
                "u", ArabicTerms.of(third), "ارتفع", 120 + third.indexOf("ارتفع"), "happening:grow", "HAPPENING",
                "ON_OR_BEFORE"));
        events.add(event(3, 180, "وارتفعت أسهم المصارف", "وارتفعت", "happening:grow"));
        assertThat(ArticleChains.contrasted(events.get(1))).isTrue();
        assertThat(ArticleChains.contrasted(events.get(2))).isTrue();
        assertThat(ArticleChains.contrasted(events.get(3))).isFalse();
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isNegative(); // refers back to nothing
        assertThat(chain[2]).isNotEqualTo(chain[0]).isNotEqualTo(chain[1]);
        // without the phrase, a repeat of the action right after is still its continuation
        assertThat(chain[3]).isNotNegative().isEqualTo(chain[2]);
        // «فيما» is not listed: it often goes on with the same happening
        String whilst = "فيما قتل أحد المسلحين";
        assertThat(ArticleChains.contrasted(new SourceEvent("a1", 4, 0, whilst.length(), whilst, LocalDateTime.MIN,
                DCT.plusDays(1).atStartOfDay(), "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s",
                "u", ArabicTerms.of(whilst), "قتل", whilst.indexOf("قتل"), "happening:kill", "HAPPENING",
                "ON_OR_BEFORE"))).isFalse();
    }

    @Test
    void aDefiniteEventNounRefersBackToTheLatestHappeningOfItsGroup() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "شن التحالف غارات على صعدة", "شن", "happening:attack"));
        events.add(event(1, 40, "وقال مصدر محلي", "وقال", "report:say"));
        events.add(event(2, 80, "وتسببت الغارات في تدمير جسر", "الغارات", "happening:attack"));
        events.add(event(3, 120, "وزار الوزير المستشفى", "وزار", "happening:visit"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[2]).isEqualTo(chain[0]).isNotNegative();
        assertThat(chain[3]).isNotEqualTo(chain[0]);
    }

    @Test
    void aSpeakerNamedBeforeItsVerbStartsAStatementOfItsOwn() {
        List<SourceEvent> events = new ArrayList<>();
        String first = "بدوره، قال وزير الخارجية الألماني فرانك فالتر شتاينماير";
        events.add(new SourceEvent("a1", 0, 0, first.length(), first, LocalDateTime.MIN, DCT.plusDays(1).atStartOfDay(),
                "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u", ArabicTerms.of(first), "قال",
                first.indexOf("قال"), "report:say", "HAPPENING", "ON_OR_BEFORE"));
        String second = "أما وزير الخارجية البريطاني فيليب هاموند فقال";
        events.add(new SourceEvent("a1", 1, 60, 60 + second.length(), second, LocalDateTime.MIN,
                DCT.plusDays(1).atStartOfDay(), "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u",
                ArabicTerms.of(second), "فقال", 60 + second.indexOf("فقال"), "report:say", "HAPPENING", "ON_OR_BEFORE"));
        events.add(event(2, 120, "وأضاف", "وأضاف", "report:say"));
        assertThat(EventSimilarity.speaker(events.get(1))).isNotEmpty().doesNotContain(EventSimilarity.ROLE_ONLY);
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
        assertThat(chain[2]).isEqualTo(chain[1]);
    }

    @Test
    void twoEventsOfUnknownActionFromDifferentArticlesAreNeverCompatible() {
        SourceEvent a = event(0, 0, "هنأت شخصيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", "هنأت", null);
        SourceEvent b = new SourceEvent("a2", 0, 0, a.text().length(), a.text(), a.start(), a.until(), "DAY", false, "",
                "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u", ArabicTerms.of(a.text()), "هنأت", 0, null,
                "HAPPENING", "ON_OR_BEFORE");
        SourceEvent c = new SourceEvent("a3", 0, 0, 20, "رفع خادم الحرمين الشريفين الملك سلمان", a.start(), a.until(),
                "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u",
                ArabicTerms.of("رفع خادم الحرمين الشريفين الملك سلمان"), "رفع", 0, null, "HAPPENING", "ON_OR_BEFORE");
        List<SourceEvent> events = List.of(a, b, c);
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 100);
        EventSimilarity sim = new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD);
        assertThat(EventSimilarity.unknownAction(a)).isTrue();
        assertThat(sim.compatible(0, 1)).isTrue(); // copies
        assertThat(sim.compatible(0, 2)).isFalse();
    }

    @Test
    void speakersSharingOnlyANameParticleAreTwoPeople() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "يقول أبو هريرة", "يقول", "report:say"));
        events.add(event(1, 300, "وقال أبو شعيب", "وقال", "report:say"));
        assertThat(EventSimilarity.speaker(events.get(0))).containsExactlyElementsOf(ArabicTerms.of("هريرة"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
    }
    @Test
    void twoSpeakersOfOneBodyAreTwoStatementsAndASurnameContinuesItsOwn() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "أشار الدكتور خليفة الدوسري عضو مجلس الشورى", "أشار", "report:say"));
        events.add(event(1, 600, "أكد الدوسري", "أكد", "report:say"));
        events.add(event(2, 1200, "أشاد الدكتور يوسف الرميح عضو مجلس الشورى", "أشاد", "report:say"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isEqualTo(chain[0]);
        assertThat(chain[2]).isNotEqualTo(chain[0]);
    }
    @Test
    void theNewspaperASourceSpokeToDoesNotMakeTwoSourcesOneSpeaker() {
        SourceEvent medical = event(0, 0, "وقالت مصادر طبية ل»الرياض»", "وقالت", "report:say");
        SourceEvent military = event(1, 300, "وقالت مصادر عسكرية ل»الرياض»", "وقالت", "report:say");
        SourceEvent aawsat = event(2, 600, "وكشفت المصادر لـ«الشرق الأوسط» عن اتساع الخلافات", "وكشفت", "report:say");
        assertThat(EventSimilarity.speaker(medical)).doesNotContainAnyElementsOf(ArabicTerms.of("الرياض"));
        assertThat(EventSimilarity.speaker(aawsat)).containsExactly(EventSimilarity.ROLE_ONLY);
        assertThat(java.util.Collections.disjoint(EventSimilarity.speaker(medical), EventSimilarity.speaker(military)))
                .isTrue();
        int[] chain = ArticleChains.of(List.of(medical, military));
        assertThat(chain[1]).isNotEqualTo(chain[0]);
    }

    @Test
    void sourcesNamedAgainWithTheArticleContinueTheLatestStatementOfTheirRole() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "قالت مصادر محلية في المدينة", "قالت", "report:say"));
        events.add(event(1, 500, "وقال مصدر عسكري في المحافظة", "وقال", "report:say"));
        events.add(event(2, 1000, "وقالت مصادر طبية في المستشفى", "وقالت", "report:say"));
        events.add(event(3, 1500, "وذكرت المصادر، التي طلبت عدم ذكر اسمها", "وذكرت", "report:say"));
        events.add(event(4, 2000, "وأضاف المصدر", "وأضاف", "report:say"));
        events.add(event(5, 2500, "وقالت مصادر أخرى", "وقالت", "report:say"));
        assertThat(EventSimilarity.definiteRole(events.get(3))).isEqualTo(ArabicTerms.of("مصادر").get(0));
        assertThat(EventSimilarity.definiteRole(events.get(2))).isNull(); // «مصادر طبية» introduces new sources
        int[] chain = ArticleChains.of(events);
        assertThat(chain[3]).isEqualTo(chain[2]).isNotEqualTo(chain[0]); // the latest sources named
        assertThat(chain[4]).isEqualTo(chain[1]); // «المصدر»: the one source, not the sources
        assertThat(chain[5]).isNotEqualTo(chain[2]).isNotEqualTo(chain[0]).isNotEqualTo(chain[1]);
        assertThat(chain[2]).isNotEqualTo(chain[0]);
    }

    @Test
    void aSpeakerNamedAgainByItsRoleContinuesItsStatement() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "كشف رئيس الوزراء البريطاني ديفيد كاميرون أمس عن ملامح استراتيجية", "كشف", "report:say"));
        events.add(event(1, 900, "وقال وزير الخارجية الفرنسي لوران فابيوس", "وقال", "report:say"));
        events.add(event(2, 1800, "وحذر رئيس الوزراء البريطاني من أن الأصوات", "وحذر", "report:warn"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[2]).isEqualTo(chain[0]);
    }

    @Test
    void aSpeakerNamedBeforeAPluperfectVerbIsItsSpeaker() {
        String text = "وكانت مصادر كشفت لـ«الصحيفة» مطلع الأسبوع";
        SourceEvent e = new SourceEvent("a1", 0, 0, text.length(), text, LocalDateTime.MIN, DCT.plusDays(1).atStartOfDay(),
                "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u", ArabicTerms.of(text), "كشفت",
                text.indexOf("كشفت"), "report:say", "HAPPENING", "ON_OR_BEFORE");
        assertThat(EventSimilarity.speaker(e)).containsExactly(EventSimilarity.ROLE_ONLY); // not a continuation
        List<SourceEvent> events = List.of(event(0, 0, "قال الوزير خالد الفيصل", "قال", "report:say"),
                new SourceEvent("a1", 1, 100, 100 + text.length(), text, e.start(), e.until(), "DAY", false, "", "DATE",
                        DCT.toString(), null, -1, -1, DCT, "t", "s", "u", e.terms(), "كشفت", 100 + text.indexOf("كشفت"),
                        "report:say", "HAPPENING", "ON_OR_BEFORE"),
                event(2, 200, "وقالت المصادر", "وقالت", "report:say"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
        assertThat(chain[2]).isEqualTo(chain[1]);
    }

    @Test
    void wordsAfterTheVerbThatAreNoNameLeaveTheStatementWithoutASpeaker() {
        // what is said without quotation marks, the manner of saying, a time word in another spelling
        assertThat(EventSimilarity.speaker(event(0, 0, "وأضاف لدينا عدد من المتطوعين", "وأضاف", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "وقال كنا عازمين على الدخول", "وقال", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "وتابع قائلاً عبر حسابه", "وتابع", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "أردف مؤكدا أن الحرس يمر بحالة", "أردف", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "أعلن مسؤول تركي امس", "أعلن", "report:announce")))
                .containsExactly(EventSimilarity.ROLE_ONLY);
        assertThat(EventSimilarity.speaker(event(0, 0, "تعهد رئيس الوزراء البريطاني بالتصدي للتطرف", "تعهد",
                "report:promise"))).doesNotContainAnyElementsOf(ArabicTerms.of("بالتصدي"));
        assertThat(EventSimilarity.speaker(event(0, 0, "وقال الوزير خالد الفيصل", "وقال", "report:say")))
                .containsExactlyInAnyOrderElementsOf(ArabicTerms.of("خالد الفيصل"));
    }

    @Test
    void aNameShapedLikeAParticipleIsTheSpeakerAndOnlyListedMannerWordsAreSkipped() {
        assertThat(EventSimilarity.speaker(event(0, 0, "وقالت مينا أندريفا إن الاجتماع تأجل", "وقالت", "report:say")))
                .containsExactlyInAnyOrderElementsOf(ArabicTerms.of("مينا أندريفا"));
        assertThat(EventSimilarity.speaker(event(0, 0, "وقال مارادونا للصحفيين", "وقال", "report:say")))
                .containsExactlyInAnyOrderElementsOf(ArabicTerms.of("مارادونا"));
        assertThat(EventSimilarity.speaker(event(0, 0, "وقال مؤكداً أن الطريق مفتوح", "وقال", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "وأضاف مشيرا إلى الخسائر", "وأضاف", "report:say"))).isEmpty();
        // a named speaker is not taken as the continuation of the statement before
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "قال الوزير خالد الفيصل", "قال", "report:say"));
        events.add(event(1, 40, "وقالت مينا أندريفا", "وقالت", "report:say"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
    }

    @Test
    void feminineMannerWordsAreNoSpeaker() {
        assertThat(EventSimilarity.speaker(event(0, 0, "وأضافت مؤكدةً أن الطريق مفتوح", "وأضافت", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "وتابعت قائلةً إن الوفد وصل", "وتابعت", "report:say"))).isEmpty();
        assertThat(EventSimilarity.speaker(event(0, 0, "وأضافت موضحة أن الجولة تأجلت", "وأضافت", "report:say"))).isEmpty();
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "قالت الوزيرة سلمى الحسن", "قالت", "report:say"));
        events.add(event(1, 40, "وأضافت مشيرةً إلى الخسائر", "وأضافت", "report:say"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isEqualTo(chain[0]);
    }

    /** An event of article a1 dated by its own expression to {@code day}. */
    private static SourceEvent onDay(int seq, int begin, String text, String trigger, String group, LocalDate day) {
        return new SourceEvent("a1", seq, begin, begin + text.length(), text, day.atStartOfDay(),
                day.plusDays(1).atStartOfDay(), "DAY", false, "الأربعاء", "DATE", day.toString(), null, -1, -1, DCT, "t",
                "s", "u", ArabicTerms.of(text), trigger, begin, group, "HAPPENING", "ON");
    }

    @Test
    void twoSupportVerbsOfOneArticleOnOneDayWithTheSameWordsAreOneHappening() {
        LocalDate day = LocalDate.of(2021, 4, 7);
        List<SourceEvent> events = new ArrayList<>();
        events.add(onDay(0, 0, "خلال الجولة الثالثة من الحوار الاستراتيجي الأمريكي العراقي التي انطلقت الأربعاء",
                "انطلقت", null, day));
        events.add(event(1, 90, "وقال المتحدث", "وقال", "report:say"));
        events.add(onDay(2, 200, "أن الجولة القادمة من الحوار الاستراتيجي بين البلدين ستجري في 7 أبريل", "ستجري", null,
                day));
        events.add(onDay(3, 300, "أن الجولة القادمة من الحوار الاستراتيجي ستجري في 8 أبريل", "ستجري", null,
                day.plusDays(1)));
        events.add(onDay(4, 400, "انطلقت مباراة الفريقين الأربعاء", "انطلقت", null, day));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[2]).isEqualTo(chain[0]).isNotNegative();
        assertThat(chain[3]).isNotEqualTo(chain[0]); // another day
        assertThat(chain[4]).isNotEqualTo(chain[0]); // other words
    }

    @Test
    void speakersListedAfterKullMinAreTheSpeakers() {
        assertThat(EventSimilarity.speaker(event(0, 0, "وأكد كل من الوزير سامي العبدالله والسفير رامي الخطيب أن",
                "وأكد", "report:confirm"))).containsAll(ArabicTerms.of("سامي العبدالله"));
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "قال المحافظ نبيل الحسن", "قال", "report:say"));
        events.add(event(1, 40, "وأكد كل من الوزير سامي العبدالله والسفير رامي الخطيب", "وأكد", "report:confirm"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
    }

    @Test
    void twoEventsOfOneArticleThatNoChainJoinsScoreNothing() {
        SourceEvent storm = in("a1", 1, "تم اقتحام القاعدة من قبل قوات التحالف العربي", "اقتحام", "happening:attack");
        SourceEvent raid = in("a1", 5, "قصف طيران التحالف العربي مواقع في محافظة البيضاء", "قصف", "happening:attack");
        SourceEvent other = in("a2", 3, "قصف طيران التحالف العربي مواقع في محافظة البيضاء ومحافظة أبين", "قصف",
                "happening:attack");
        List<SourceEvent> events = new ArrayList<>(List.of(storm, raid, other));
        for (int k = 2; k <= 4; k++) { // three other happenings between: no chain joins the two
            events.add(in("a1", k, "زار الوزير المستشفى رقم " + k, "زار", "happening:visit"));
        }
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 1000);
        EventSimilarity sim = new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD);
        assertThat(sim.sameStatement(0, 1)).isFalse();
        assertThat(sim.compute(0, 1)).isZero();
        assertThat(sim.compute(1, 2)).isGreaterThan(EventSimilarity.THRESHOLD);
    }

    @Test
    void anUndatedEventDoesNotJoinADatedReportOnTheWordsOfBothArticlesSubjects() {
        List<SourceEvent> events = new ArrayList<>();
        // two articles about American forces in Iraq: those words are in most of their events
        for (int k = 0; k < 4; k++) {
            events.add(event(k, k * 100, "وجود القوات الأمريكية في العراق موضوع رقم " + k, "وجود", "happening:deploy"));
        }
        events.add(event(4, 400, "أن وجود القوات الأمريكية في العراق جاء بطلب", "وجود", "happening:deploy"));
        LocalDate d = LocalDate.of(2011, 12, 1);
        for (int k = 0; k < 4; k++) {
            String text = k == 0 ? "وكانت القوات الأمريكية قد انسحبت من العراق في كانون الأول 2011"
                    : "القوات الأمريكية في العراق خبر رقم " + k;
            events.add(new SourceEvent("b", k, k * 100, k * 100 + text.length(), text, d.atStartOfDay(),
                    d.plusMonths(1).atStartOfDay(), "MONTH", false, "كانون الأول 2011", "DATE", "2011-12", null, -1, -1,
                    DCT, "t", "s", "u", ArabicTerms.of(text), "انسحبت", k * 100, "happening:deploy", "HAPPENING", "ON"));
        }
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 1000);
        EventSimilarity sim = new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD);
        assertThat(EventSimilarity.undated(events.get(4))).isTrue();
        assertThat(sim.compute(4, 5)).isZero(); // «امريك قو عراق» only, all subject words
    }

    @Test
    void anEventNounInConstructWithADefiniteNounRefersBack() {
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "فرار قائد قاعدة العند العميد مرزوق الصيادي", "فرار", "happening:flee"));
        events.add(event(1, 60, "وقالت المصادر", "وقالت", "report:say"));
        events.add(event(2, 90, "بسبب مماطلة الحوثيين", "مماطلة", null));
        events.add(event(3, 120, "التي طلبها", "طلبها", null));
        events.add(event(4, 140, "وعدم وصول الدعم العسكري", "وصول", "happening:arrive"));
        events.add(event(5, 180, "فرار القائد وبعض كبار مساعديه", "فرار", "happening:flee"));
        events.add(event(6, 240, "وفرار جنود آخرين", "وفرار", "happening:flee"));
        assertThat(ArticleChains.constructNoun(events.get(5))).isTrue();
        assertThat(ArticleChains.constructNoun(events.get(6))).isFalse(); // «جنود» has no article
        int[] chain = ArticleChains.of(events);
        assertThat(chain[5]).isEqualTo(chain[0]).isNotNegative(); // five events back: farther than a repeat looks
        // a word that is a listed verb as well as a noun is not read as a noun: «قتل الجنود» is a verb and its object
        assertThat(ArticleChains.constructNoun(event(7, 300, "قتل الجنود", "قتل", "happening:kill"))).isFalse();
    }

    /** An event of article {@code article} whose text is {@code text}, on the publication day. */
    private static SourceEvent in(String article, int seq, String text, String trigger, String group) {
        return new SourceEvent(article, seq, seq * 100, seq * 100 + text.length(), text, DCT.atStartOfDay(),
                DCT.plusDays(1).atStartOfDay(), "DAY", false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s",
                "u", ArabicTerms.of(text), trigger, seq * 100, group, "HAPPENING", "ON");
    }

    @Test
    void aShortLeadCopiedByAnotherSourceIsACopyThroughTheWordsAfterIt() {
        String[] rest = {"قرارا بالإجماع", "يصادق على الاتفاق النووي المبرم بين إيران والقوى الكبرى",
            "ويمهد الطريق أمام رفع العقوبات الدولية عن طهران"};
        List<SourceEvent> events = new ArrayList<>();
        events.add(in("a1", 0, "تبنى مجلس الأمن الدولي", "تبنى", "happening:approve"));
        events.add(in("a2", 0, "تبنى مجلس الأمن الدولي بالإجماع", "تبنى", "happening:approve"));
        events.add(in("a3", 0, "تبنى مجلس الأمن الدولي", "تبنى", "happening:approve"));
        for (int i = 0; i < rest.length; i++) {
            events.add(in("a1", i + 1, rest[i], null, null));
            events.add(in("a2", i + 1, rest[i], null, null));
        }
        // a3 goes on with other words
        events.add(in("a3", 1, "بيانا يدين الهجمات على المدنيين في المدن السورية", null, null));
        events.add(in("a3", 2, "ويطالب جميع الأطراف بوقف القتال فورا والعودة إلى طاولة المفاوضات", null, null));
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 1000);
        EventSimilarity sim = new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD);
        assertThat(sim.copy(0, 1)).isTrue();
        assertThat(sim.compute(0, 1)).isEqualTo(1.0);
        assertThat(sim.copy(0, 2)).isFalse(); // the same words, then something else
    }
    @Test
    void aContextEventOfUnknownActionDoesNotJoinAnotherArticlesReport() {
        SourceEvent context = in("a1", 1, "التي حققتها المقاومة الشعبية في لحج وعدن", "حققتها", null);
        SourceEvent report = in("a2", 4, "شهدت مديريات لحج وعدن مواجهات بين المقاومة الشعبية والمليشيات", "شهدت",
                "happening:fight");
        List<SourceEvent> events = List.of(context, report);
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 1000);
        assertThat(new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD)
                .compatible(0, 1)).isTrue();
        assertThat(new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD,
                java.util.Set.of(context.ref())).compatible(0, 1)).isFalse();
    }

    @Test
    void aNameAfterALongTitleIsTheSpeaker() {
        // the name is the 7th to 10th word after the verb: «قال الحسين» later continues the statement
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "أكد الأمين العام لمجلس الضمان الصحي التعاوني محمد بن سليمان الحسين", "أكد", "report:say"));
        events.add(event(1, 500, "وأوضح الوزير فهد الحربي", "وأوضح", "report:say"));
        events.add(event(2, 1000, "قال الحسين في تصريح له اليوم", "قال", "report:say"));
        assertThat(EventSimilarity.speaker(events.get(0))).containsAll(ArabicTerms.of("الحسين"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[2]).isEqualTo(chain[0]);
        assertThat(chain[1]).isNotEqualTo(chain[0]);
    }

    @Test
    void shortSpansOfTwoCopiesOfOneArticleAreCopies() {
        // a syndicated article: «وأفاد» has no words of its own to share, but goes on with the same text in both
        String[] copied = {"وأفاد", "أن الوثيقة تغطي نفقات العلاج في الحالات الطارئة والتنويم",
                "وإصابات الحوادث للزائرين بحد أقصى مائة ألف ريال طوال مدة الزيارة"};
        List<SourceEvent> events = new ArrayList<>();
        String[] other = {"وأفاد", "أن المنتخب يستعد لمباراة ودية أمام منتخب الأردن في ملعب المدينة الرياضية",
                "وسط غياب عدد من اللاعبين المصابين عن التدريبات الأخيرة للفريق"};
        for (String article : new String[] {"a1", "a2", "a3"}) {
            int begin = 0;
            String[] texts = article.equals("a3") ? other : copied;
            for (int k = 0; k < texts.length; k++) {
                SourceEvent e = event(k, begin, texts[k], k == 0 ? "وأفاد" : null, k == 0 ? "report:say" : null);
                events.add(new SourceEvent(article, e.seq(), e.begin(), e.end(), e.text(), e.start(), e.until(), "DAY",
                        false, "", "DATE", DCT.toString(), null, -1, -1, DCT, "t", "s", "u", e.terms(), e.triggerText(),
                        e.triggerBegin(), e.group(), "HAPPENING", "ON_OR_BEFORE"));
                begin += texts[k].length() + 1;
            }
        }
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 100);
        EventSimilarity sim = new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD);
        assertThat(sim.candidates()).anySatisfy(s -> {
            assertThat(s.i()).isEqualTo(0);
            assertThat(s.j()).isEqualTo(3);
            assertThat(s.score()).isEqualTo(1.0);
        });
        assertThat(sim.copy(0, 3)).isTrue();
        // another article's «وأفاد» going on with other words is no copy
        assertThat(sim.copy(0, 6)).isFalse();
        assertThat(sim.candidates()).noneSatisfy(s -> assertThat(s.j()).isEqualTo(6));
    }

    @Test
    void aStatementToldOverSeveralMentionsInTwoCopiesOfOneArticleIsOneEntry() {
        // two sources carry the same statement, each told over three mentions; two of the three are copies, the
        // participle «لافتا إلى» is too short to be a copy of anything, yet belongs to the statement in both
        String[] told = {"أكد الأمين العام لمجلس الضمان الصحي التعاوني محمد بن سليمان الحسين أن الوثيقة تغطي نفقات العلاج",
            "لافتا إلى", "وبين الحسين أن المطالبات تقدم إلى الشركة خلال ستين يوما من تاريخ العلاج"};
        String[] groups = {"report:say", "report:say", "report:say"};
        String[] triggers = {"أكد", "لافتا", "وبين"};
        List<SourceEvent> events = new ArrayList<>();
        for (String article : new String[] {"a1", "a2"}) {
            for (int k = 0; k < told.length; k++) {
                events.add(in(article, k, told[k], triggers[k], groups[k]));
            }
        }
        // a third source copies the first mention only, and goes on with a statement of its own
        events.add(in("a3", 0, told[0], "أكد", "report:say"));
        events.add(in("a3", 1, "مشيرا إلى", "مشيرا", "report:say"));
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", 1000);
        EventSimilarity sim = new EventSimilarity(events, MergeRule.Weights.of(df), null, EventSimilarity.THRESHOLD);
        List<List<Integer>> clusters = ChronologyBuilder.cluster(events, sim); // scores the candidates
        assertThat(sim.copy(1, 4)).isFalse();
        assertThat(sim.copiedChain(1, 4)).isTrue();
        assertThat(sim.compatible(1, 4)).isTrue();
        assertThat(sim.score(1, 4)).isEqualTo(1.0);
        // one copied sentence is not a copied article: the third source's participle stays its own
        assertThat(sim.copiedChain(1, 7)).isFalse();
        assertThat(sim.score(1, 7)).isZero();
        assertThat(clusters).anySatisfy(c -> assertThat(c).contains(0, 1, 2, 3, 4, 5).doesNotContain(7));
    }

    @Test
    void aStatementToldAtLengthByANamedPersonIsShownFromAnArticleAboutTheQuery() {
        // an interview in a paragraph that does not name the query, in an article whose lead does
        List<SourceEvent> interview = List.of(
                event(0, 0, "وقال خالد بحاح في حوار مع قناة فضائية", "وقال", "report:say"),
                event(1, 60, "ووصف بحاح العمل الجماعي للتحالف", "ووصف", "report:describe"),
                event(2, 120, "وأوضح بحاح", "وأوضح", "report:say"));
        assertThat(ChronologyBuilder.toldAtLength(interview)).isTrue();
        assertThat(ChronologyBuilder.toldAtLength(interview.subList(0, 2))).as("two mentions").isFalse();
        // a body's statements, or sources', are not an interview
        assertThat(ChronologyBuilder.toldAtLength(List.of(
                event(0, 0, "وأثنى مجلس الوزراء على", "وأثنى", "report:praise"),
                event(1, 60, "ونوه مجلس الوزراء بالعلاقات", "ونوه", "report:say"),
                event(2, 120, "وشدد المجلس على أهمية", "وشدد", "report:say")))).isFalse();
        // nor is a happening told with a named person's statement
        assertThat(ChronologyBuilder.toldAtLength(List.of(interview.get(0), interview.get(1),
                event(2, 120, "وشن طيران التحالف غارات", "وشن", "happening:attack")))).isFalse();
    }

    @Test
    void aSpeakersNameInAppositionAfterHisRoleIsHisName() {
        // «أكد … رئيس الوزراء، خالد بحاح، أمس، أن …» and «وقال خالد بحاح في حوار»: one speaker
        SourceEvent role = event(0, 0, "من جهته أكد نائب رئيس الجمهورية رئيس الوزراء، خالد بحاح، أمس، أن محافظة عدن محررة",
                "أكد", "report:say");
        assertThat(EventSimilarity.speaker(role)).containsAll(ArabicTerms.of("خالد بحاح"));
        assertThat(EventSimilarity.namedPerson(role)).isTrue();
        int[] chain = ArticleChains.of(List.of(role,
                event(1, 300, "وقال خالد بحاح في حوار مع قناة فضائية", "وقال", "report:say")));
        assertThat(chain[1]).isEqualTo(chain[0]);
        // what follows the comma is no name: the speaker stays the role
        SourceEvent noName = event(0, 0, "وقال وزير الخارجية، في مؤتمر صحفي، إن المفاوضات مستمرة", "وقال", "report:say");
        assertThat(EventSimilarity.speaker(noName)).containsExactly(EventSimilarity.ROLE_ONLY);
    }

    @Test
    void aRolesPostBetweenTheRoleAndTheNameDoesNotEndTheSpeaker() {
        // «حذر السفير الأردني في لندن محمود الخطيب …» and «وأشاد الخطيب …»: one speaker
        SourceEvent role = event(0, 0, "حذر السفير الأردني في لندن محمود الخطيب من تصاعد التوتر", "حذر", "report:warn");
        assertThat(EventSimilarity.speaker(role)).containsAll(ArabicTerms.of("محمود الخطيب"));
        int[] chain = ArticleChains.of(List.of(role,
                event(1, 900, "وأشاد الخطيب بالتعاون بين البلدين", "وأشاد", "report:praise")));
        assertThat(chain[1]).isEqualTo(chain[0]);
        // no name after the place: «في» ends the speaker as before
        SourceEvent noName = event(0, 0, "وقال المتحدث في تصريح صحفي إن الوفد وصل", "وقال", "report:say");
        assertThat(EventSimilarity.speaker(noName)).containsExactly(EventSimilarity.ROLE_ONLY);
        SourceEvent named = event(0, 0, "وقال محمد العلي في مؤتمر صحفي محمود", "وقال", "report:say");
        assertThat(EventSimilarity.speaker(named)).doesNotContainAnyElementsOf(ArabicTerms.of("مؤتمر"));
    }

    @Test
    void anHonorificAfterARolesPostOpensTheSpeakersName() {
        // «رئيس المقاومة في محافظة … الشيخ …»: the post, then the honorific and the name
        SourceEvent role = event(0, 0, "ووصف قائد الشرطة في محافظة الجوف شمال المملكة اللواء فهد العنزي الحادث بأنه معزول",
                "ووصف", "report:describe");
        assertThat(EventSimilarity.speaker(role)).containsAll(ArabicTerms.of("العنزي"));
        int[] chain = ArticleChains.of(List.of(role,
                event(1, 900, "وأكد العنزي في تصريح أن التحقيق مستمر", "وأكد", "report:say")));
        assertThat(chain[1]).isEqualTo(chain[0]);
    }

    @Test
    void aListedReportVerbsPerfectThatBeginsLikeAnImperfectContinuesTheStatement() {
        // «وتابع» is «and he went on», not «you follow»; «يتابع» stays an imperfect
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "وأوضح الوزير خالد الفيصل", "وأوضح", "report:say"));
        events.add(event(1, 120, "وتابع", "وتابع", "report:say"));
        events.add(event(2, 240, "يتابع المجلس", "يتابع", "report:say"));
        assertThat(ArticleChains.imperfect(events.get(1))).isFalse();
        assertThat(ArticleChains.imperfect(events.get(2))).isTrue();
        int[] chain = ArticleChains.of(events);
        assertThat(chain[1]).isEqualTo(chain[0]);
    }

    @Test
    void theSameSourcesGoOnWithTheSourcesNamedLast() {
        // «وأضافت المصادر نفسها»: "the same" is no word of a name; it refers back to «مصادر مطلعة في الموصل»
        List<SourceEvent> events = new ArrayList<>();
        events.add(event(0, 0, "كشفت مصادر عراقية وسورية متطابقة عن", "كشفت", "report:say"));
        events.add(event(1, 40, "وتقول مصادر مطلعة في مدينة الموصل العراقية", "وتقول", "report:say"));
        events.add(event(2, 90, "إن «عملية الانقلاب التي", "عملية", null));
        events.add(event(3, 600, "وأضافت المصادر نفسها", "وأضافت", "report:say"));
        int[] chain = ArticleChains.of(events);
        assertThat(chain[3]).isEqualTo(chain[1]).isNotEqualTo(chain[0]);
    }
}
