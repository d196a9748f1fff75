package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Main-text extraction measured on pages written for these tests after five common layouts of
 * Arabic news sites (a pan-Arab daily, an old table-based portal whose text is lines split by
 * {@code <br>}, a news network with JSON-LD, an online daily, a blog): precision and recall of
 * the kept words against each page's gold body (title excluded, dateline included).
 */
class MainTextExtractionTest {

    private static final List<String> LAYOUTS = List.of("pan-arab-daily", "old-portal", "news-network", "online-daily",
            "news-blog");

    @Test
    void keptTextMatchesTheGoldBodies() throws Exception {
        long kept = 0;
        long gold = 0;
        long both = 0;
        List<String> report = new ArrayList<>();
        for (String layout : LAYOUTS) {
            Path html = resource(layout + ".html");
            List<String> got = words(MainText.of(org.jsoup.Jsoup.parse(html.toFile())));
            List<String> want = words(Files.readString(resource(layout + ".gold.txt")));
            long common = overlap(got, want);
            kept += got.size();
            gold += want.size();
            both += common;
            double p = (double) common / got.size();
            double rec = (double) common / want.size();
            report.add(String.format("%-15s precision %.3f recall %.3f (%d kept, %d gold words)", layout, p, rec,
                    got.size(), want.size()));
            assertThat(p).as(layout + " precision").isGreaterThanOrEqualTo(0.85);
            assertThat(rec).as(layout + " recall").isGreaterThanOrEqualTo(0.95);
        }
        report.add(String.format("%-15s precision %.3f recall %.3f", "all", (double) both / kept, (double) both / gold));
        System.out.println(String.join("\n", report));
        assertThat((double) both / kept).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat((double) both / gold).as("overall recall").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void pageDatesAndDatelinesAreEvidence() throws Exception {
        Article network = (Article) HtmlFiles.read(resource("news-network.html"));
        assertThat(network.dateEvidence().summary()).isEqualTo("json-ld 2015-07-22; time-element 2015-07-22");
        assertThat(network.title()).isEqualTo("محادثات جديدة حول سد النهضة");
        // no metadata, no capture date: a dateline without a year dates nothing
        assertThat(HtmlFiles.read(resource("old-portal.html"))).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.MISSING_PUBLISHED));
        Article blog = (Article) HtmlFiles.read(resource("news-blog.html"));
        assertThat(blog.dateEvidence().summary()).isEqualTo("article:published_time 2015-07-23; dateline 2015-07-23");
    }

    private static long overlap(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(w -> counts.merge(w, 1, Integer::sum));
        long n = 0;
        for (String w : a) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                counts.put(w, c - 1);
                n++;
            }
        }
        return n;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s\\p{Punct}،؛؟«»]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(MainTextExtractionTest.class.getResource("layouts/" + name).toURI());
    }
}
