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
}
