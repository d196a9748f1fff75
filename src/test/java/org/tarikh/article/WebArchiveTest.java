package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

import com.sun.net.httpserver.HttpServer;

/**
 * Web archives written by a real tool: jwarc's writer fetches pages that this test serves on
 * 127.0.0.1 and records the requests and responses, gzip and plain. Then the archive is read as
 * the job reads it: pages become articles, redirects and other records are skipped, a damaged
 * archive is one rejection after the records before the damage, and the files after it are read.
 */
class WebArchiveTest {

    static final String ARTICLE = """
            <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>وصول الوفد - صحيفة</title>
            <meta property="article:published_time" content="2021-04-07T09:30:00+03:00"></head>
            <body><nav class="menu"><a href="/">الرئيسية</a> <a href="/p">سياسة</a> <a href="/e">اقتصاد</a></nav>
            <article><h1>وصول الوفد العراقي إلى واشنطن</h1>
            <div class="article-body"><p>بغداد - الأربعاء 7 أبريل: وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن صباح اليوم.</p>
            <p>وقال مصدر في الوزارة إن الجولة الثالثة من الحوار الاستراتيجي، التي تأجلت مرتين، ستبدأ غداً.</p>
            <div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div></div></article>
            <div class="related-news"><a href="/1">خبر آخر عن الحوار، والوفد، والزيارة الماضية</a></div></body></html>
            """;
    /** A windows-1256 page: the charset is declared by the HTTP response only. */
    static final String ARABIC_1256 = """
            <html><head><title>أمطار</title></head><body><div id="content">
            <p>الرياض: هطلت أمطار غزيرة، مساء أمس، على مناطق واسعة من العاصمة، وأعلن الدفاع المدني حالة التأهب.</p>
            </div></body></html>
            """;

    @TempDir
    Path dir;
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        page("/2021/04/07/delegation.html", 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8), null);
        page("/2015/07/20/rain.html", 200, "text/html; charset=windows-1256",
                ARABIC_1256.getBytes(Charset.forName("windows-1256")), null);
        page("/old", 302, "text/html", new byte[0], "/2021/04/07/delegation.html");
        page("/missing", 404, "text/html", "<html><body><p>الصفحة غير موجودة</p></body></html>".getBytes(StandardCharsets.UTF_8), null);
        page("/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null);
        page("/2021/04/08/empty.html", 200, "text/html; charset=utf-8", new byte[0], null);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void page(String path, int status, String type, byte[] body, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", type);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Records every page of the test site into {@code name} with jwarc's writer. */
    Path archive(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            for (String path : List.of("/2021/04/07/delegation.html", "/old", "/missing", "/logo.png",
                    "/2015/07/20/rain.html", "/2021/04/08/empty.html")) {
                writer.fetch(URI.create(base + path));
            }
        }
        return file;
    }

    @Test
    void gzipAndPlainArchivesGiveThePagesAsArticles() throws IOException {
        for (Map.Entry<String, WarcCompression> kind : Map.of("site.warc.gz", WarcCompression.GZIP,
                "site.warc", WarcCompression.NONE).entrySet()) {
            List<SourceRecord> records = read(archive(kind.getKey(), kind.getValue()));
            assertThat(records).as(kind.getKey()).hasSize(3);
            Article delegation = (Article) records.get(0);
            assertThat(delegation.id()).isEqualTo(base + "/2021/04/07/delegation.html");
            assertThat(delegation.title()).isEqualTo("وصول الوفد العراقي إلى واشنطن");
            assertThat(delegation.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
            assertThat(delegation.published()).isEqualTo("2021-04-07T09:30:00+03:00");
            assertThat(delegation.dateEvidence().winner().kind()).isEqualTo(DateEvidence.Kind.META_PUBLISHED_TIME);
            assertThat(delegation.dateEvidence().candidates()).extracting(DateEvidence.Candidate::kind)
                    .containsExactly(DateEvidence.Kind.META_PUBLISHED_TIME, DateEvidence.Kind.URL,
                            DateEvidence.Kind.DATELINE, DateEvidence.Kind.CAPTURE);
            assertThat(delegation.text()).startsWith("بغداد - الأربعاء 7 أبريل: وصل الوفد العراقي")
                    .contains("ستبدأ غداً.").doesNotContain("الرئيسية").doesNotContain("فيسبوك").doesNotContain("خبر آخر");

            Article rain = (Article) records.get(1);
            assertThat(rain.text()).isEqualTo("الرياض: هطلت أمطار غزيرة، مساء أمس، على مناطق واسعة من العاصمة،"
                    + " وأعلن الدفاع المدني حالة التأهب.");
            assertThat(rain.dct()).isEqualTo(LocalDate.of(2015, 7, 20));
            assertThat(rain.dateEvidence().winner().kind()).isEqualTo(DateEvidence.Kind.URL);
            assertThat(rain.dateEvidence().disagrees()).as("captured today, published 2015: no contradiction").isFalse();

            Rejection empty = (Rejection) records.get(2);
            assertThat(empty.reason()).isEqualTo(Rejection.Reason.EMPTY_TEXT);
            assertThat(empty.articleId()).isEqualTo(base + "/2021/04/08/empty.html");
            assertThat(empty.origin().file()).endsWith(kind.getKey());
        }
    }

    /**
     * Partitions of an index ({@link RecordIndex}) read a web archive as partitions passing over it
     * did: the same records each, and every partition ends with the whole archive's records that
     * are no article (the last ones after the partition's last page included).
     */
    @Test
    void indexedPartitionsOfAnArchiveYieldItsRecordsAndCountWhatIsNoArticle() throws IOException {
        Path file = archive("site.warc.gz", WarcCompression.GZIP);
        Map<String, Long> whole;
        try (ArticleSource single = new ArticleSource(List.of(file))) {
            single.forEachRemaining(r -> { });
            whole = single.notArticles();
        }
        assertThat(whole).isNotEmpty();
        RecordIndex index = RecordIndex.build(List.of(file), 2, ArticleSource.Split.SIZE);
        for (int p = 0; p < 2; p++) {
            List<String> passed = new java.util.ArrayList<>();
            try (ArticleSource passing = new ArticleSource(List.of(file), p, 2, ArticleSource.Split.SIZE)) {
                passing.forEachRemaining(r -> passed.add(r.origin() + " " + r.getClass().getSimpleName()));
            }
            List<String> indexed = new java.util.ArrayList<>();
            try (ArticleSource source = new ArticleSource(index, p)) {
                source.forEachRemaining(r -> indexed.add(r.origin() + " " + r.getClass().getSimpleName()));
                assertThat(source.notArticles()).as("partition %d", p).isEqualTo(whole);
            }
            assertThat(indexed).as("partition %d", p).isEqualTo(passed).hasSize(index.records(p));
        }
    }

    @Test
    void aTruncatedArchiveKeepsItsFirstPagesAndTheNextFileIsRead() throws IOException {
        byte[] whole = Files.readAllBytes(archive("site.warc", WarcCompression.NONE));
        // cut inside the windows-1256 page's response record
        int cut = indexOf(whole, "WARC-Type: response".getBytes(StandardCharsets.US_ASCII),
                indexOf(whole, "/2015/07/20/rain.html".getBytes(StandardCharsets.US_ASCII), 0)) + 300;
        Path truncated = dir.resolve("a-truncated.warc");
        Files.write(truncated, java.util.Arrays.copyOf(whole, cut));
        Files.delete(dir.resolve("site.warc"));
        Path next = dir.resolve("b-next.jsonl");
        Files.writeString(next, MalformedInputs.valid("after", "2021-04-07", "نص") + "\n");

        List<SourceRecord> records = read(dir);
        assertThat(records).hasSize(3);
        assertThat(((Article) records.get(0)).id()).endsWith("/2021/04/07/delegation.html");
        Rejection damaged = (Rejection) records.get(1);
        assertThat(damaged.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE);
        // the message names the byte where the cut record starts (its WARC/1.x line), not the record before it
        int cutRecord = new String(whole, StandardCharsets.ISO_8859_1).lastIndexOf("WARC/1.", cut);
        assertThat(damaged.detail()).startsWith("the web archive is damaged ")
                .contains("record at byte " + cutRecord + " ");
        assertThat(damaged.origin().file()).isEqualTo(truncated.toString());
        assertThat(((Article) records.get(2)).id()).isEqualTo("after");
    }

    @Test
    void aWrongContentLengthIsARejectionNotACrash() throws IOException {
        byte[] whole = Files.readAllBytes(archive("site.warc", WarcCompression.NONE));
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC-Type: response", text.indexOf("WARC-Type: response") + 1);
        int header = text.indexOf("Content-Length: ", second);
        int end = text.indexOf("\r\n", header);
        long length = Long.parseLong(text.substring(header + 16, end));
        String broken = text.substring(0, header) + "Content-Length: " + (length + 37) + text.substring(end);
        Path file = dir.resolve("wrong-length.warc");
        Files.write(file, broken.getBytes(StandardCharsets.ISO_8859_1));
        Files.delete(dir.resolve("site.warc"));

        List<SourceRecord> records = read(file);
        assertThat(records.get(0)).isInstanceOf(Article.class);
        assertThat(records).last().isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE));
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }

    static List<SourceRecord> read(Path input) {
        List<SourceRecord> out = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(input))) {
            source.forEachRemaining(out::add);
        }
        return out;
    }
}
