package org.tarikh.chronology;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.Event;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.order.TimexIntervals;
import org.tarikh.store.Database;
import org.tarikh.store.TimelineStore;

/**
 * An in-memory timeline database holding the chronology test articles with hand-given
 * expressions (each event is the line of its expression), plus one hostile article whose
 * title, URL and text try HTML, XML and spreadsheet-formula injection. Stored through
 * {@link TimelineStore#saveAll}, as the job stores.
 */
public final class ChronologyDatabase {

    /** The hostile article's text: a formula-looking line, markup, an ampersand, a CR LF. */
    public static final String EVIL_TEXT = "تقرير خاص\r\n=1+2 قالت مصادر <script>alert('x')</script> إن القوات الأمريكية"
            + " غادرت قاعدة عين الأسد يوم 9 أبريل 2021 & عادت]]> بعدها.\r\n";

    private ChronologyDatabase() {
    }

    public static DataSource create() {
        return create("jdbc:h2:mem:chrono-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** The same database at {@code url} (e.g. a file database for the commands). */
    public static DataSource create(String url) {
        DataSource ds = Database.simple(url);
        Database.migrate(ds);
        List<AnnotatedArticle> articles = new ArrayList<>();
        articles.add(article("a_wire.txt", "chrono-a-wire", "2021-04-08", "وكالة الأنباء أ", "https://example.org/a",
                new String[][] {{"يوم الأربعاء 7 أبريل 2021", "2021-04-07", null}, {"أغسطس 2020", "2020-08", null},
                        {"يوم 7 أبريل 2021", "2021-04-07", null}}));
        articles.add(article("b_daily.txt", "chrono-b-daily", "2021-04-07", "صحيفة ب", "https://example.org/b",
                new String[][] {{"اليوم", "2021-04-07", null}, {"آب من العام الماضي", "2020-08", null}}));
        articles.add(article("c_weekly.txt", "chrono-c-weekly", "2021-04-10", "مجلة ج", "https://example.org/c",
                new String[][] {{"في 6 أبريل 2021", "2021-04-06", null}, {"وخلال أبريل 2021", "2021-04", null}}));
        articles.add(article("d_monthly.txt", "chrono-d-monthly", "2021-05-02", "مجلة د", "https://example.org/d",
                new String[][] {{"في أبريل 2021", "2021-04", null}, {"ومطلع أبريل 2021", "2021-04", "START"}}));
        articles.add(annotate(new Article("evil/<id>&\"x\"", "2021-04-10", LocalDate.of(2021, 4, 10),
                "<img src=x onerror=alert(1)> عنوان", "=cmd|' /C calc'!A0", "javascript:alert(1)", "ar", EVIL_TEXT,
                new Origin("memory", 0)), new String[][] {{"يوم 9 أبريل 2021", "2021-04-09", null}}));
        new TimelineStore(ds).saveAll(articles, null);
        SearchIndex.flush(ds); // as at the end of a run
        return ds;
    }

    /** Stores one more one-line article (published 2021-04-08) whose event is dated by «يوم 7 أبريل 2021». */
    public static void store(DataSource ds, String id, String text) {
        Article a = new Article(id, "2021-04-08", LocalDate.of(2021, 4, 8), "عنوان", "وكالة ز", "https://example.org/z",
                "ar", text, new Origin("memory", 0));
        new TimelineStore(ds).saveAll(List.of(annotate(a, new String[][] {{"يوم 7 أبريل 2021", "2021-04-07", null}})), null);
    }

    /**
     * Stores one more article (published 2021-04-08) with its title: every «يوم 7 أبريل 2021» in
     * {@code text} is an expression, and the line holding it an event.
     */
    public static void store(DataSource ds, String id, String title, String text) {
        Article a = new Article(id, "2021-04-08", LocalDate.of(2021, 4, 8), title, "وكالة ز", "https://example.org/z",
                "ar", text, new Origin("memory", 0));
        String day = "يوم 7 أبريل 2021";
        int n = text.split(day, -1).length - 1;
        String[][] expressions = new String[n][];
        java.util.Arrays.fill(expressions, new String[] {day, "2021-04-07", null});
        new TimelineStore(ds).saveAll(List.of(annotate(a, expressions)), null);
    }

    private static AnnotatedArticle article(String file, String id, String published, String source, String url,
            String[][] expressions) {
        String title = Fixtures.read(file).lines().findFirst().orElseThrow();
        Article a = new Article(id, published, LocalDate.parse(published), title, source, url, "ar",
                Fixtures.read(file), new Origin(Path.of(file).toString(), 0));
        return annotate(a, expressions);
    }

    /** Each {text, value, mod}: the first occurrence after the previous one is the expression; its line is the event. */
    private static AnnotatedArticle annotate(Article a, String[][] expressions) {
        String text = a.text();
        List<Timex> timexes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        int from = 0;
        for (String[] x : expressions) {
            int at = text.indexOf(x[0], from);
            if (at < 0) {
                throw new IllegalArgumentException(x[0] + " not in " + a.id());
            }
            Timex t = new Timex("t" + (timexes.size() + 1), at, at + x[0].length(), x[0], "DATE", x[1], x[2], null, null, null);
            timexes.add(t);
            int begin = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            events.add(new Event(events.size(), begin, end, text.substring(begin, end), t,
                    TimexIntervals.of(x[1], x[2], a.dct()).orElseThrow(), List.of()));
            from = at + x[0].length();
        }
        return new AnnotatedArticle(a, a.contentHash(), timexes, events);
    }
}
