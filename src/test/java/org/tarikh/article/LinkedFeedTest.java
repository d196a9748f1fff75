package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.tarikh.job.InputGuard;

import com.sun.net.httpserver.HttpServer;

/**
 * A feed item whose link leads to a page archived with the feed is read from that page (its main
 * text, not the feed's teaser), with the feed's date kept as evidence; the page read on its own
 * is then another capture of the same article. Archived as a folder (feed file and saved pages)
 * and as a web archive written by jwarc's writer from pages served on 127.0.0.1.
 */
class LinkedFeedTest {

    static final String PAGE = """
            <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>الوفد - صحيفة المثال</title>
            <link rel="canonical" href="%s"></head>
            <body><nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a></nav><article><h1>وصول الوفد العراقي إلى واشنطن</h1>
            <div class="article-body"><p>بغداد - 7 أبريل 2021: وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن صباح اليوم.</p>
            <p>وقال مصدر في الوزارة إن الجولة الثالثة من الحوار الاستراتيجي، التي تأجلت مرتين، ستبدأ غداً.</p></div>
            </article><div class="related-news"><a href="/1">خبر آخر عن الحوار، والوفد، والزيارة</a></div></body></html>
            """;
    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>صحيفة المثال</title><link>https://news.example/</link>
            <description>أخبار</description><language>ar</language>
            <item><title>وصول الوفد</title><link>%s</link><pubDate>Wed, 07 Apr 2021 09:30:00 +0300</pubDate>
            <description><![CDATA[<p>وصل الوفد العراقي إلى واشنطن…</p>]]></description></item>
            <item><title>خبر آخر</title><link>https://elsewhere.example/news/9</link><pubDate>Thu, 08 Apr 2021 10:00:00 +0300</pubDate>
            <description><![CDATA[<p>افتتح المعرض أبوابه أمس.</p>]]></description></item>
            </channel></rss>
            """;
    static final String BODY = "بغداد - 7 أبريل 2021: وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن صباح اليوم.";

    @TempDir
    Path dir;

    @Test
    void aFolderWithTheFeedAndTheSavedPage() throws Exception {
        String link = "https://news.example/politics/delegation.html";
        Files.writeString(dir.resolve("feed.rss"), FEED.formatted(link));
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/delegation.html"), PAGE.formatted(link));

        List<SourceRecord> records = guarded(dir);
        assertThat(records).hasSize(3);
        Article joined = (Article) records.get(0);
        assertThat(joined.origin().location()).isEqualTo(dir.resolve("feed.rss") + ":1");
        assertThat(joined.id()).isEqualTo(link);
        assertThat(joined.text()).startsWith(BODY).contains("ستبدأ غداً.").doesNotContain("…").doesNotContain("خبر آخر");
        assertThat(joined.title()).isEqualTo("وصول الوفد العراقي إلى واشنطن");
        assertThat(joined.source()).isEqualTo("صحيفة المثال");
        assertThat(joined.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(joined.dateEvidence().winner().kind()).as("the feed's date, kept as evidence").isEqualTo(DateEvidence.Kind.FEED);
        assertThat(joined.published()).isEqualTo("Wed, 07 Apr 2021 09:30:00 +0300");

        Article own = (Article) records.get(1);
        assertThat(own.id()).isEqualTo("https://elsewhere.example/news/9");
        assertThat(own.text()).as("not in the archive: the item's own text").isEqualTo("افتتح المعرض أبوابه أمس.");

        Capture page = (Capture) records.get(2);
        assertThat(page.articleId()).isEqualTo(link);
        assertThat(page.origin().file()).endsWith("delegation.html");
        assertThat(page.copy().dateEvidence().winner().kind()).as("the page alone: its dateline")
                .isEqualTo(DateEvidence.Kind.DATELINE);
    }

    @Test
    void aWebArchiveHoldingTheFeedAndThePage() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String link = base + "/2021/04/07/delegation.html";
        serve(server, "/feed.rss", "application/rss+xml; charset=utf-8", FEED.formatted(link));
        serve(server, "/2021/04/07/delegation.html", "text/html; charset=utf-8", PAGE.formatted(link));
        server.start();
        Path warc = dir.resolve("site.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.fetch(URI.create(base + "/feed.rss")); // the feed first: its page comes later in the archive
            writer.fetch(URI.create(link));
        } finally {
            server.stop(0);
        }

        List<SourceRecord> records = guarded(warc);
        assertThat(records).hasSize(3);
        Article joined = (Article) records.get(0);
        assertThat(joined.origin().location()).isEqualTo(warc + "!/record-1:1"); // jwarc writes each response before its request
        assertThat(joined.id()).isEqualTo(link);
        assertThat(joined.text()).startsWith(BODY).doesNotContain("…");
        assertThat(joined.dateEvidence().candidates()).extracting(DateEvidence.Candidate::kind)
                .containsExactly(DateEvidence.Kind.FEED, DateEvidence.Kind.URL, DateEvidence.Kind.DATELINE,
                        DateEvidence.Kind.CAPTURE);
        assertThat(joined.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(((Article) records.get(1)).text()).isEqualTo("افتتح المعرض أبوابه أمس.");
        Capture page = (Capture) records.get(2);
        assertThat(page.articleId()).isEqualTo(link);
        assertThat(page.origin().location()).isEqualTo(warc + ":3");
        assertThat(page.copy().dateEvidence().winner().kind()).isEqualTo(DateEvidence.Kind.URL);
    }

    private static void serve(HttpServer server, String path, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private static List<SourceRecord> guarded(Path input) throws IOException {
        InputGuard guard = new InputGuard(LocalDate.now(), 2, 500_000);
        List<SourceRecord> out = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(input))) {
            source.forEachRemaining(r -> out.add(guard.check(r)));
        }
        return out;
    }
}
