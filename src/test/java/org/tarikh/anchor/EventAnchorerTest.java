package org.tarikh.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.ArabicSentenceAnnotator;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.Timex;

class EventAnchorerTest {

    private static final LocalDate DCT = LocalDate.of(2021, 4, 7);

    /** Builds expressions at the first occurrence of each phrase, so tests need no HeidelTime. */
    static TaggedText tagged(String text, String[]... phrases) {
        List<Timex> timexes = new ArrayList<>();
        int n = 0;
        for (String[] p : phrases) {
            int at = text.indexOf(p[0]);
            timexes.add(new Timex("t" + n++, at, at + p[0].length(), p[0], p[1], p[2], p.length > 3 ? p[3] : null, null, null,
                    p.length > 4 ? p[4] : null));
        }
        return new TaggedText(ArabicSentenceAnnotator.split(text), timexes);
    }

    static Event withTrigger(List<Event> events, String trigger) {
        return events.stream().filter(e -> e.trigger() != null && e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event triggered by " + trigger + " in " + describe(events)));
    }

    static String describe(List<Event> events) {
        StringBuilder b = new StringBuilder();
        for (Event e : events) {
            b.append("\n  [").append(e.text()).append("] trigger=").append(e.trigger() == null ? null : e.trigger().text())
                    .append(" anchor=").append(e.anchor() == null ? "DCT" : e.anchor().text()).append(' ')
                    .append(e.relation()).append(' ').append(e.kind());
        }
        return b.toString();
    }

    @Test
    void aHappeningIsDatedByTheExpressionOfItsClause() {
        String text = "افتتح الوزير المعرض الأربعاء في الرياض. ولم يحضر السفير.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الأربعاء", "DATE", "2021-04-07"}), DCT);
        Event open = withTrigger(events, "افتتح");
        assertThat(open.text()).isEqualTo("افتتح الوزير المعرض الأربعاء في الرياض.");
        assertThat(text.substring(open.begin(), open.end())).isEqualTo(open.text());
        assertThat(open.anchor().value()).isEqualTo("2021-04-07");
        assertThat(open.relation()).isEqualTo(DateRelation.ON);
        assertThat(open.kind()).isEqualTo(EventKind.HAPPENING);
    }

    @Test
    void aReportAndWhatItReportsAreTwoEventsEachWithItsOwnTime() {
        String text = "أعلنت الوزارة أواخر الشهر الماضي أن الجولة القادمة ستجري في 7 أبريل، وسط ترقب.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"أواخر الشهر الماضي", "DATE", "2021-03", "END"},
                new String[] {"7 أبريل", "DATE", "2021-04-07"}), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(
                "أعلنت الوزارة أواخر الشهر الماضي",
                "أن الجولة القادمة ستجري في 7 أبريل، وسط ترقب.");
        assertThat(events).extracting(e -> e.anchor().value()).containsExactly("2021-03", "2021-04-07");
        assertThat(events).extracting(Event::position).containsExactly(0, 1);
    }

    @Test
    void aReportedHappeningWithoutItsOwnTimeIsOnOrBeforeTheReport() {
        String text = "قال الوزير يوم الأحد إن الهجوم أسفر عن مقتل جنديين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم الأحد", "DATE", "2021-04-04"}), DCT);
        assertThat(withTrigger(events, "قال").anchor().text()).as(describe(events)).isEqualTo("يوم الأحد");
        Event attack = withTrigger(events, "الهجوم");
        assertThat(attack.anchor().text()).isEqualTo("يوم الأحد");
        assertThat(attack.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void whatAStatementReportsAfterAnEventNounOfItsClauseIsStillReported() {
        // «بعد اجتماعه بالوفد» inside the statement's clause: «أن …» is what was said, not part of the meeting
        String text = "وأكد الرئيس بعد اجتماعه بالوفد يوم الأحد أن الاتفاق قريب.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم الأحد", "DATE", "2021-04-04"}), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(
                "وأكد الرئيس بعد", "اجتماعه بالوفد يوم الأحد", "أن الاتفاق قريب.");
        Event reported = events.get(2);
        assertThat(reported.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        // a noun with a final hamza and a pronoun («لقائه») is the same event noun as «لقاء»
        String met = "وقال الوزير عقب لقائه السفير إن المشروع سيبدأ.";
        List<Event> after = EventAnchorer.anchor(met, tagged(met), DCT);
        assertThat(after).extracting(Event::text).as(describe(after)).containsExactly(
                "وقال الوزير", "عقب لقائه السفير", "إن المشروع سيبدأ.");
    }

    @Test
    void theWordAfterQadIsTheVerbOfItsClauseAfterItsSubject() {
        // a pluperfect with its subject first: «وكانت الشركة قد تعاقدت» is a happening, not a state or nothing
        String text = "وكانت الشركة قد تعاقدت مع المدرب يوم الأحد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم الأحد", "DATE", "2021-04-04"}), DCT);
        Event signed = withTrigger(events, "تعاقدت");
        assertThat(signed.kind()).as(describe(events)).isEqualTo(EventKind.HAPPENING);
        assertThat(signed.anchor().value()).isEqualTo("2021-04-04");
        // a noun after «قد» is not read as a verb
        String noun = "وكان الأمر قد المدرب.";
        assertThat(EventAnchorer.anchor(noun, tagged(noun), DCT)).extracting(e -> e.trigger().text())
                .doesNotContain("المدرب");
    }

    @Test
    void aDenialDoesNotTakeTheTimeOfTheMatchItMentions() {
        String text = "نفى المدرب أن يكون غاضباً من تعيين حكم أجنبي لمباراة الأربعاء المقبل.";
        List<Event> events = EventAnchorer.anchor(text,
                tagged(text, new String[] {"الأربعاء المقبل", "DATE", "2021-04-14"}), DCT);
        Event denial = withTrigger(events, "نفى");
        assertThat(denial.anchor()).as(describe(events)).isNull();
        assertThat(denial.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        assertThat(denial.interval().start().toLocalDate()).isEqualTo(DCT);
        assertThat(withTrigger(events, "لمباراة").anchor().value()).isEqualTo("2021-04-14");
    }

    @Test
    void aDepartureDoesNotTakeTheTimeOfAWhileClause() {
        String text = "غادر اللاعب إلى الرياض لظروف عائلية بينما يستعد فريقه لمباراة بعد غد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"بعد غد", "DATE", "2021-04-09"}), DCT);
        Event left = withTrigger(events, "غادر");
        assertThat(left.anchor()).as(describe(events)).isNull();
        assertThat(left.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void relativeAndPurposeClausesDateNothingElse() {
        String text = "وصل الوزير إلى المدينة التي شهدت تفجيرا أمس من أجل تفقد المصابين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        Event arrival = withTrigger(events, "وصل");
        assertThat(arrival.anchor()).as(describe(events)).isNull();
        assertThat(withTrigger(events, "شهدت").anchor().text()).isEqualTo("أمس");
    }

    @Test
    void severalHappeningsOfOneSentenceGiveSeveralEvents() {
        String text = "قتل خمسة مسلحين الخميس في اشتباك مع الجيش، واعتقلت الشرطة عشرة آخرين يوم الجمعة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"الخميس", "DATE", "2021-04-08"}, new String[] {"يوم الجمعة", "DATE", "2021-04-09"}), DCT);
        assertThat(withTrigger(events, "قتل").anchor().text()).as(describe(events)).isEqualTo("الخميس");
        assertThat(withTrigger(events, "واعتقلت").anchor().text()).isEqualTo("يوم الجمعة");
        // a happening without its own time does not borrow another happening's
        assertThat(withTrigger(events, "اشتباك").relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        // the spans partition the sentence
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).begin()).isGreaterThanOrEqualTo(events.get(i - 1).end());
        }
    }

    @Test
    void statesOpinionsAndPresentTenseAreNotHappenings() {
        String text = "تمر عبر القناة حالياً 8% من التجارة العالمية. ويرى الخبراء أن المشروع مهم.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"حالياً", "DATE", "PRESENT_REF"}), DCT);
        assertThat(withTrigger(events, "تمر").kind()).as(describe(events)).isEqualTo(EventKind.STATE);
        assertThat(withTrigger(events, "ويرى").kind()).isEqualTo(EventKind.OPINION);
    }

    @Test
    void numbersReadAsFarYearsAnchorNothing() {
        String text = "يبلغ عدد الجنود 2500 فرد. وافتتحت القناة عام 1869.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"2500", "DATE", "2500"}, new String[] {"عام 1869", "DATE", "1869"}), DCT);
        assertThat(events).as(describe(events)).noneMatch(e -> e.anchor() != null && e.anchor().value().equals("2500"));
        assertThat(withTrigger(events, "وافتتحت").anchor().value()).isEqualTo("1869");
    }

    @Test
    void durationsSetsAndUnplaceableValuesAnchorNothing() {
        String text = "استمرت المحادثات ثلاثة أيام. ويجتمعون يوميا. وفي يوم ما سيعودون.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"ثلاثة أيام", "DURATION", "P3D"},
                new String[] {"يوميا", "SET", "P1D"},
                new String[] {"يوم ما", "DATE", "XXXX-XX-XX"}), DCT);
        assertThat(events).noneMatch(e -> e.anchor() != null);
    }

    @Test
    void aLineOfDiacriticsAloneHasNoKeyAndBreaksNothing() {
        String text = "عنوان\nافتتح الوزير المعرض.\n\u064e\u0640 سمات\nسطر\nآخر";
        assertThat(Lines.key(text, text.indexOf('\u064e'))).isEqualTo("E|سمات");
        assertThat(Lines.key(text, 0)).isEqualTo("B|عنوان");
        assertThat(Lines.key(text, text.indexOf("افتتح"))).isNull();
    }

    @Test
    void aCoordinatedPerfectVerbTheListsLackIsAHappeningOfItsOwn() {
        String text = "سيطر الحوثيون على قاعدة العند في مارس 2015 وقبضوا على وزير الدفاع فيها.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"مارس 2015", "DATE", "2015-03"}), DCT);
        Event caught = withTrigger(events, "وقبضوا");
        assertThat(caught.text()).startsWith("وقبضوا على وزير الدفاع");
        assertThat(withTrigger(events, "سيطر").text()).isEqualTo("سيطر الحوثيون على قاعدة العند في مارس 2015");
    }

    @Test
    void aVerbWithItsObjectAfterARelativePronounIsAHappening() {
        String text = "انتقد الوزير الاتفاق الذي أبرمته إيران مع القوى الكبرى في فيينا.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "أبرمته").text()).startsWith("الذي أبرمته إيران");
    }

    @Test
    void aReportedClauseWithItsSubjectFirstHasItsOwnHappening() {
        String text = "كشف مصدر عسكري أن إسرائيل غيرت سياستها منذ شهر.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "غيرت").text()).isEqualTo("أن إسرائيل غيرت سياستها منذ شهر.");
        assertThat(withTrigger(events, "كشف").text()).isEqualTo("كشف مصدر عسكري");
    }

    @Test
    void aSamePeriodReferenceTakesTheLatestEarlierExpressionOfThatUnit() {
        String text = "سيطر الحوثيون على قاعدة العند في مارس 2015. وفي 10 أبريل غادر السفير. "
                + "وفي الشهر نفسه شنت مقاتلات التحالف غارات. وفي اليوم ذاته وصل الوزير.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"مارس 2015", "DATE", "2015-03"}, new String[] {"10 أبريل", "DATE", "2015-04-10"}), DCT);
        Event raids = withTrigger(events, "شنت");
        assertThat(raids.anchor().value()).isEqualTo("2015-03");
        assertThat(raids.relation()).isEqualTo(DateRelation.ON);
        Event arrival = withTrigger(events, "وصل");
        assertThat(arrival.anchor().value()).isEqualTo("2015-04-10");
        assertThat(arrival.relation()).isEqualTo(DateRelation.ON);
    }

    @Test
    void aSamePeriodReferenceWithoutAnEarlierExpressionOfItsUnitInheritsNothing() {
        String text = "غادر السفير في 10 أبريل. وفي العام نفسه وصل الوزير.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"10 أبريل", "DATE", "2015-04-10"}), DCT);
        Event arrival = withTrigger(events, "وصل");
        assertThat(arrival.anchor()).isNull();
        assertThat(arrival.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void anImperfectAfterWaHuwaHappensAtTheTimeOfTheEventBeforeIt() {
        String text = "قتل الجندي يوم أمس في قاعدة العند وهو يتصدى للمهاجمين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم أمس", "DATE", "2021-04-06"}), DCT);
        Event fighting = withTrigger(events, "يتصدى");
        assertThat(fighting.anchor().value()).isEqualTo("2021-04-06");
        assertThat(fighting.relation()).isEqualTo(DateRelation.ON);
        assertThat(fighting.kind()).isEqualTo(EventKind.HAPPENING);
    }

    @Test
    void aCoordinatedHappeningDoesNotShareTheTimeOfTheOneBeforeIt() {
        String text = "سيطر الحوثيون على قاعدة العند في مارس 2015 وقبضوا على وزير الدفاع فيها.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"مارس 2015", "DATE", "2015-03"}), DCT);
        assertThat(withTrigger(events, "وقبضوا").relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void aLinkLineIsNotAHappening() {
        String text = "افتتح الوزير المعرض الأربعاء.\nرابط الخبر بصحيفة الوئام: مسلسلات رمضان";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الأربعاء", "DATE", "2021-04-07"}), DCT);
        assertThat(events).extracting(Event::text).noneMatch(t -> t.contains("رابط"));
    }
    @Test
    void aTimeAdjunctAfterTheLastCommaDatesTheWholeChainOfHappenings() {
        String text = "قتل 9 أشخاص في انفجار سيارة مفخخة وأصيب 81 آخرون، السبت.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"السبت", "DATE", "2021-04-03"}), DCT);
        assertThat(withTrigger(events, "قتل").anchor()).as(describe(events)).isNotNull();
        assertThat(withTrigger(events, "قتل").anchor().value()).isEqualTo("2021-04-03");
        assertThat(withTrigger(events, "وأصيب").anchor().value()).isEqualTo("2021-04-03");
    }

    @Test
    void aTimeInsideTheLastClauseDatesThatClauseOnly() {
        String text = "قتل 9 أشخاص في انفجار سيارة مفخخة، وأصيب 81 آخرون في هجوم آخر السبت.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"السبت", "DATE", "2021-04-03"}), DCT);
        assertThat(withTrigger(events, "قتل").anchor()).as(describe(events)).isNull();
    }

    @Test
    void qadBeforeAVerbOpensAHappeningOfItsOwn() {
        String text = "وقال القائد إن الجيش والمقاومة داخل مطار القاعدة وقد دخل الجيش القاعدة من جميع الاتجاهات.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "دخل").text()).as(describe(events)).isEqualTo("وقد دخل الجيش القاعدة من جميع الاتجاهات.");
        assertThat(events).as(describe(events)).noneMatch(e -> e.text().contains("داخل") && e.text().contains("دخل الجيش"));
    }

    @Test
    void aParticipleAfterANounIsAHappeningOfItsOwnWithoutTheClauseTime() {
        String text = "تبنى مجلس الأمن أمس قرارا يصادق على الاتفاق النووي المبرم بين إيران والقوى الكبرى.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        Event concluded = withTrigger(events, "المبرم");
        assertThat(concluded.text()).as(describe(events)).isEqualTo("المبرم بين إيران والقوى الكبرى.");
        assertThat(concluded.anchor()).isNull();
        assertThat(concluded.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        assertThat(withTrigger(events, "تبنى").anchor().text()).isEqualTo("أمس");
    }

    @Test
    void aConclusionAfterMundhIsAnEventNounOfItsOwn() {
        String text = "وصل الوزير إلى طهران ليصبح أول مسؤول يزور إيران منذ إبرام الاتفاق.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "إبرام").text()).as(describe(events)).isEqualTo("إبرام الاتفاق.");
    }

    @Test
    void theNounPhraseBeforeASentencesFirstRelativeClauseIsNotItsHappening() {
        String text = "هذه العبارات كانت آخر رسائل الشهيد الذي استشهد يوم أمس في قاعدة العند.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم أمس", "DATE", "2021-04-06"}), DCT);
        Event killed = withTrigger(events, "استشهد");
        assertThat(killed.text()).as(describe(events)).isEqualTo("الذي استشهد يوم أمس في قاعدة العند.");
        assertThat(killed.anchor().text()).isEqualTo("يوم أمس");
        Event head = events.get(0);
        assertThat(head.text()).isEqualTo("هذه العبارات كانت آخر رسائل الشهيد");
        assertThat(head.trigger()).isNull();
        assertThat(head.kind()).isEqualTo(EventKind.STATE);
        assertThat(head.anchor()).isNull();
        assertThat(head.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void baniInANameAndWaHumAreNotVerbs() {
        String text = "استهدف التفجير ناحية بني سعد الجمعة. وشارك المقاتلون في الهجوم وهم يتوجهون إلى الضالع.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الجمعة", "DATE", "2021-04-02"}), DCT);
        assertThat(events).extracting(e -> e.trigger() == null ? "" : e.trigger().text()).as(describe(events))
                .doesNotContain("بني", "وهم");
        assertThat(withTrigger(events, "استهدف").anchor().text()).isEqualTo("الجمعة");
    }

    @Test
    void aTimeInsideAQuotationDoesNotDateTheStatement() {
        String text = "وتابع «من يقود العملية السياسية في اليمن اليوم جيل جديد». وقالت مصادر لـ«الشرق الأوسط» أمس إن الوضع هادئ.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"اليوم", "DATE", "2021-04-07"}, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        Event went = withTrigger(events, "وتابع");
        assertThat(went.anchor()).as(describe(events)).isNull();
        assertThat(went.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        assertThat(withTrigger(events, "وقالت").anchor().text()).isEqualTo("أمس");
    }

    @Test
    void aTimeAdjunctBeforeACauseClauseDatesTheChainBeforeIt() {
        String text = "قتل 9 أشخاص بينهم 5 مدنيين وأصيب 81 آخرون، السبت إثر سلسلة انفجارات لألغام أرضية في عدن.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"السبت", "DATE", "2021-04-03"}), DCT);
        assertThat(withTrigger(events, "قتل").anchor()).as(describe(events)).isNotNull();
        assertThat(withTrigger(events, "قتل").anchor().value()).isEqualTo("2021-04-03");
        assertThat(withTrigger(events, "انفجارات").anchor()).isNull();
    }

    @Test
    void aHappeningTakesTheDayOfTheEventNounItHappenedIn() {
        String text = "وقتل ضابطا شرطة في هجوم استهدفهما بمدينة شانلي أورفا امس. واعتقل المتورطين بالتفجير الذي وقع الجمعة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"امس", "DATE", "2021-04-06"}, new String[] {"الجمعة", "DATE", "2021-04-02"}), DCT);
        Event killed = withTrigger(events, "وقتل");
        assertThat(killed.anchor()).as(describe(events)).isNotNull();
        assertThat(killed.anchor().text()).isEqualTo("امس");
        assertThat(killed.relation()).isEqualTo(DateRelation.ON);
        assertThat(withTrigger(events, "واعتقل").anchor()).isNull();
    }

    @Test
    void anEventNounDoesNotTakeTheTimeOfAnotherEventNounInItsClause() {
        String text = "وقال الوزير إن مباحثاته في جدة ركزت على تعزيز العلاقات بعد التزامات قطعتها الدول خلال قمة في مايو.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"مايو", "DATE", "2021-05"}), DCT);
        assertThat(withTrigger(events, "مباحثاته").anchor()).as(describe(events)).isNull();
        assertThat(withTrigger(events, "قمة").anchor().text()).isEqualTo("مايو");
    }

    @Test
    void aDecisionToTakeAndADefeatAfterAnotherHappeningAreEventsOfTheirOwn() {
        String text = "وحصل الكونغرس على نسخة من الاتفاق أول من أمس وأمامه 60 يوما لاتخاذ قرار بشأنه. "
                + "ويرى مراقبون أن سقوط القاعدة يعني نهاية الحرب بعد هزيمتهم في عدن.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أول من أمس", "DATE", "2021-04-05"}), DCT);
        Event decision = events.stream().filter(e -> e.text().contains("قرار")).findFirst().orElseThrow();
        assertThat(decision.text()).as(describe(events)).isEqualTo("لاتخاذ قرار بشأنه.");
        assertThat(decision.anchor()).isNull();
        assertThat(withTrigger(events, "وحصل").anchor().text()).isEqualTo("أول من أمس");
        assertThat(withTrigger(events, "هزيمتهم").text()).isEqualTo("هزيمتهم في عدن.");
    }

    @Test
    void aThreeLetterVerbAfterARelativePronounIsAHappeningOfItsOwn() {
        String text = "كشفت مصادر عن فرار قائد القاعدة العميد الصيادي، الذي عين قبل عدة أيام قائدا للقاعدة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "عين").text()).as(describe(events)).isEqualTo("الذي عين قبل عدة أيام قائدا للقاعدة.");
    }

    @Test
    void aNounReportedAfterACommaInheritsTheStatementTime() {
        String text = "من جهة ثانية، أعلن مسؤول تركي امس، عن مقتل ضابطي شرطة في مدينة شانلي أورفا.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"امس", "DATE", "2021-04-06"}), DCT);
        Event killed = withTrigger(events, "مقتل");
        assertThat(killed.anchor()).as(describe(events)).isNotNull();
        assertThat(killed.anchor().text()).isEqualTo("امس");
        assertThat(killed.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void aHamzaVerbAfterARelativePronounIsAHappeningWithItsTime() {
        String text = "وقال الوزير إن الخطاب الذي ألقاه خامنئي يوم السبت مزعج للغاية.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم السبت", "DATE", "2021-04-03"}), DCT);
        assertThat(withTrigger(events, "ألقاه").anchor().text()).as(describe(events)).isEqualTo("يوم السبت");
        assertThat(withTrigger(events, "وقال").anchor()).isNull();
    }

    @Test
    void whatAFightResultedInIsAnEventOfItsOwn() {
        String text = "دارت اشتباكات عنيفة مساء السبت في صبر ما أسفر عن سقوط عدد من القتلى.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"مساء السبت", "DATE", "2021-04-03TEV"}), DCT);
        Event result = withTrigger(events, "أسفر");
        assertThat(result.text()).as(describe(events)).isEqualTo("أسفر عن سقوط عدد من القتلى.");
        assertThat(result.anchor()).isNull();
        assertThat(events.get(0).anchor().text()).isEqualTo("مساء السبت");
    }

    @Test
    void aRelativeClauseAfterAnEventNounTellsThatHappeningAndDatesIt() {
        String text = "أعلنت الشرطة أمس اعتقال المتورطين بالتفجير الذي استهدف السوق الجمعة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"أمس", "DATE", "2021-04-06"}, new String[] {"الجمعة", "DATE", "2021-04-02"}), DCT);
        Event bombing = withTrigger(events, "بالتفجير");
        assertThat(bombing.text()).as(describe(events)).isEqualTo("بالتفجير الذي استهدف السوق الجمعة.");
        assertThat(bombing.anchor().text()).isEqualTo("الجمعة");
        assertThat(bombing.relation()).isEqualTo(DateRelation.ON);
        assertThat(events).extracting(e -> e.trigger() == null ? "" : e.trigger().text()).doesNotContain("استهدف");
        assertThat(withTrigger(events, "اعتقال").relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        assertThat(withTrigger(events, "اعتقال").anchor().text()).isEqualTo("أمس");
    }

    @Test
    void aRelativeClauseAfterAnotherNounOrTellingAStatementStaysApart() {
        String text = "قتل جنديان في الهجوم على المعسكر الذي أنشئ عام 2010. وأشاد الوزير بالضربة الأمنية التي كشفت الخلية أمس.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"عام 2010", "DATE", "2010"}, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(withTrigger(events, "الهجوم").anchor()).as(describe(events)).isNull();
        assertThat(withTrigger(events, "كشفت").anchor().text()).isEqualTo("أمس");
        assertThat(withTrigger(events, "بالضربة").anchor()).isNull();
    }

    @Test
    void aMasculineRelativePronounDoesNotTellAFeminineEventNoun() {
        String text = "نفى المتحدث خبر الزيارة الذي انتشر الأحد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الأحد", "DATE", "2021-04-04"}), DCT);
        assertThat(withTrigger(events, "الزيارة").anchor()).as(describe(events)).isNull();
        assertThat(withTrigger(events, "انتشر").anchor().text()).isEqualTo("الأحد");
    }

    @Test
    void aSupportVerbInASentencesFirstRelativeClauseTellsItsHeadAndDatesTheMainClause() {
        String text = "خلال الدورة الثالثة من الحوار الثنائي التي انطلقت الأربعاء افتراضياً، وافقت الحكومة على سحب القوات.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الأربعاء", "DATE", "2021-04-07"}), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(
                "خلال الدورة الثالثة من الحوار الثنائي التي انطلقت الأربعاء افتراضياً",
                "وافقت الحكومة على سحب القوات.");
        assertThat(events.get(0).kind()).isEqualTo(EventKind.HAPPENING);
        assertThat(events.get(0).anchor().text()).isEqualTo("الأربعاء");
        Event agreed = withTrigger(events, "وافقت");
        assertThat(agreed.anchor().text()).isEqualTo("الأربعاء");
        assertThat(agreed.relation()).isEqualTo(DateRelation.ON);
    }

    @Test
    void aFrontedEventNounWithItsDayDatesTheClauseAfterIt() {
        String text = "وخلال زيارته للرياض أمس، التقى الوزير نظيره السعودي. وبعد عودته من الرياض الخميس، التقى الوزير رئيس الحكومة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"أمس", "DATE", "2021-04-06"}, new String[] {"الخميس", "DATE", "2021-04-01"}), DCT);
        Event met = events.stream().filter(e -> e.text().startsWith("التقى الوزير نظيره")).findFirst().orElseThrow();
        assertThat(met.anchor()).as(describe(events)).isNotNull();
        assertThat(met.anchor().text()).isEqualTo("أمس");
        assertThat(met.relation()).isEqualTo(DateRelation.ON);
        Event later = events.stream().filter(e -> e.text().startsWith("التقى الوزير رئيس")).findFirst().orElseThrow();
        assertThat(later.anchor()).isNull();
    }

    @Test
    void aStatementMadeDuringADatedMeetingTakesTheMeetingsDay() {
        String text = "وأكد الوزير خلال اجتماعه بنظيره الفرنسي في باريس أمس أن المفاوضات مستمرة. وأكد السفير بعد اجتماعه بالوزير الأحد أن العلاقات جيدة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"أمس", "DATE", "2021-04-06"}, new String[] {"الأحد", "DATE", "2021-04-04"}), DCT);
        Event said = withTrigger(events, "وأكد");
        assertThat(said.anchor()).as(describe(events)).isNotNull();
        assertThat(said.anchor().text()).isEqualTo("أمس");
        assertThat(said.relation()).isEqualTo(DateRelation.ON);
        assertThat(said.text()).isEqualTo("وأكد الوزير خلال");
        Event after = events.stream().filter(e -> e.text().startsWith("وأكد السفير")).findFirst().orElseThrow();
        assertThat(after.relation()).as(describe(events)).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void aHalfIsNoVerb() {
        String text = "غيرت الشركة، منذ عام ونصف، سياستها.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger() == null ? "" : e.trigger().text()).as(describe(events))
                .doesNotContain("ونصف");
    }

    @Test
    void aPlannedVisitTakesTheTimeOfTheMeetingCoordinatedWithIt() {
        String text = "وقال الوزير إن الملك سيزور باريس ويلتقي الرئيس الفرنسي في سبتمبر. غادر الوفد الرياض ويصل إلى باريس الأحد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"في سبتمبر", "DATE", "2021-09"},
                new String[] {"الأحد", "DATE", "2021-04-11"}), DCT);
        Event visit = withTrigger(events, "سيزور");
        assertThat(visit.anchor()).as(describe(events)).isNotNull();
        assertThat(visit.anchor().text()).isEqualTo("في سبتمبر");
        assertThat(visit.relation()).isEqualTo(DateRelation.ON);
        assertThat(withTrigger(events, "غادر").anchor()).isNull();
    }

    @Test
    void sonOfInANameIsNoVerbAndAWithinSessionTellsItsDay() {
        String text = "جاء ذلك ضمن الجلسة التي عقدها المجلس برئاسة الأمير سعد بن فهد بن عبد العزيز، في قصر الحكم أمس.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(events).as(describe(events)).noneMatch(e -> e.trigger() != null && e.trigger().text().equals("بن"));
        assertThat(events).noneMatch(e -> e.trigger() != null && e.trigger().text().equals("ضمن"));
        Event session = withTrigger(events, "الجلسة");
        assertThat(session.anchor()).as(describe(events)).isNotNull();
        assertThat(session.anchor().text()).isEqualTo("أمس");
        Event came = withTrigger(events, "جاء");
        assertThat(came.anchor()).as(describe(events)).isNotNull();
        assertThat(came.relation()).isEqualTo(DateRelation.ON);
    }

    @Test
    void anExpressionAfterUntilDatesNoHappening() {
        String text = "وأكد المدير أن قرار تأجيل المهرجان حتى العام المقبل جاء بالإجماع.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"حتى العام المقبل", "DATE", "2022"}), DCT);
        Event decision = withTrigger(events, "قرار");
        assertThat(decision.anchor()).as(describe(events)).isNull();
        assertThat(decision.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void praiseAndItsParticiplesAreStatements() {
        // «وأثنى مجلس الوزراء … مثمنًا …»: statements of the council, so that its chain joins them
        String text = "وأثنى مجلس الوزراء على الهدنة الإنسانية، مثمنًا توجيهات الملك، مناشدًا المجتمع الدولي التدخل.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "وأثنى").group()).as(describe(events)).isEqualTo("report:praise");
        assertThat(withTrigger(events, "مثمنًا").group()).isEqualTo("report:praise");
        assertThat(withTrigger(events, "مناشدًا").group()).isEqualTo("report:demand");
    }

    @Test
    void bayyanaBeforeASpeakerAndThatIsAStatementElseBetween() {
        // «وبين الحسين، أنه …»: he made clear that; «وبين الرياض وواشنطن …»: and between
        String text = "وبين الحسين، أنه ينبغي على المؤمن له تقديم المطالبة إلى الشركة. وبين المصدر أن الاتحاد سيعتذر عن استضافة البطولة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events.stream().filter(e -> e.trigger() != null && e.trigger().text().equals("وبين")))
                .as(describe(events)).hasSize(2).allMatch(e -> "report:say".equals(e.group()));
        String between = "وبين الرياض وواشنطن أن تتفقا طريق طويل. وبين أن نبدأ وننتهي وقت قصير.";
        List<Event> none = EventAnchorer.anchor(between, tagged(between), DCT);
        assertThat(none).as(describe(none)).noneMatch(e -> e.trigger() != null && e.trigger().text().equals("وبين"));
    }

    @Test
    void aCabinetRenewingItsCondemnationSpeaksAndATruceIsAnEventOfItsOwn() {
        String text = "جدد مجلس الوزراء السعودي إدانة بلاده للاعتداءات. وأثنى مجلس الوزراء على الهدنة الإنسانية في اليمن.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "جدد").group()).as(describe(events)).isEqualTo("report:say");
        assertThat(withTrigger(events, "الهدنة").group()).isEqualTo("happening:truce");
    }

    @Test
    void anExpressionAfterSinceInAComparisonDatesNoHappening() {
        // «للمرة الأولى منذ يناير»: the fall is now, January is what it is compared with
        String text = "هبط مزيج برنت عن 50 دولارا للبرميل للمرة الأولى منذ يناير كانون الثاني. وهبط الخام الأمريكي منذ يوم السبت.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يناير كانون الثاني", "DATE", "2021-01"},
                new String[] {"يوم السبت", "DATE", "2021-04-03"}), DCT);
        Event fell = events.get(0);
        assertThat(fell.anchor()).as(describe(events)).isNull();
        assertThat(fell.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        // without a comparison before «منذ», the expression dates its happening
        assertThat(events.get(1).anchor().text()).as(describe(events)).isEqualTo("يوم السبت");
        assertThat(EventAnchorer.sinceComparison("أدنى مستوى منذ 2009", new Timex("t", 15, 19, "2009", "DATE", "2009",
                null, null, null, null), TriggerLexicon.DEFAULT)).isTrue();
    }

    @Test
    void aFrontedAfterPhraseDatesTheClauseAfterItNotTheOneBefore() {
        // «، وبعد أحداث 11 سبتمبر أصبحت …»: the battles are 1994's, not the attacks' day
        String text = "وشهدت المدينة أهم المعارك خلال حرب 1994 الأهلية، وبعد أحداث 11 سبتمبر أصبحت مركزا للقيادة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"1994", "DATE", "1994"},
                new String[] {"11 سبتمبر", "DATE", "2001-09-11"}), DCT);
        assertThat(events.get(0).anchor()).as(describe(events)).isNotNull();
        assertThat(events.get(0).anchor().value()).as(describe(events)).isEqualTo("1994");
        // the phrase's time dates the happening told after it
        String after = "ووصل الوفد إلى الرياض، وبعد التحقيق أمس اعترفت الأم بالحادث.";
        List<Event> told = EventAnchorer.anchor(after, tagged(after, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(withTrigger(told, "اعترفت").anchor()).as(describe(told)).isNotNull();
        assertThat(withTrigger(told, "ووصل").anchor()).as(describe(told)).isNull();
    }

    @Test
    void theDayAnAnniversaryRemembersDatesOnlyTheHappeningItNames() {
        // «احتفالاً بذكرى ثورة 23 يوليو»: the celebration is this year's; the revolution keeps its day
        String text = "وأقامت السفارة حفلا بذكرى ثورة 23 يوليو في العاصمة. وأعلنت الوزارة في 23 يوليو فتح التسجيل.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"23 يوليو", "DATE", "1952-07-23"}), DCT);
        Event party = withTrigger(events, "وأقامت");
        assertThat(party.anchor()).as(describe(events)).isNull();
        assertThat(party.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        String revolution = "واندلعت ثورة 23 يوليو في مصر.";
        List<Event> named = EventAnchorer.anchor(revolution, tagged(revolution, new String[] {"23 يوليو", "DATE", "1952-07-23"}), DCT);
        assertThat(named.get(0).anchor()).as(describe(named)).isNotNull();
        assertThat(named.get(0).anchor().value()).isEqualTo("1952-07-23");
        // the same day without the anniversary word dates the happening
        assertThat(EventAnchorer.anniversary("حفلا بذكرى ثورة 23 يوليو", new Timex("t", 16, 24, "23 يوليو", "DATE",
                "1952-07-23", null, null, null, null), 0, DCT, TriggerLexicon.DEFAULT)).isTrue();
        assertThat(EventAnchorer.anniversary("حفلا بذكرى ثورة 23 يوليو", new Timex("t", 16, 24, "23 يوليو", "DATE",
                "1952-07-23", null, null, null, null), 11, DCT, TriggerLexicon.DEFAULT)).isFalse();
        // read in the publication's year, it is the anniversary day itself
        assertThat(EventAnchorer.anniversary("حفلا بذكرى ثورة 23 يوليو", new Timex("t", 16, 24, "23 يوليو", "DATE",
                "2021-07-23", null, null, null, null), 0, DCT, TriggerLexicon.DEFAULT)).isFalse();
    }

    @Test
    void aPerfectVerbIsNotDatedByNowOrLater() {
        String text = "غير أن الدول الكبرى أعلنت منذ الآن نيتها التمديد. وافق المجلس على خطة للمرحلة القادمة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الآن", "DATE", "PRESENT_REF"},
                new String[] {"المرحلة القادمة", "DATE", "FUTURE_REF"}), DCT);
        Event announced = withTrigger(events, "أعلنت");
        assertThat(announced.anchor()).as(describe(events)).isNull();
        assertThat(announced.kind()).isEqualTo(EventKind.HAPPENING);
        assertThat(withTrigger(events, "وافق").anchor()).isNull();
    }

    @Test
    void aStatementParticipleGoesOnWithTheSentencesFirstStatement() {
        String text = "رفض رئيس الاتحاد تأكيد أو نفي رغبة بلاده في تنظيم البطولة أواخر العام المقبل، مشيرا إلى أن الأمر يحتاج إلى مشاورات. "
                + "وتوقع الخبير خلال حديثه أمس، استمرار الركود حتى الشتاء، مستبعدا أي انتعاش قريب.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أواخر العام المقبل", "DATE", "2022", "END"},
                new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        Event pointing = withTrigger(events, "مشيرا");
        assertThat(pointing.anchor()).as(describe(events)).isNull();
        assertThat(pointing.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        Event ruling = withTrigger(events, "مستبعدا");
        assertThat(ruling.anchor()).as(describe(events)).isNotNull();
        assertThat(ruling.anchor().text()).isEqualTo("أمس");
        assertThat(ruling.relation()).isEqualTo(DateRelation.ON);
    }

    @Test
    void aFrontedByPhraseDatesTheVerbAfterItNotTheClauseBefore() {
        // «وبحلول الساعة …» is no verb of its own: the verb after it happened by that time
        String text = "وبحلول الساعة 1100 بتوقيت جرينتش تراجع خام برنت 35 سنتا. "
                + "وقالت السلطات إن حريقا اندلع يوم الثلاثاء، وبحلول صباح الأربعاء، كان قد أتى على 4000 هكتار.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الساعة 1100", "TIME", "2021-04-07T11:00"},
                new String[] {"يوم الثلاثاء", "DATE", "2021-04-06"}, new String[] {"صباح الأربعاء", "TIME", "2021-04-07TMO"}), DCT);
        assertThat(events).as(describe(events)).noneMatch(e -> e.trigger() != null && e.trigger().text().equals("وبحلول"));
        assertThat(withTrigger(events, "تراجع").anchor().text()).as(describe(events)).isEqualTo("الساعة 1100");
        assertThat(withTrigger(events, "حريقا").anchor().text()).as(describe(events)).isEqualTo("يوم الثلاثاء");
    }

    @Test
    void aWordOfATimeExpressionIsNoTrigger() {
        // «فجر» (dawn) is also the verb 'blew up', «الجلسة» a meeting: inside an expression they name a time
        String text = "وسيعود الفريق إلى جدة فجر السبت. "
                + "ارتفعت أسعار النفط يوم الثلاثاء بعد هبوطها بنسبة 5 بالمئة في الجلسة السابقة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"فجر السبت", "TIME", "2021-04-10TMO"},
                new String[] {"يوم الثلاثاء", "DATE", "2021-04-06"}, new String[] {"الجلسة السابقة", "DATE", "2021-04-05"}), DCT);
        assertThat(events).as(describe(events)).noneMatch(e -> e.trigger() != null
                && (e.trigger().text().equals("فجر") || e.trigger().text().equals("الجلسة")));
        assertThat(withTrigger(events, "وسيعود").anchor().text()).as(describe(events)).isEqualTo("فجر السبت");
        assertThat(withTrigger(events, "هبوطها").anchor().text()).as(describe(events)).isEqualTo("الجلسة السابقة");
    }

    @Test
    void aParallelContrastClauseOfTheSameActionHappenedAtTheSameTime() {
        String text = "وارتفعت عقود برنت 35 سنتا بحلول الساعة 0150 بتوقيت جرينتش، في حين زادت عقود الخام الأمريكي 33 سنتا. "
                + "وفاز الفريق الأول الأحد، في حين استقال مدرب الفريق الثاني.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الساعة 0150", "TIME", "2021-04-07T01:50"},
                new String[] {"الأحد", "DATE", "2021-04-04"}), DCT);
        Event wti = withTrigger(events, "زادت");
        assertThat(wti.anchor()).as(describe(events)).isNotNull();
        assertThat(wti.anchor().text()).isEqualTo("الساعة 0150");
        assertThat(wti.relation()).isEqualTo(DateRelation.ON);
        assertThat(withTrigger(events, "استقال").anchor()).as(describe(events)).isNull();
    }

    @Test
    void aClauseMarkerInsideParenthesesOpensNoClause() {
        String text = "وقال بنك (إيه إن زد) في مذكرة يوم الثلاثاء إن الأسعار قريبة من أدنى مستوى.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم الثلاثاء", "DATE", "2021-04-06"}), DCT);
        Event said = withTrigger(events, "وقال");
        assertThat(said.anchor()).as(describe(events)).isNotNull();
        assertThat(said.anchor().text()).isEqualTo("يوم الثلاثاء");
    }

    @Test
    void afterWhatFollowsBaadamaIsAHappeningOfItsOwn() {
        String text = "ارتفع النفط اليوم بعدما لامس أدنى مستوياته في الجلسة السابقة. ومع وصول الإنتاج إلى مستوى قياسي هوت الأسعار يوم الاثنين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"اليوم", "DATE", "2021-04-07"},
                new String[] {"يوم الاثنين", "DATE", "2021-04-05"}), DCT);
        assertThat(withTrigger(events, "ارتفع").text()).as(describe(events)).doesNotContain("لامس");
        assertThat(withTrigger(events, "لامس").anchor()).isNull();
        assertThat(events).noneMatch(e -> e.trigger() != null && e.trigger().text().equals("ومع"));
        assertThat(withTrigger(events, "هوت").anchor().text()).isEqualTo("يوم الاثنين");
    }

    @Test
    void wentOnToSayIsAStatementOnlyBeforeASpeakerAndHisWords() {
        String text = "ومضى الوزير بالقول إن الطريق سيفتح قريبا. ومضى عام على افتتاح الطريق.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "ومضى").group()).as(describe(events)).isEqualTo("report:say");
        assertThat(events.stream().filter(e -> e.trigger() != null && e.trigger().text().equals("ومضى")).count())
                .as(describe(events)).isEqualTo(1);
    }

    @Test
    void offeringThanksIsAStatementNotAnAdvance() {
        String text = "وتقدم المدير بالشكر للمتطوعين على جهودهم. وتقدمت الهيئة في بيان صحفي بأحر التعازي لأسرة الفقيد. وتقدم الجيش نحو المدينة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events.stream().filter(e -> e.trigger() != null && e.trigger().text().startsWith("وتقدم"))
                .map(Event::group)).as(describe(events))
                .containsExactly("report:express", "report:express", "happening:capture");
    }

    @Test
    void spokeIsAStatementNotAPresentTenseState() {
        String text = "وتحدثت المصادر عن خلافات داخل الحزب.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        Event spoke = withTrigger(events, "وتحدثت");
        assertThat(spoke.group()).as(describe(events)).isEqualTo("report:say");
        assertThat(spoke.kind()).isEqualTo(EventKind.HAPPENING);
    }

    @Test
    void anInjuryCoordinatedWithADeathIsAHappening() {
        String text = "هاجم مسلحون القرية مما أدى إلى مقتل طفل يبلغ من العمر عامين، وإصابة بقية أفراد عائلته بجروح.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "وإصابة").kind()).as(describe(events)).isEqualTo(EventKind.HAPPENING);
    }

    @Test
    void adoptingAResolutionIsTheVote() {
        String text = "تبنى مجلس الأمن أمس قرارا بالإجماع. وصوت الأعضاء برفع الأيدي.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(withTrigger(events, "تبنى").group()).as(describe(events)).isEqualTo("happening:approve");
        assertThat(withTrigger(events, "وصوت").group()).isEqualTo("happening:approve");
    }

    @Test
    void theTimeAComparisonIsMadeWithDoesNotDateTheHappening() {
        String text = "وانخفضت إيرادات الشركة بنسبة 23% بالمقارنة مع الفترة المقابلة من العام الماضي. وارتفعت الأرباح العام الماضي بنسبة 5%.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"العام الماضي", "DATE", "2020"},
                new String[] {"العام الماضي بنسبة", "DATE", "2020"}), DCT);
        assertThat(withTrigger(events, "وانخفضت").anchor()).as(describe(events)).isNull();
        assertThat(withTrigger(events, "وارتفعت").anchor().value()).isEqualTo("2020");
    }

    @Test
    void aFutureVerbAfterATwoWordSubjectIsTheReportedHappening() {
        String text = "وذكر المتحدث أن الفريق الأول سيسافر في نهاية الشهر المقبل إلى القاهرة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"نهاية الشهر المقبل", "DATE", "2021-05", "END"}), DCT);
        Event travel = withTrigger(events, "سيسافر");
        assertThat(travel.anchor().value()).as(describe(events)).isEqualTo("2021-05");
        assertThat(travel.relation()).isEqualTo(DateRelation.ON);
        assertThat(withTrigger(events, "وذكر").anchor()).isNull();
    }

    @Test
    void aFutureInAnOpinionsContentIsTheOpinionsPredictionNotAHappening() {
        String text = "ويرى المحللون أن الوضع سيتحسن في العام المقبل.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"العام المقبل", "DATE", "2022", null}), DCT);
        assertThat(events).as(describe(events)).noneMatch(e -> e.trigger() != null && e.trigger().text().equals("سيتحسن"));
    }

    @Test
    void aNounAfterAFuturePrefixIsNoVerb() {
        assertThat(TriggerLexicon.DEFAULT.futureAfterSubject("سياره")).isNull();
        assertThat(TriggerLexicon.DEFAULT.futureAfterSubject("سنوات")).isNull();
        assertThat(TriggerLexicon.DEFAULT.futureAfterSubject("سيعتذر")).isNotNull();
    }

    @Test
    void aResultToldWithLiBeforeBecomeDoesNotTakeTheTimeBeforeIt() {
        String text = "ووصل الوزير، نائب رئيس الحكومة، إلى الرياض أمس ليصبح أول مسؤول يزور المملكة منذ سنوات.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        Event arrive = withTrigger(events, "ووصل");
        assertThat(arrive.anchor()).as(describe(events)).isNotNull();
        assertThat(arrive.anchor().value()).isEqualTo("2021-04-06");
    }

    @Test
    void aCopularRelativeClauseDatesTheEventNounItDescribes() {
        String text = "أجلت اللجنة قرارها إلى ما بعد تصويت المجلس الذي كان مقررا مساء الاثنين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"مساء الاثنين", "TIME", "2021-04-05TEV"}), DCT);
        Event vote = withTrigger(events, "تصويت");
        assertThat(vote.anchor()).as(describe(events)).isNotNull();
        assertThat(vote.anchor().value()).isEqualTo("2021-04-05TEV");
        assertThat(vote.relation()).isEqualTo(DateRelation.ON);
        assertThat(withTrigger(events, "أجلت").anchor()).isNull(); // the postponement is not Monday evening
    }

    @Test
    void aCopularRelativeClauseAfterAPersonDatesNothing() {
        String text = "التقى الوزير السفير الذي كان في الرياض مساء الاثنين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"مساء الاثنين", "TIME", "2021-04-05TEV"}), DCT);
        Event meet = withTrigger(events, "التقى");
        assertThat(meet.anchor()).as(describe(events)).isNull();
        assertThat(meet.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
    }

    @Test
    void aDecadeOfSomeonesAgeIsNoTime() {
        String text = "وقالت الشرطة إن الرجل وهو في الأربعينات من عمره أصيب بجروح.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الأربعينات", "DATE", "194"}), DCT);
        Event hurt = withTrigger(events, "أصيب");
        assertThat(hurt.anchor()).as(describe(events)).isNull();
        assertThat(hurt.relation()).isEqualTo(DateRelation.ON_OR_BEFORE);
        String decade = "هاجر الشاعر إلى القاهرة في الأربعينات من القرن الماضي.";
        List<Event> then = EventAnchorer.anchor(decade, tagged(decade, new String[] {"الأربعينات", "DATE", "194"}), DCT);
        assertThat(withTrigger(then, "هاجر").anchor().value()).as(describe(then)).isEqualTo("194");
    }

    @Test
    void aRepeatedEventNounAfterWaIsASecondHappeningOfItsOwn() {
        String text = "وتبحث الشرطة عن صلة بين الانفجار في السوق والانفجار الذي استهدف المحطة في 3 مارس.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"3 مارس", "DATE", "2021-03-03"}), DCT);
        Event second = withTrigger(events, "والانفجار");
        assertThat(second.anchor()).as(describe(events)).isNotNull();
        assertThat(second.anchor().value()).isEqualTo("2021-03-03");
        assertThat(withTrigger(events, "وتبحث").anchor()).isNull(); // the search (and the first blast) not dated by the second's day
        assertThat(EventAnchorer.repeatedNoun(ArabicWords.words("الهجوم والقصف", 0, 13), 1, TriggerLexicon.DEFAULT))
                .isFalse(); // two kinds of happening: the object of the clause's verb, as before
    }

    // ---- round twelve (events12): own times left unattached or lent

    @Test
    void aBracketedGlossDatesTheClauseInsteadOfTheExpressionItGlosses() {
        String text = "افتتح الوزير المعرض اليوم (أمس) في الرياض.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"اليوم", "DATE", "2021-04-07"},
                new String[] {"أمس", "DATE", "2021-04-06"});
        Event open = withTrigger(events, "افتتح");
        assertThat(open.anchor().text()).as(describe(events)).isEqualTo("أمس");
        assertThat(open.relation()).isEqualTo(DateRelation.ON);
    }

    @Test
    void aBracketedWordThatIsNoTimeLeavesTheExpressionAlone() {
        String text = "افتتح الوزير المعرض اليوم (بحضور السفراء) في الرياض.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"اليوم", "DATE", "2021-04-07"});
        assertThat(withTrigger(events, "افتتح").anchor().text()).as(describe(events)).isEqualTo("اليوم");
    }

    @Test
    void aDatedParticipleClauseDatesTheEventNounItDescribes() {
        String text = "ناقش المجلس توصيات مؤتمر الطاقة العربي الثالث المنعقد في القاهرة في 3 مارس، وأقر بعضها.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"3 مارس", "DATE", "2021-03-03"});
        Event conference = withTrigger(events, "مؤتمر");
        assertThat(conference.text()).as(describe(events)).isEqualTo("مؤتمر الطاقة العربي الثالث");
        assertThat(conference.anchor().value()).isEqualTo("2021-03-03");
        assertThat(conference.relation()).isEqualTo(DateRelation.ON);
        assertThat(withTrigger(events, "المنعقد").anchor().value()).isEqualTo("2021-03-03");
        Event discussed = withTrigger(events, "ناقش"); // the discussion is not the conference
        assertThat(discussed.text()).isEqualTo("ناقش المجلس توصيات");
        assertThat(discussed.anchor()).isNull();
    }

    @Test
    void anUndatedParticipleClauseLeavesItsNounInTheClauseBefore() {
        String text = "ناقش المجلس توصيات مؤتمر الطاقة العربي المنعقد في القاهرة.";
        List<Event> events = EventAnchorerTest.anchorAt(text);
        assertThat(events).extracting(e -> e.trigger() == null ? null : e.trigger().text()).as(describe(events))
                .doesNotContain("مؤتمر");
    }

    @Test
    void aMasculineParticipleDoesNotDescribeAFeminineEventNoun() {
        String text = "ناقش المجلس نتائج القمة ومقررات الاتحاد المنعقد في القاهرة في 3 مارس.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"3 مارس", "DATE", "2021-03-03"});
        assertThat(events).extracting(e -> e.trigger() == null ? null : e.trigger().text()).as(describe(events))
                .doesNotContain("القمة");
    }

    @Test
    void aLeadWithoutATriggerBeforeACoordinatedHappeningIsNotDatedByIt() {
        String text = "وكانت الشركة أول مؤسسة محلية تدخل هذه السوق وافتتحت فرعها الأول في عام 2010.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"عام 2010", "DATE", "2010"});
        Event opened = withTrigger(events, "وافتتحت");
        assertThat(opened.text()).as(describe(events)).isEqualTo("وافتتحت فرعها الأول في عام 2010.");
        assertThat(opened.anchor().value()).isEqualTo("2010");
        Event lead = events.stream().filter(e -> e.trigger() == null).findFirst().orElseThrow();
        assertThat(lead.text()).isEqualTo("وكانت الشركة أول مؤسسة محلية تدخل هذه السوق");
        assertThat(lead.anchor()).isNull();
        assertThat(lead.kind()).isEqualTo(EventKind.STATE);
    }

    @Test
    void theAnswerOfAmmaIsOneStatementWithItsSpeaker() {
        String text = "أما وزير الخارجية فقال إن المحادثات انتهت.";
        List<Event> events = EventAnchorerTest.anchorAt(text);
        assertThat(withTrigger(events, "فقال").text()).as(describe(events)).isEqualTo("أما وزير الخارجية فقال");
    }

    @Test
    void bimujibAndMimmaAreNoGuessedVerbs() {
        String text = "ألغت المحكمة الحكم، بموجب القانون الصادر في 2019، مما أثار جدلا.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"2019", "DATE", "2019"});
        assertThat(events).extracting(e -> e.trigger() == null ? null : e.trigger().text()).as(describe(events))
                .doesNotContain("بموجب", "مما");
    }

    @Test
    void aRelativeClauseTellsWhatAHappeningNamedByItsYearDid() {
        String text = "وتراجعت السياحة منذ ثورة 2011 التي أطاحت الرئيس.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"2011", "DATE", "2011"});
        Event ousted = withTrigger(events, "أطاحت");
        assertThat(ousted.anchor()).as(describe(events)).isNotNull();
        assertThat(ousted.anchor().value()).isEqualTo("2011");
        assertThat(ousted.relation()).isEqualTo(DateRelation.ON);
    }

    @Test
    void aRelativeClauseAfterAnUndatedHappeningStaysUndated() {
        String text = "وتراجعت السياحة منذ الثورة التي أطاحت الرئيس.";
        List<Event> events = EventAnchorerTest.anchorAt(text);
        assertThat(withTrigger(events, "أطاحت").anchor()).as(describe(events)).isNull();
    }

    @Test
    void aVerbAfterASentenceOpeningContrastPhraseIsTheClausesHappening() {
        String text = "في حين اطلع المجلس على نتائج الملتقى المنعقد في جدة في 3 مارس.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"3 مارس", "DATE", "2021-03-03"});
        Event reviewed = withTrigger(events, "اطلع");
        assertThat(reviewed.text()).as(describe(events)).isEqualTo("في حين اطلع المجلس على نتائج");
        assertThat(reviewed.anchor()).isNull();
        assertThat(withTrigger(events, "الملتقى").anchor().value()).isEqualTo("2021-03-03");
    }

    @Test
    void aVerbAfterATwoWordContrastPhraseInsideASentenceIsGuessedToo() {
        String text = "ارتفع سعر الذهب أمس في حين تراجع سعر الفضة.";
        List<Event> events = EventAnchorerTest.anchorAt(text, new String[] {"أمس", "DATE", "2021-04-06"});
        assertThat(withTrigger(events, "تراجع").text()).as(describe(events)).isEqualTo("في حين تراجع سعر الفضة.");
    }

    @Test
    void aSentenceDoesNotEndInsideAParenthesis() {
        String text = "وقال الوزير لشبكة (إس. بي. إن) أمس إن المحادثات فشلت. وغادر الوفد.";
        TaggedText tagged = tagged(text, new String[] {"أمس", "DATE", "2021-04-06"});
        assertThat(tagged.sentences().size()).as("the splitter cuts at the abbreviation's dots").isGreaterThan(2);
        List<Event> events = EventAnchorer.anchor(text, tagged, DCT);
        Event said = withTrigger(events, "وقال");
        assertThat(said.anchor()).as(describe(events)).isNotNull();
        assertThat(said.anchor().text()).isEqualTo("أمس");
        assertThat(withTrigger(events, "وغادر").anchor()).isNull();
    }

    private static List<Event> anchorAt(String text, String[]... phrases) {
        return EventAnchorer.anchor(text, tagged(text, phrases), DCT);
    }

    @Test
    void aCoordinatedEventNounOfAnotherActionIsAHappeningOfItsOwn() {
        String text = "وانتهى الاجتماع بعد اقتحام الجنود للقرية والاعتقال العشوائي للشبان يوم الاثنين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"يوم الاثنين", "DATE", "2021-04-05"}),
                DCT);
        Event arrests = withTrigger(events, "والاعتقال");
        assertThat(withTrigger(events, "اقتحام").text()).as(describe(events)).doesNotContain("والاعتقال");
        assertThat(arrests.text()).startsWith("والاعتقال");
        // two names of one action are one happening told twice: the second stays in the first's event
        String same = "شهدت المدينة المعارك والاشتباكات طوال الليل.";
        List<Event> once = EventAnchorer.anchor(same, tagged(same), DCT);
        assertThat(once.stream().filter(e -> e.trigger() != null && e.trigger().text().equals("والاشتباكات")))
                .as(describe(once)).isEmpty();
    }

    @Test
    void aReportingParticipleAfterAHappeningIsAStatementOfItsOwn() {
        String text = "وقالت المديرة إن الحريق اندلع في المخزن مشيرة إلى أنه لم يصب أحد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        Event said = withTrigger(events, "مشيرة");
        assertThat(said.group()).as(describe(events)).isEqualTo("report:say");
        assertThat(said.text()).startsWith("مشيرة");
        assertThat(withTrigger(events, "الحريق").text()).doesNotContain("مشيرة");
        String masculine = "وانتهت المباراة بالتعادل مشيرا إلى أن الفريق سيعود.";
        List<Event> more = EventAnchorer.anchor(masculine, tagged(masculine), DCT);
        assertThat(withTrigger(more, "مشيرا").text()).as(describe(more)).startsWith("مشيرا");
        assertThat(EventAnchorer.reportParticiple("مشيره", TriggerLexicon.DEFAULT.trigger("مشيره"))).isTrue();
    }

    @Test
    void naqalReportsOnlyBeforeAn() {
        // «نقل» before «عن» (quoted from): a statement; elsewhere a transport, reporting nothing
        String quoted = "ونقلت الصحيفة عن مسؤول محلي أن الجسر افتتح أمس.";
        List<Event> events = EventAnchorer.anchor(quoted, tagged(quoted), DCT);
        assertThat(withTrigger(events, "ونقلت").group()).as(describe(events)).isEqualTo("report:say");
        String moved = "وأصيب عامل في المصنع وتم نقله إلى المستشفى.";
        List<Event> more = EventAnchorer.anchor(moved, tagged(moved), DCT);
        assertThat(withTrigger(more, "نقله").group()).as(describe(more)).isEqualTo("happening:transport");
        TriggerLexicon lex = TriggerLexicon.DEFAULT;
        TriggerLexicon.Entry e = lex.trigger("نقلت");
        assertThat(lex.reportOnlyBefore("نقلت", e, List.of("وكاله", "الانباء", "عن")).report()).isTrue();
        assertThat(lex.reportOnlyBefore("نقلت", e, List.of("الجرحي", "الي", "المستشفي")).report()).isFalse();
        assertThat(lex.reportOnlyBefore("قالت", lex.trigger("قالت"), List.of("الوزيره")).report()).isTrue();
    }

    @Test
    void stormingAPlaceIsNotAssaultingItsPeople() {
        // two actions of one raid: the gold counts the storming and the beating as two happenings
        String text = "واقتحم عشرات المستوطنين ساحة البلدة القديمة صباح أمس واعتدوا على الباعة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "واقتحم").group()).as(describe(events)).isEqualTo("happening:storm");
        assertThat(withTrigger(events, "واعتدوا").group()).as(describe(events)).isEqualTo("happening:attack");
        assertThat(TriggerLexicon.DEFAULT.trigger("اقتحام").group()).isEqualTo("storm");
    }

    @Test
    void theHappeningATimeDistanceIsCountedFromIsAnEventOfItsOwn() {
        // «قبل يومين على الانتخابات»: the rally and the election, not the rally of the election
        String text = "ونظم الحزب تجمعا في المدينة قبل يومين على الانتخابات البلدية.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "الانتخابات").text()).as(describe(events)).doesNotContain("ونظم");
        assertThat(withTrigger(events, "ونظم").text()).as(describe(events)).doesNotContain("الانتخابات");
        String after = "وعاد السكان إلى بيوتهم بعد ثلاثة أسابيع من القصف.";
        List<Event> more = EventAnchorer.anchor(after, tagged(after), DCT);
        assertThat(withTrigger(more, "القصف").group()).as(describe(more)).isEqualTo("happening:attack");
        // an object with no distance before it stays the object: «افتتح الوزير المعرض على الشاطئ»
        TriggerLexicon lex = TriggerLexicon.DEFAULT;
        assertThat(lex.afterDistance(List.of("نظم", "تجمعا", "قبل", "يومين", "علي", "الانتخابات"), 5)).isTrue();
        assertThat(lex.afterDistance(List.of("نظم", "الحزب", "تجمعا", "علي", "الانتخابات"), 4)).isFalse();
    }

    @Test
    void anEventNounAfterADemonstrativeRefersBackAndTakesNoTimeOfTheClause() {
        // «بدء محاكمة 29 متهما في هذا الاعتداء اليوم»: the attack told before is an event of its own; the
        // day is the trial's
        String text = "وذلك لدى بدء محاكمة 29 متهما في هذا الاعتداء اليوم.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"اليوم", "DATE", "2021-04-07"}), DCT);
        Event trial = withTrigger(events, "محاكمة");
        assertThat(trial.text()).as(describe(events)).doesNotContain("الاعتداء");
        assertThat(trial.anchor().value()).as(describe(events)).isEqualTo("2021-04-07");
        assertThat(trial.relation()).isEqualTo(DateRelation.ON);
        Event attack = withTrigger(events, "الاعتداء");
        assertThat(attack.group()).isEqualTo("happening:attack");
        assertThat(attack.relation()).as(describe(events)).isEqualTo(DateRelation.ON_OR_BEFORE);
        // «عقب فشل المفاوضات», «في ختام جلسة … أمس»: a phase between the preposition and the noun; the day stays
        // the clause's («ارتفع المؤشر في ختام جلسة متقلبة أمس»)
        String phase = "ارتفع المؤشر في ختام جلسة متقلبة أمس.";
        List<Event> rise = EventAnchorer.anchor(phase, tagged(phase, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(withTrigger(rise, "ارتفع").text()).as(describe(rise)).doesNotContain("جلسة");
        assertThat(withTrigger(rise, "ارتفع").anchor().value()).as(describe(rise)).isEqualTo("2021-04-06");
        assertThat(withTrigger(rise, "جلسة").relation()).as(describe(rise)).isEqualTo(DateRelation.ON_OR_BEFORE);
        // a phase that is an event noun itself names one happening with its noun: «افتتاح المؤتمر»
        String opening = "وحضر الأمير في افتتاح المؤتمر أمس.";
        List<Event> one = EventAnchorer.anchor(opening, tagged(opening, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(one).extracting(e -> e.trigger() == null ? "" : e.trigger().text()).as(describe(one))
                .doesNotContain("المؤتمر");
        // «عشية الهجوم»: the eve of a happening names that happening too
        String eve = "وقال إنه انضم إلى التنظيم عشية الهجوم الانتحاري.";
        List<Event> more = EventAnchorer.anchor(eve, tagged(eve), DCT);
        assertThat(withTrigger(more, "انضم").text()).as(describe(more)).doesNotContain("الهجوم");
    }

    @Test
    void aCoordinatedEventNounInConstructWithADefiniteNounIsAHappeningOfItsOwn() {
        // «المكاسب التي أحرزها … وتحرير ميناء المدينة»: the gains and the liberation, two happenings, even
        // after a verb whose action the lists do not know
        String text = "أشاد الوزير بالمكاسب التي أحرزها المقاتلون في الشمال وتحرير ميناء المدينة من المسلحين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "وتحرير").group()).as(describe(events)).isEqualTo("happening:capture");
        assertThat(withTrigger(events, "أحرزها").text()).as(describe(events)).doesNotContain("وتحرير");
        // the noun right after the happening, without «و», stays its object: «افتتح الوزير المعرض»
        String object = "وافتتح الأمير المعرض الدولي للكتاب في المدينة.";
        List<Event> one = EventAnchorer.anchor(object, tagged(object), DCT);
        assertThat(one).as(describe(one)).hasSize(1);
    }

    @Test
    void theProvinceAbyanIsNoVerb() {
        // «محافظة ابين»: the place, not «أُبيّن» (I explain); the speaker's words stay one event
        String text = "وأشاد محافظ ابين الجديد بجهود الأهالي في إعادة فتح المدارس.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events.stream().filter(e -> e.trigger() != null && e.trigger().text().equals("ابين")).toList())
                .as(describe(events)).isEmpty();
        assertThat(TriggerLexicon.DEFAULT.trigger("ابين")).isNull();
    }

    @Test
    void concludingAnAgreementIsSigningIt() {
        // «الاتفاق الذي أبرمته إيران» and «توقيع الاتفاق»: one action (sign), so the mentions may merge
        String text = "وانتقد النائب الاتفاق الذي أبرمته الحكومة مع الشركة في الربيع.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "أبرمته").group()).as(describe(events)).isEqualTo("happening:sign");
        String present = "ويبرم الطرفان العقد في العاصمة.";
        List<Event> more = EventAnchorer.anchor(present, tagged(present), DCT);
        assertThat(withTrigger(more, "ويبرم").group()).as(describe(more)).isEqualTo("happening:sign");
    }

    @Test
    void anAttemptAfterARelativeClauseIsTheMainHappening() {
        // «… التي اقتحمت … أمس حاول»: the relative clause ends at the main verb, an event of its own
        String text = "وقال الحارس إن أحد أفراد المجموعة التي اقتحمت الساحة أمس حاول تعليق لافتة على السور.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(withTrigger(events, "حاول").group()).as(describe(events)).isEqualTo("happening:try");
        assertThat(withTrigger(events, "اقتحمت").text()).as(describe(events)).doesNotContain("حاول");
    }

    @Test
    void aNameOrNounThatLooksLikeAVerbOpensNoEvent() {
        // «فيصل» is «ف» + «يصل» and «وزير» is «و» + «زير» only to the verb guess
        String text = "استقبل صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض أمس وزير التعليم.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(text);
        assertThat(withTrigger(events, "استقبل").anchor().value()).isEqualTo("2021-04-06");
    }

    @Test
    void aWordWrittenWithTaMarbutaIsNoVerbWithAPronoun() {
        // «بعثة» (a delegation) normalizes like «بعثه» (he sent him): the departure keeps its day
        String text = "غادرت بعثة نادي هجر أمس الخميس إلى تركيا، إضافة إلى اللاعبين الجدد.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس الخميس", "DATE", "2021-04-06"}), DCT);
        Event left = withTrigger(events, "غادرت");
        assertThat(left.anchor().value()).as(describe(events)).isEqualTo("2021-04-06");
        assertThat(events).extracting(e -> e.trigger() == null ? "" : e.trigger().text())
                .doesNotContain("بعثة", "إضافة");
    }

    @Test
    void whatAStatementReportsIsAnEventEvenWhenItsVerbIsUnknown() {
        String text = "وكشف المتحدث الرسمي للوزارة، أن وزير التعليم الدكتور عزام بن محمد الدخيل اطلع على التقرير.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(
                "وكشف المتحدث الرسمي للوزارة",
                "أن وزير التعليم الدكتور عزام بن محمد الدخيل اطلع على التقرير.");
    }

    @Test
    void aCoordinatedEventNounWithACountOrAPronounIsAHappeningOfItsOwn() {
        String text = "انتهت المحاولة بالفشل وإعدام 13 قياديا، ما أدى إلى اعتقال البغدادي لجميع المخططين وإعدامهم نحرا.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events))
                .containsExactly("انتهت", "وإعدام", "اعتقال", "وإعدامهم");
    }

    @Test
    void anEachTimeClauseNeitherTakesNorGivesATime() {
        String text = "واستجابت المملكة لطلبات الهدنة أمس، وكل مرة يخرقها الحوثيون.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(
                "واستجابت المملكة لطلبات الهدنة أمس", "وكل مرة يخرقها الحوثيون.");
        assertThat(events.get(1).anchor()).isNull();
    }

    @Test
    void theWordsSaidInQuotationMarksAreAnEventOfTheirOwn() {
        String text = "وصرح فابيوس لوسائل اعلام فرنسية \"سأكون هناك الاسبوع المقبل\". وطالب \"الفيفي\" الجهات المعنية بإقامة جدار.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"الاسبوع المقبل", "DATE", "2021-W15"}), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).containsExactly(
                "وصرح فابيوس لوسائل اعلام فرنسية", "\"سأكون هناك الاسبوع المقبل\".",
                "وطالب \"الفيفي\" الجهات المعنية بإقامة جدار.");
        assertThat(events.get(0).anchor()).isNull();
        assertThat(events.get(1).anchor().value()).isEqualTo("2021-W15");
    }

    @Test
    void aFeastNamedAsTheOccasionGivesWayToTheDayTheClauseStates() {
        String text = "ارتفع مؤشر البورصة في أول جلسة تداول بعد إجازة عيد الفطر يوم أمس.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text,
                new String[] {"عيد الفطر", "DATE", "2021-05-13", null, "tarikh:grammar:holiday"},
                new String[] {"يوم أمس", "DATE", "2021-04-06"}), DCT);
        assertThat(withTrigger(events, "ارتفع").anchor().value()).as(describe(events)).isEqualTo("2021-04-06");
    }

    @Test
    void aReportedThereIsOrIsNotIsAState() {
        String text = "وأكد المتحدث بأنه ليس هناك تحديد لموعد الانسحاب. وأكدت مصادر ملاحية، أنه لا تغيير في رسوم العبور.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(Event::kind).as(describe(events)).containsExactly(
                EventKind.HAPPENING, EventKind.STATE, EventKind.HAPPENING, EventKind.STATE);
    }

    @Test
    void aFeminineBayyanatBeforeASpeakerAndThatIsAReport() {
        String text = "وبيّنت الهيئة أن الاختلافات في المواصفات كبيرة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events.get(0).group()).as(describe(events)).isEqualTo("report:say");
    }

    @Test
    void aParticleThatOpensAClauseIsNoTriggerAndTheVerbAfterItIs() {
        String text = "وربما تنظر بعض الشركات في سعر السهم.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events)).containsExactly("تنظر");
    }

    @Test
    void whatAStatementDisclosesByAnEventNounIsAHappeningOfItsOwn() {
        String text = "كشفت مصادر عراقية عن محاولة انقلاب داخل التنظيم. وأشار إلى الغزو الأمريكي للعراق عام 2003.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"عام 2003", "DATE", "2003"}), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events))
                .containsExactly("كشفت", "انقلاب", "وأشار", "الغزو");
        assertThat(events.get(1).anchor()).isNull();
        assertThat(events.get(2).anchor()).isNull();
        assertThat(events.get(3).anchor().text()).isEqualTo("عام 2003");
    }

    @Test
    void aQuotationWhoseClosingMarkComesSentencesLaterStillOpensAtItsMark() {
        String text = "وأضاف بينر للصحفيين “سيوجه أعضاء في الكونجرس أسئلة أكثر صعوبة.. وسنرى ما يحدث”.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(Event::text).as(describe(events)).startsWith(
                "وأضاف بينر للصحفيين", "“سيوجه أعضاء في الكونجرس أسئلة أكثر صعوبة..");
    }

    @Test
    void anAdjectiveMadeFromAnEventNounIsNoTrigger() {
        String text = "وكانت مواقع التواصل الاجتماعي قد تداولت مقطعا للوافد. وصار يستعمل الطيران الحربي في بعض المناطق.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events))
                .doesNotContain("الاجتماعي", "الحربي");
    }

    @Test
    void aWarAndTheEndOfAHolidayAreHappeningsOfTheirOwn() {
        String text = "وشهدت أهم المعارك خلال حرب 1994 الأهلية. ومن المقرر أن يزور ظريف عدة دول بعد انتهاء عطلة عيد الفطر.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"1994", "DATE", "1994"},
                new String[] {"عيد الفطر", "DATE", "2021-05-13"}), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events))
                .containsExactly("وشهدت", "حرب", "يزور", "انتهاء");
        assertThat(events.get(1).anchor().text()).isEqualTo("1994");
        assertThat(events.get(2).anchor()).isNull();
        assertThat(events.get(3).anchor().text()).isEqualTo("عيد الفطر");
    }

    @Test
    void concessionsPronounsAndForTheSakeOfAreNoTriggers() {
        String text = "رغم أن أغلبية مدننا تصطف في طابور واحد. نحن نعرف الطريق. وقدمت الوزارة الدعم من أجل توفير حياة كريمة.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger() == null ? null : e.trigger().text()).as(describe(events))
                .doesNotContain("رغم", "نحن", "أجل").contains("نعرف", "وقدمت");
    }

    @Test
    void aWordInLatinLettersIsNoVerb() {
        String text = "ودعت الجامعة الراغبين إلى التقدم من خلال موقعها www.uod.edu.sa وذلك خلال أسبوع.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events)).containsExactly("ودعت");
    }

    @Test
    void aYearAfterBaadOrQablIsABoundaryNotTheHappeningsTime() {
        String text = "وانتقل اللاعب إلى النادي بعد عام 2011. وسيعود الوفد بعد يومين.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"بعد عام 2011", "DATE", "2011"},
                new String[] {"بعد يومين", "DATE", "2021-04-09"}), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events)).containsExactly("وانتقل", "وسيعود");
        assertThat(events.get(0).anchor()).as(describe(events)).isNull();
        assertThat(events.get(1).anchor().text()).isEqualTo("بعد يومين");
    }

    @Test
    void anEarlierTimeTakenFromAnotherEventIsOnOrBeforeTheReport() {
        String text = "وكانت الوزارة كشفت في وقت سابق أن الأمر صدر بتخصيص 20 مليار ريال.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text, new String[] {"في وقت سابق", "DATE", "PAST_REF"}), DCT);
        assertThat(events).as(describe(events)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.anchor() == null || !"PAST_REF".equals(e.anchor().value())).isTrue());
    }

    @Test
    void isConsideredIsAStateAndPreparedAHappening() {
        String text = "ويعد المهرجان من أكبر الفعاليات في المنطقة. وقد أعد مرسوم ملكي بذلك.";
        List<Event> events = EventAnchorer.anchor(text, tagged(text), DCT);
        assertThat(events).extracting(e -> e.trigger().text()).as(describe(events)).containsExactly("ويعد", "أعد");
        assertThat(events.get(0).kind()).isEqualTo(EventKind.STATE);
        assertThat(events.get(1).kind()).isEqualTo(EventKind.HAPPENING);
        assertThat(events.get(1).group()).isEqualTo("happening:prepare");
    }
}
