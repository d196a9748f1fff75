package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The publication date is decided by evidence in order of trust, and disagreements are flagged. */
class PublicationEvidenceTest {

    private static final LocalDate CRAWL = LocalDate.of(2015, 7, 21);

    @Test
    void urlDatesInTheCorpusLayouts() {
        assertThat(PublicationEvidence.url("http://www.aleqt.com/2015/07/20/article_974922.html"))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2015, 7, 20));
        assertThat(PublicationEvidence.url("http://www.al-jazirah.com/2015/20150721/fe1.htm"))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2015, 7, 21));
        assertThat(PublicationEvidence.url("http://www.okaz.com.sa/new/Issues/20150720/Con20150720784687.htm"))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2015, 7, 20));
        assertThat(PublicationEvidence.url("https://example.org/news/2021-04-07-baghdad"))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2021, 4, 7));
        assertThat(PublicationEvidence.url("http://aawsat.com/home/article/410826/بريطانيا")).isEmpty();
        assertThat(PublicationEvidence.url("http://example.org/2015/13/45/x")).isEmpty();
        assertThat(PublicationEvidence.url("http://example.org/id/201507209999")).isEmpty();
    }

    @Test
    void datelinesAtTheHeadOfTheText() {
        // 9 August 2015 was a Sunday
        assertThat(PublicationEvidence.dateline("الرياض - الأحد 9 أغسطس: أعلنت الوزارة", LocalDate.of(2015, 8, 10)))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2015, 8, 9));
        assertThat(PublicationEvidence.dateline("  بغداد ـ ٧ نيسان ٢٠٢١ (أ ف ب): قال", null))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2021, 4, 7));
        // a year taken nearest the reference: a January dateline crawled in late December is the next year's
        assertThat(PublicationEvidence.dateline("القاهرة - 2 يناير: بدأ", LocalDate.of(2015, 12, 30)))
                .map(DateEvidence.Candidate::date).contains(LocalDate.of(2016, 1, 2));
        // a weekday alone is no dateline; nor is a date inside the sentence (corpus cases)
        assertThat(PublicationEvidence.dateline("جدة - الاثنين: افتتح", CRAWL)).isEmpty();
        assertThat(PublicationEvidence.dateline("قتل -الخميس- 3 أشخاص", CRAWL)).isEmpty();
        assertThat(PublicationEvidence.dateline("في الـ15 من مارس الماضي", CRAWL)).isEmpty();
        // the weekday contradicts the date: no evidence
        assertThat(PublicationEvidence.dateline("الرياض - الخميس 9 أغسطس 2015: أعلنت", null)).isEmpty();
        // a weekday inside the first sentence is not a dateline
        assertThat(PublicationEvidence.dateline("قالت وزارة الخارجية اليوم الاثنين إن", CRAWL)).isEmpty();
        assertThat(PublicationEvidence.dateline("9 أغسطس كان يوماً حاراً", CRAWL)).isEmpty();
    }

    @Test
    void aDatedUrlOutranksTheCrawlDateAndALaterCrawlContradictsNothing() {
        Article a = parse(Map.of("url", "http://www.aleqt.com/2015/07/18/article_1.html",
                "date_extracted", "2015-07-21 02:51:32", "content", "نص الخبر"));
        assertThat(a.dct()).isEqualTo(LocalDate.of(2015, 7, 18));
        assertThat(a.published()).isEqualTo("2015-07-18");
        assertThat(a.dateEvidence().winner().kind()).isEqualTo(DateEvidence.Kind.URL);
        assertThat(a.dateEvidence().disagrees()).isFalse();
    }

    @Test
    void aCaptureBeforeThePublicationDateIsADisagreement() {
        Article a = parse(Map.of("url", "http://www.aleqt.com/2015/07/25/article_1.html",
                "date_extracted", "2015-07-21 02:51:32", "content", "نص الخبر"));
        assertThat(a.dateEvidence().disagreement()).isEqualTo("capture 2015-07-21 vs url 2015-07-25");
    }

    @Test
    void aDatelineFarFromTheUrlIsADisagreement() {
        Article a = parse(Map.of("url", "http://www.aleqt.com/2015/07/18/article_1.html",
                "date_extracted", "2015-07-21 02:51:32", "content", "جدة - 10 يوليو: افتتح المعرض"));
        assertThat(a.dct()).isEqualTo(LocalDate.of(2015, 7, 18));
        assertThat(a.dateEvidence().disagreement()).isEqualTo("dateline 2015-07-10 vs url 2015-07-18");
    }

    @Test
    void aDayBetweenPublicationAndCrawlIsNoDisagreement() {
        Article a = parse(Map.of("url", "http://www.aleqt.com/2015/07/20/article_1.html",
                "date_extracted", "2015-07-21 02:51:32", "content", "نص الخبر"));
        assertThat(a.dct()).isEqualTo(LocalDate.of(2015, 7, 20));
        assertThat(a.dateEvidence().disagrees()).isFalse();
        assertThat(a.dateEvidence().summary()).isEqualTo("url 2015-07-20; capture 2015-07-21");
    }

    @Test
    void explicitMetadataWinsAndKeepsItsWrittenForm() {
        Article a = parse(Map.of("id", "x", "published", "2021-04-07T10:00:00+03:00",
                "url", "https://example.org/2021/04/01/x", "text", "بغداد - الأربعاء 7 أبريل: وصل الوفد"));
        assertThat(a.published()).isEqualTo("2021-04-07T10:00:00+03:00");
        assertThat(a.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(a.dateEvidence().candidates()).extracting(DateEvidence.Candidate::kind).containsExactly(
                DateEvidence.Kind.PUBLISHED, DateEvidence.Kind.URL, DateEvidence.Kind.DATELINE);
        assertThat(a.dateEvidence().disagreement()).isEqualTo("url 2021-04-01 vs published 2021-04-07");
    }

    @Test
    void theCrawlDateAloneStillDatesAnArticle() {
        Article a = parse(Map.of("url", "http://aawsat.com/home/article/410826", "date_extracted", "2015-07-21 02:51:32",
                "content", "قالت الوزارة اليوم (الاثنين)"));
        assertThat(a.dct()).isEqualTo(CRAWL);
        assertThat(a.published()).isEqualTo("2015-07-21 02:51:32");
        assertThat(a.dateEvidence().winner().kind()).isEqualTo(DateEvidence.Kind.CAPTURE);
    }

    private static Article parse(Map<String, String> fields) {
        SourceRecord r = ArticleParser.parse(JsonMapper.builder().build().valueToTree(fields), null, "fallback",
                new Origin("test", 1));
        assertThat(r).isInstanceOf(Article.class);
        return (Article) r;
    }
}
