package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom items are articles dated by their own date as the publisher wrote it; a broken feed is one rejection. */
class FeedTest {

    @TempDir
    Path dir;

    @Test
    void rssItemsAreArticlesOnThePublishersDay() throws Exception {
        Path rss = dir.resolve("a-news.rss");
        Files.writeString(rss, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>صحيفة المثال</title><link>https://news.example/</link>
                <description>أخبار</description><language>ar</language>
                <item><title>وصول الوفد</title><link>https://news.example/2021/04/07/delegation</link>
                <guid>https://news.example/a/1</guid><pubDate>Wed, 07 Apr 2021 01:30:00 +0300</pubDate>
                <description><![CDATA[<p>وصل الوفد العراقي إلى واشنطن الأربعاء.</p><p>وتبدأ المحادثات غداً.</p>]]></description></item>
                <item><title>بلا نص</title><link>https://news.example/b</link><pubDate>Wed, 07 Apr 2021 10:00:00 +0300</pubDate>
                <description></description></item>
                <item><title>بلا تاريخ</title><link>https://news.example/c</link><description>خبر بلا تاريخ.</description></item>
                </channel></rss>
                """);
        List<SourceRecord> records = read(rss);
        assertThat(records).hasSize(3);
        Article a = (Article) records.get(0);
        assertThat(a.id()).isEqualTo("https://news.example/a/1");
        // 01:30 at +03:00 is still the 6th in UTC: the publisher's day counts
        assertThat(a.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(a.published()).isEqualTo("Wed, 07 Apr 2021 01:30:00 +0300");
        assertThat(a.dateEvidence().summary()).isEqualTo("feed 2021-04-07; url 2021-04-07");
        assertThat(a.text()).isEqualTo("وصل الوفد العراقي إلى واشنطن الأربعاء.\n\nوتبدأ المحادثات غداً.");
        assertThat(a.source()).isEqualTo("صحيفة المثال");
        assertThat(((Rejection) records.get(1)).reason()).isEqualTo(Rejection.Reason.EMPTY_TEXT);
        assertThat(((Rejection) records.get(2)).reason()).isEqualTo(Rejection.Reason.MISSING_PUBLISHED);
    }

    @Test
    void atomEntriesToo() throws Exception {
        Path atom = dir.resolve("b.atom");
        Files.writeString(atom, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>مدونة</title><id>urn:x</id><updated>2015-07-23T18:20:11Z</updated>
                <entry><title>مهرجان الصيف</title><id>urn:x:1</id><link href="https://blog.example/p/1"/>
                <published>2015-07-23T18:20:11+03:00</published><updated>2015-07-24T08:00:00Z</updated>
                <content type="html">&lt;p&gt;أبها - الخميس 23 يوليو: انطلق مهرجان الصيف.&lt;/p&gt;</content></entry></feed>
                """);
        Article a = (Article) read(atom).get(0);
        assertThat(a.id()).isEqualTo("urn:x:1");
        assertThat(a.dct()).isEqualTo(LocalDate.of(2015, 7, 23));
        assertThat(a.dateEvidence().summary()).isEqualTo("feed 2015-07-23; dateline 2015-07-23");
    }

    @Test
    void aBrokenFeedIsOneRejectionAndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("a-broken.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>خبر");
        Files.writeString(dir.resolve("b.jsonl"), MalformedInputs.valid("next", "2021-04-07", "نص") + "\n");
        List<SourceRecord> records = read(dir);
        assertThat(records).hasSize(2);
        assertThat(((Rejection) records.get(0)).reason()).isEqualTo(Rejection.Reason.MALFORMED_FEED);
        assertThat(((Article) records.get(1)).id()).isEqualTo("next");
    }

    private static List<SourceRecord> read(Path input) {
        List<SourceRecord> out = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(input))) {
            source.forEachRemaining(out::add);
        }
        return out;
    }
}
