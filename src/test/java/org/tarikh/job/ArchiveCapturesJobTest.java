package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.sun.net.httpserver.HttpServer;

/**
 * A web archive as crawlers leave it, written by jwarc's writer from pages served on 127.0.0.1:
 * the same article captured twice under its URL and once more under another URL, a redirect, an
 * error page, an image. The job, in two partitions, stores the article once with its three
 * captures, counts the records that are not pages once in the run summary, and a second run over
 * the same archive adds no capture. A feed archived with the page its item links to gives one
 * article, the page's text dated by the feed, with two captures (the item and the page). A later
 * run whose input holds the stored text under another URL records a capture of the stored article.
 */
class ArchiveCapturesJobTest {

    static final String ARTICLE = """
            <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>الوفد</title>
            <meta property="article:published_time" content="2021-04-07T09:30:00+03:00"></head>
            <body><nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a></nav><article><h1>وصول الوفد العراقي إلى واشنطن</h1>
            <div class="article-body"><p>بغداد - الأربعاء 7 أبريل: وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن صباح اليوم.</p>
            <p>وقال مصدر في الوزارة إن الجولة الثالثة من الحوار الاستراتيجي، التي تأجلت مرتين، ستبدأ غداً.</p></div>
            </article></body></html>
            """;
    static final String OTHER = """
            <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>أمطار</title></head>
            <body><div id="content"><p>الرياض: هطلت أمطار غزيرة، مساء أمس، على مناطق واسعة من العاصمة، وأعلن الدفاع المدني
            حالة التأهب.</p></div></body></html>
            """;

    @TempDir
    Path dir;
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        page("/2021/04/07/delegation.html", 200, "text/html; charset=utf-8", ARTICLE, null);
        page("/amp/delegation", 200, "text/html; charset=utf-8", ARTICLE, null);
        page("/2015/07/20/rain.html", 200, "text/html; charset=utf-8", OTHER, null);
        page("/old", 302, "text/html", "", "/2021/04/07/delegation.html");
        page("/missing", 404, "text/html", "<html><body><p>الصفحة غير موجودة</p></body></html>", null);
        page("/logo.png", 200, "image/png", "PNG", null);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void page(String path, int status, String type, String body, String location) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @Test
    void theSameArticleCapturedThriceIsStoredOnceWithItsCapturesAndSkippedRecordsAreCountedOnce() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        List<String> fetched = List.of("/2021/04/07/delegation.html", "/old", "/2015/07/20/rain.html", "/missing",
                "/logo.png", "/2021/04/07/delegation.html", "/amp/delegation");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String path : fetched) {
                writer.fetch(URI.create(base + path));
            }
        }
        JobDefinition definition = new JobDefinition("test", List.of(warc.toString()),
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), null, 2, 2, List.of(), null);
        String delegation = base + "/2021/04/07/delegation.html";

        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            JobExecution first = TimelineRun.execute(context, definition);
            assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RunSummary summary = RunSummary.of(first);
            assertThat(List.of(summary.read(), summary.processed(), summary.duplicates(), summary.rejected()))
                    .containsExactly(4L, 2L, 2L, 0L);
            // one request per fetch, and every partition passed over all of them: still counted once
            assertThat(summary.archiveSkips()).containsExactlyInAnyOrderEntriesOf(Map.of("redirect", 1L,
                    "error-status", 1L, "not-html", 1L, "not-a-response", (long) fetched.size()));
            assertThat(summary.describe()).contains("  duplicates 2 (another capture",
                    "  web archives: skipped 1 redirects, 1 responses not HTML, 1 responses not 200, 7 requests");

            assertThat(jdbc.queryForList("SELECT id FROM article ORDER BY id", String.class))
                    .containsExactly(base + "/2015/07/20/rain.html", delegation);
            List<Map<String, Object>> captures = jdbc.queryForList("SELECT article_id, capture_url, record_no,"
                    + " capture_date, published, duplicate_detail FROM article_capture WHERE article_id = ? ORDER BY record_no",
                    delegation);
            assertThat(captures).extracting(m -> m.get("CAPTURE_URL"))
                    .containsExactly(delegation, delegation, base + "/amp/delegation");
            assertThat(captures).extracting(m -> m.get("PUBLISHED")).containsOnly("2021-04-07T09:30:00+03:00");
            assertThat(captures).extracting(m -> m.get("CAPTURE_DATE")).doesNotContainNull();
            assertThat(captures.get(0).get("DUPLICATE_DETAIL")).as("the capture it was stored from").isNull();
            assertThat((String) captures.get(1).get("DUPLICATE_DETAIL")).contains("the same text was already read");
            assertThat((String) captures.get(2).get("DUPLICATE_DETAIL")).contains("the same text from the same source")
                    .contains(delegation);

            // a re-run over the same archive: nothing new, no capture added, the skips counted for this run
            JobExecution second = TimelineRun.execute(context, definition);
            RunSummary again = RunSummary.of(second);
            assertThat(List.of(again.unchanged(), again.processed(), again.duplicates())).containsExactly(2L, 0L, 2L);
            assertThat(again.archiveSkips()).isEqualTo(summary.archiveSkips());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_capture", Long.class)).isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_capture WHERE last_job_execution_id = ?",
                    Long.class, second.getId())).isEqualTo(4);
        }
    }

    @Test
    void aFeedItemAndTheArchivedPageItLinksToAreOneArticleWithTwoCaptures() throws Exception {
        String rain = base + "/2015/07/20/rain.html";
        page("/feed.rss", 200, "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>صحيفة المثال</title><link>%s</link><description>أخبار</description>
                <item><title>أمطار</title><link>%s</link><pubDate>Mon, 20 Jul 2015 21:00:00 +0300</pubDate>
                <description><![CDATA[<p>هطلت أمطار…</p>]]></description></item></channel></rss>
                """.formatted(base, rain), null);
        Path warc = dir.resolve("feed-and-pages.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.fetch(URI.create(base + "/feed.rss"));
            writer.fetch(URI.create(rain));
        }
        JobDefinition definition = new JobDefinition("test", List.of(warc.toString()),
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), null, 2, 2, List.of(), null);
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            RunSummary summary = RunSummary.of(TimelineRun.execute(context, definition));
            assertThat(List.of(summary.read(), summary.processed(), summary.duplicates())).containsExactly(2L, 1L, 1L);
            Map<String, Object> article = jdbc.queryForMap("SELECT id, body, dct, dct_evidence, dct_candidates FROM article");
            assertThat(article.get("ID")).isEqualTo(rain);
            assertThat((String) article.get("BODY")).as("the page's text, not the feed's teaser")
                    .startsWith("الرياض: هطلت أمطار غزيرة").doesNotContain("…");
            assertThat(article.get("DCT_EVIDENCE")).isEqualTo("feed");
            assertThat((String) article.get("DCT_CANDIDATES")).startsWith("feed 2015-07-20; url 2015-07-20");
            assertThat(jdbc.queryForList("SELECT source_file FROM article_capture WHERE article_id = ? ORDER BY source_file",
                    String.class, rain)).containsExactly(warc.toString(), warc + "!/record-1");
        }
    }

    /** The second run's input holds an article the first run stored, under another URL: a capture, not a second article. */
    @Test
    void theSameTextUnderAnotherUrlInALaterRunIsACaptureOfTheStoredArticle() throws Exception {
        String text = "بغداد - الأربعاء 7 أبريل: وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن صباح اليوم."
                + " وقال مصدر في الوزارة إن الجولة الثالثة من الحوار الاستراتيجي، التي تأجلت مرتين، ستبدأ غداً.";
        String line = "{\"id\":\"%s\",\"url\":\"%s\",\"source\":\"%s\",\"published\":\"%s\",\"text\":\"%s\"}\n";
        Path first = dir.resolve("first.jsonl");
        java.nio.file.Files.writeString(first, line.formatted("https://a.example/2021/04/07/delegation",
                "https://a.example/2021/04/07/delegation", "a.example", "2021-04-07", text));
        Path second = dir.resolve("second.jsonl");
        java.nio.file.Files.writeString(second,
                line.formatted("https://a.example/amp/delegation", "https://a.example/amp/delegation", "a.example",
                        "2021-04-07", text)
                // the same text from another source, and from the same source on another day: articles of their own
                + line.formatted("https://b.example/delegation", "https://b.example/delegation", "b.example",
                        "2021-04-07", text)
                + line.formatted("https://a.example/2021/04/08/delegation", "https://a.example/2021/04/08/delegation",
                        "a.example", "2021-04-08", text));
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        JobDefinition one = new JobDefinition("test", List.of(first.toString()), db, null, 2, 2, List.of(), null);
        JobDefinition two = new JobDefinition("test", List.of(second.toString()), db, null, 2, 2, List.of(), null);
        try (ConfigurableApplicationContext context = TimelineRun.context(one)) {
            assertThat(RunSummary.of(TimelineRun.execute(context, one)).processed()).isEqualTo(1);
        }
        try (ConfigurableApplicationContext context = TimelineRun.context(two)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            for (int run = 0; run < 2; run++) { // again over the same input: still a capture, no row added
                RunSummary summary = RunSummary.of(TimelineRun.execute(context, two));
                assertThat(List.of(summary.read(), summary.processed(), summary.unchanged(), summary.duplicates()))
                        .containsExactly(3L, run == 0 ? 2L : 0L, run == 0 ? 0L : 2L, 1L);
                assertThat(jdbc.queryForList("SELECT id FROM article ORDER BY id", String.class)).containsExactly(
                        "https://a.example/2021/04/07/delegation", "https://a.example/2021/04/08/delegation",
                        "https://b.example/delegation");
                List<Map<String, Object>> captures = jdbc.queryForList("SELECT capture_url, source_file,"
                        + " duplicate_detail FROM article_capture WHERE article_id = ? ORDER BY source_file",
                        "https://a.example/2021/04/07/delegation");
                assertThat(captures).extracting(m -> m.get("CAPTURE_URL")).containsExactly(
                        "https://a.example/2021/04/07/delegation", "https://a.example/amp/delegation");
                assertThat(captures.get(0).get("DUPLICATE_DETAIL")).isNull();
                assertThat((String) captures.get(1).get("DUPLICATE_DETAIL")).contains("earlier run")
                        .contains("https://a.example/2021/04/07/delegation");
            }
        }
    }
}
