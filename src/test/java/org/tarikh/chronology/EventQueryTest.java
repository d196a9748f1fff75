package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Filters on the stored chronology test articles: Arabic-aware words, entities, sources, articles, dates. */
class EventQueryTest {

    static DataSource db;
    static EventQuery query;

    @BeforeAll
    static void store() {
        db = ChronologyDatabase.create();
        query = new EventQuery(db);
    }

    /** The events the filter matches (without the context of articles about a query). */
    static List<String> refs(ChronologyFilter f) {
        EventQuery.Found found = query.find(f, 0);
        return found.events().stream().map(SourceEvent::ref).filter(r -> !found.contextOnly().contains(r)).toList();
    }

    static ChronologyFilter words(String q) {
        return new ChronologyFilter(q, null, null, null, null, null);
    }

    @Test
    void wordsMatchAcrossCliticsHamzaAndTaMarbuta() {
        List<String> plain = refs(words("القوات الأمريكية"));
        assertThat(plain).containsExactlyInAnyOrder("chrono-b-daily#0", "chrono-c-weekly#0", "evil/<id>&\"x\"#0");
        // prefixed article and preposition, bare alef, final ha for ta marbuta, no article at all
        assertThat(refs(words("للقوات الامريكيه"))).isEqualTo(plain);
        assertThat(refs(words("قوات أمريكية"))).isEqualTo(plain);
        // «قواتها» (pronoun suffix) meets «القوات»; the words need not be adjacent
        assertThat(refs(words("سحب قواتها"))).containsExactlyInAnyOrder("chrono-a-wire#0", "chrono-c-weekly#0",
                "chrono-d-monthly#0");
        assertThat(refs(words("القتالية"))).hasSize(4);
    }

    @Test
    void allWordsMustOccur() {
        assertThat(refs(words("القوات معرض"))).isEmpty();
        assertThat(refs(words("معرض"))).containsExactlyInAnyOrder("chrono-a-wire#2", "chrono-d-monthly#1");
    }

    @Test
    void anEntityIsAPhrase() {
        assertThat(refs(new ChronologyFilter(null, "عين الأسد", null, null, null, null)))
                .containsExactly("evil/<id>&\"x\"#0");
        assertThat(refs(new ChronologyFilter(null, "الأسد عين", null, null, null, null))).isEmpty();
        assertThat(refs(new ChronologyFilter(null, "الكاظمي", null, null, null, null)))
                .containsExactlyInAnyOrder("chrono-a-wire#1", "chrono-b-daily#1");
    }

    @Test
    void sourceArticleAndDatesFilter() {
        assertThat(refs(new ChronologyFilter(null, null, "مجلة", null, null, null)))
                .allMatch(r -> r.startsWith("chrono-c") || r.startsWith("chrono-d")).hasSize(4);
        assertThat(refs(new ChronologyFilter(null, null, null, "chrono-b-daily", null, null)))
                .containsExactly("chrono-b-daily#1", "chrono-b-daily#0");
        LocalDate day = LocalDate.of(2021, 4, 7);
        // events whose interval touches 2021-04-07: the day itself, and the months that contain it
        assertThat(refs(new ChronologyFilter(null, null, null, null, day, day))).containsExactlyInAnyOrder(
                "chrono-a-wire#0", "chrono-a-wire#2", "chrono-b-daily#0", "chrono-c-weekly#1", "chrono-d-monthly#0",
                "chrono-d-monthly#1");
        // SQL metacharacters in a filter are data, not patterns
        assertThat(refs(new ChronologyFilter(null, null, "%", null, null, null))).isEmpty();
        assertThat(refs(new ChronologyFilter(null, null, "_", null, null, null))).isEmpty();
    }

    @Test
    void resultsComeInStoredTimelineOrder() {
        List<SourceEvent> all = query.events(ChronologyFilter.ALL);
        assertThat(all).hasSize(10).isSortedAccordingTo(Comparator.comparing(SourceEvent::start)
                .thenComparing(SourceEvent::until).thenComparing(SourceEvent::articleId).thenComparingInt(SourceEvent::seq));
    }

    @Test
    void eventsStoredBeforeTheSearchColumnAreFilledInOnFirstUse() {
        DataSource other = ChronologyDatabase.create();
        // as stored before V3 (no search form) and so before V11 (not in the search index)
        new JdbcTemplate(other).update("UPDATE event SET search_terms = NULL");
        new JdbcTemplate(other).update("DELETE FROM search_indexed");
        new JdbcTemplate(other).update("DELETE FROM search_term");
        EventQuery q = new EventQuery(other);
        EventQuery.Found found = q.find(words("القوات الأمريكية"), 0);
        assertThat(found.events().stream().filter(e -> !found.contextOnly().contains(e.ref()))).hasSize(3);
        assertThat(new JdbcTemplate(other).queryForObject("SELECT COUNT(*) FROM event WHERE search_terms IS NULL",
                Integer.class)).isZero();
    }

    @Test
    void precisionAndProvenanceAreReported() {
        List<SourceEvent> all = query.events(ChronologyFilter.ALL);
        SourceEvent today = all.stream().filter(e -> e.ref().equals("chrono-b-daily#0")).findFirst().orElseThrow();
        assertThat(today.precision().label()).isEqualTo("day");
        assertThat(today.precision().provenance()).isEqualTo(Precision.Provenance.EXPLICIT);
        assertThat(today.precision().relative()).isTrue();
        SourceEvent start = all.stream().filter(e -> e.ref().equals("chrono-d-monthly#1")).findFirst().orElseThrow();
        assertThat(start.precision().label()).isEqualTo("month (START)");
        assertThat(start.precision().display()).isEqualTo("2021-04 START");
        assertThat(start.precision().relative()).isFalse();
    }

    @Test
    void aSourcesLabelledBottomLineIsBoilerplateWhateverFollowsTheLabel() {
        DataSource ds = ChronologyDatabase.create();
        String body = "افتتح الوزير المعرض.\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\n";
        // four articles of one source («وكالة ز»): the tag list varies from its first tag on, the label does not
        String[] tags = {"الحوثي، اليمن", "داعش، العراق", "التعليم، الحد الجنوبي", "مصر، السيسي"};
        for (int i = 0; i < tags.length; i++) {
            ChronologyDatabase.store(ds, "tags-" + i, body + "سمات: " + tags[i] + "، يوم 7 أبريل 2021");
        }
        // and one whose last line varies without a label: a happening
        ChronologyDatabase.store(ds, "plain", body + "وصل الوفد إلى الرياض يوم 7 أبريل 2021");
        EventQuery q = new EventQuery(ds);
        ChronologyFilter source = new ChronologyFilter(null, null, "وكالة ز", null, null, null);
        EventQuery.Found found = q.find(source, 0);
        assertThat(found.events()).extracting(SourceEvent::ref).containsExactly("plain#0");
        assertThat(found.hidden()).containsEntry("BOILERPLATE", 4);
        // stored and shown with the other kinds
        List<SourceEvent> all = q.events(new ChronologyFilter(null, null, "وكالة ز", null, null, null, true));
        assertThat(all).hasSize(5);
        assertThat(all).filteredOn(e -> e.articleId().startsWith("tags-")).extracting(SourceEvent::kind)
                .containsOnly("BOILERPLATE");
    }

    @Test
    void aLineTheSourceRepeatsIsBoilerplateEvenWhereItSeldomHoldsAnEvent() {
        DataSource ds = ChronologyDatabase.create();
        // six articles of one source end with its link line; only in one does the line hold an event
        // (the date in its title): 1 of 6 articles is under a fifth, the line itself is in all six
        for (int i = 0; i < 5; i++) {
            ChronologyDatabase.store(ds, "news-" + i, "عنوان الخبر\nافتتح الوزير المعرض يوم 7 أبريل 2021\n"
                    + "وقال إنه سعيد.\nوأضاف أن المعرض كبير.\nوختم كلمته.\nرابط الخبر بصحيفة الوئام: عنوان الخبر رقم " + i);
        }
        ChronologyDatabase.store(ds, "link", "قال الوزير إنه سعيد.\nوأضاف أن المعرض كبير.\nوختم كلمته.\n"
                + "رابط الخبر بصحيفة الوئام: الوزير يفتتح المعرض يوم 7 أبريل 2021");
        EventQuery q = new EventQuery(ds);
        ChronologyFilter source = new ChronologyFilter(null, null, "وكالة ز", null, null, null);
        EventQuery.Found found = q.find(source, 0);
        assertThat(found.events()).extracting(SourceEvent::articleId).containsExactlyInAnyOrder(
                "news-0", "news-1", "news-2", "news-3", "news-4");
        assertThat(found.hidden()).containsEntry("BOILERPLATE", 1);
        // the count reads the boundary lines alone (V15 filled them in for articles stored before V13): without
        // them, not even the events' own line keys make a line boilerplate
        new JdbcTemplate(ds).update("DELETE FROM article_line_key");
        EventQuery.Found without = q.find(source, 0);
        assertThat(without.events()).hasSize(6);
        assertThat(without.hidden()).doesNotContainKey("BOILERPLATE");
    }
    @Test
    void anArticleWhoseTitleOrLeadNamesTheQueryGivesItsOtherEventsAsContext() {
        DataSource ds = ChronologyDatabase.create();
        // the lead names the query; the next lines do not
        ChronologyDatabase.store(ds, "lead", "عنوان", "هاجم أنصار الحوثي مدينة مأرب يوم 7 أبريل 2021\n"
                + "وقصفت المدفعية حي الجمهوري السكني في تعز يوم 7 أبريل 2021\n"
                + "وافتتح الوزير مستشفى جديدا في جدة يوم 7 أبريل 2021");
        // the title names the query; only a later line does
        ChronologyDatabase.store(ds, "titled", "مواجهات مع الحوثي في صعدة", "اشتبك مقاتلون قرب صعدة يوم 7 أبريل 2021\n"
                + "وقال مصدر إن أنصار الحوثي تراجعوا يوم 7 أبريل 2021");
        // only a later paragraph names the query: the article is not about it
        ChronologyDatabase.store(ds, "aside", "عنوان", "زار الأمير معرض الكتاب في الرياض يوم 7 أبريل 2021\n"
                + "وتحدث عن الحوثي في كلمة يوم 7 أبريل 2021");
        EventQuery q = new EventQuery(ds);
        EventQuery.Found found = q.find(words("الحوثي"), 0);
        List<String> shown = found.events().stream().map(SourceEvent::ref).toList();
        assertThat(shown).contains("lead#0", "lead#1", "lead#2", "titled#0", "titled#1", "aside#1")
                .doesNotContain("aside#0");
        assertThat(found.contextOnly()).containsExactlyInAnyOrder("lead#1", "lead#2", "titled#0");
    }

    @Test
    void contextEventsAreShownInTheEntriesOfTheQuerysEventsNotAlone() {
        DataSource ds = ChronologyDatabase.create();
        ChronologyDatabase.store(ds, "lead", "عنوان", "هاجم أنصار الحوثي مدينة مأرب يوم 7 أبريل 2021\n"
                + "وقصفت المدفعية الثقيلة حي الجمهوري السكني في وسط مدينة تعز يوم 7 أبريل 2021\n"
                + "وافتتح الوزير مستشفى جديدا في جدة يوم 7 أبريل 2021");
        // a copy of the shelling report, in a paragraph that names the query
        ChronologyDatabase.store(ds, "other", "عنوان", "قصفت المدفعية الثقيلة حي الجمهوري السكني في وسط مدينة تعز"
                + " يوم 7 أبريل 2021 بحسب الحوثي");
        Chronology c = ChronologyBuilder.query(ds, words("الحوثي"), MergeRule.DEFAULT, true);
        List<List<String>> entries = c.entries().stream()
                .map(e -> e.sources().stream().map(SourceEvent::ref).sorted().toList()).toList();
        assertThat(entries).contains(List.of("lead#1", "other#0")); // the shelling, told by both
        assertThat(entries).noneMatch(e -> e.contains("lead#2")); // the hospital: not about the query
        assertThat(c.sourceEvents()).isEqualTo(entries.stream().mapToInt(List::size).sum());
        // without merging, every entry is alone: only the query's own events are shown
        Chronology single = ChronologyBuilder.query(ds, words("الحوثي"), MergeRule.DEFAULT, false);
        assertThat(single.entries()).flatExtracting(ChronologyEntry::sources).extracting(SourceEvent::ref)
                .containsExactlyInAnyOrder("lead#0", "other#0");
    }

    /**
     * A frequent term matches many articles: the query reads their events in a few statements (by
     * hundreds of articles), not one per article and one per source, so that what the database is
     * asked does not grow with the number of articles the term is in.
     */
    @Test
    void theStatementsOfAQueryDoNotGrowWithTheArticlesItMatches() {
        assertThat(statementsOfAQueryMatching(40)).isEqualTo(statementsOfAQueryMatching(3));
    }

    private static int statementsOfAQueryMatching(int articles) {
        DataSource plain = ChronologyDatabase.create();
        for (int i = 0; i < articles; i++) {
            ChronologyDatabase.store(plain, "marib-" + i, "عنوان " + i, "هاجمت القوات مدينة مأرب يوم 7 أبريل 2021\n"
                    + "وافتتح الوزير مستشفى جديدا في جدة يوم 7 أبريل 2021\nوقال المتحدث إن الوضع هادئ يوم 7 أبريل 2021");
        }
        org.tarikh.store.CountingDataSource ds = new org.tarikh.store.CountingDataSource(plain);
        EventQuery q = new EventQuery(ds);
        // every kind: the articles' repeated lines are boilerplate, which is counted but not shown
        List<SourceEvent> found = q.events(new ChronologyFilter("مأرب", null, null, null, null, null, true));
        assertThat(found).extracting(SourceEvent::articleId).contains("marib-0", "marib-" + (articles - 1));
        return ds.statements();
    }
    /**
     * A dateline names where a report was filed, not what it is about: «سبق- الرياض:» at the head
     * of a one-line article made all its events match «الرياض» (their paragraph is the whole text).
     */
    @Test
    void aDatelineDoesNotMakeTheLeadNameTheQuery() {
        DataSource ds = ChronologyDatabase.create();
        ChronologyDatabase.store(ds, "dateline", "عنوان", "سبق- الرياض: هاجم أنصار الحوثي مدينة مأرب يوم 7 أبريل 2021\n"
                + "وافتتح الوزير مستشفى جديدا في جدة يوم 7 أبريل 2021");
        storeLeadNamingRiyadh(ds);
        EventQuery q = new EventQuery(ds);
        // «lead» names Riyadh after its dateline: its other events come as context; «dateline» does not
        EventQuery.Found riyadh = q.find(words("الرياض"), 0);
        assertThat(riyadh.events()).extracting(SourceEvent::ref).containsExactlyInAnyOrder("lead#0", "lead#1");
        assertThat(riyadh.contextOnly()).containsExactly("lead#1");
        assertThat(q.events(words("مأرب"))).extracting(SourceEvent::ref).contains("dateline#0");
        assertThat(q.events(words("جدة"))).extracting(SourceEvent::ref).contains("dateline#1", "lead#1")
                .doesNotContain("lead#0"); // «جدة» in the dateline of «lead» is not its lead's
    }

    /** «lead»: its lead names Riyadh after a dateline filed in Jeddah; its second event is in Jeddah. */
    private static void storeLeadNamingRiyadh(DataSource ds) {
        ChronologyDatabase.store(ds, "lead", "عنوان", "سبق- جدة: افتتح أمير الرياض معرض الكتاب يوم 7 أبريل 2021\n"
                + "وزار الوزير مستشفى جديدا في جدة يوم 7 أبريل 2021");
    }

    /** With a limit, a frequent word gives the events of the newest articles that match, and says others were left out. */
    @Test
    void aLimitKeepsTheNewestMatchingArticles() {
        DataSource ds = ChronologyDatabase.create();
        for (int i = 0; i < 5; i++) {
            ChronologyDatabase.store(ds, "marib-" + i, "عنوان", "هاجمت القوات مدينة مأرب يوم 7 أبريل 2021");
        }
        new JdbcTemplate(ds).update("UPDATE article SET dct = DATEADD(DAY, -1, dct) WHERE id = 'marib-4'");
        EventQuery q = new EventQuery(ds);
        // the same day for all but marib-4, a day older: the newest are marib-3 and marib-2 (the greater ids)
        EventQuery.Found two = q.find(words("مأرب"), 2);
        assertThat(two.events()).extracting(SourceEvent::articleId).containsExactlyInAnyOrder("marib-3", "marib-2");
        assertThat(two.limited()).isTrue();
        assertThat(two.candidateArticles()).isEqualTo(5);
        EventQuery.Found none = q.find(words("مأرب"), 0);
        assertThat(none.events()).hasSize(5);
        assertThat(none.limited()).isFalse();
        EventQuery.Found five = q.find(words("مأرب"), 5);
        assertThat(five.events()).hasSize(5);
        assertThat(five.limited()).isFalse();
        // without words there is nothing to limit by
        EventQuery.Found all = q.find(ChronologyFilter.ALL, 2);
        assertThat(all.events()).hasSizeGreaterThan(2);
        assertThat(all.limited()).isFalse();
        assertThat(all.candidateArticles()).isEqualTo(-1);
        ChronologyBuilder.Newest newest = ChronologyBuilder.queryNewest(ds, words("مأرب"), MergeRule.DEFAULT, true, 1);
        assertThat(newest.limited()).isTrue();
        assertThat(newest.chronology().articles()).isEqualTo(1);
    }

    /** Five articles on Marib, and one whose lead names Riyadh after a dateline (its second event is context). */
    private static DataSource maribAndRiyadh() {
        DataSource ds = ChronologyDatabase.create();
        for (int i = 0; i < 5; i++) {
            ChronologyDatabase.store(ds, "marib-" + i, "عنوان", "هاجمت القوات مدينة مأرب يوم 7 أبريل 2021");
        }
        storeLeadNamingRiyadh(ds);
        return ds;
    }

    /**
     * What a call found is its own: a second call through the same query leaves the first's
     * events, context, limit flag and candidate count as they were (they were fields of the
     * query, overwritten by each call).
     */
    @Test
    void twoQueriesThroughOneInstanceEachKeepTheirOwnFlags() {
        EventQuery q = new EventQuery(maribAndRiyadh());
        EventQuery.Found riyadh = q.find(words("الرياض"), 0);
        EventQuery.Found marib = q.find(words("مأرب"), 2);
        assertThat(riyadh.events()).extracting(SourceEvent::ref).containsExactlyInAnyOrder("lead#0", "lead#1");
        assertThat(riyadh.contextOnly()).containsExactly("lead#1");
        assertThat(riyadh.limited()).isFalse();
        assertThat(riyadh.candidateArticles()).isEqualTo(1);
        assertThat(marib.events()).hasSize(2);
        assertThat(marib.contextOnly()).isEmpty();
        assertThat(marib.limited()).isTrue();
        assertThat(marib.candidateArticles()).isEqualTo(5);
    }

    /** Calls through one query at the same time find what each finds alone. */
    @Test
    void concurrentCallsThroughOneInstanceDoNotInterfere() throws Exception {
        DataSource ds = maribAndRiyadh();
        List<ChronologyFilter> filters = List.of(words("الرياض"), words("مأرب"), words("جدة"), ChronologyFilter.ALL);
        List<EventQuery.Found> alone = new java.util.ArrayList<>();
        for (ChronologyFilter f : filters) {
            alone.add(new EventQuery(ds).find(f, 2));
        }
        EventQuery shared = new EventQuery(ds);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(filters.size());
        try {
            List<java.util.concurrent.Future<EventQuery.Found>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (ChronologyFilter f : filters) {
                    futures.add(pool.submit(() -> shared.find(f, 2)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % filters.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
