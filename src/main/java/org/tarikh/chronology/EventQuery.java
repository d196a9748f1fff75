package org.tarikh.chronology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.annotate.Timex;

/**
 * Reads per-article events for a chronology. Filtering happens in SQL, on the stored search
 * forms ({@code event.search_terms}, see {@link ArabicTerms}) with bind parameters only, and
 * the order is the stored timeline keys: {@code sort_start, sort_end, article_id, seq}.
 */
public class EventQuery {

    private static final String SELECT = """
            SELECT e.article_id, e.seq, e.begin_offset, e.end_offset, e.event_text, e.sort_start, e.sort_end,
                   e.granularity, e.vague, COALESCE(t.covered_text, ''), COALESCE(t.timex_type, 'DATE'),
                   COALESCE(t.timex_value, e.event_value, CAST(a.dct AS VARCHAR)), t.timex_mod,
                   COALESCE(t.begin_offset, -1), COALESCE(t.end_offset, -1), a.dct, a.title, a.source, a.url,
                   e.search_terms, e.trigger_text, COALESCE(e.trigger_begin, -1), e.trigger_group, e.kind, e.relation,
                   e.line_key, a.dct_disagreement
              FROM event e
              LEFT JOIN timex t ON t.article_id = e.article_id AND t.seq = e.timex_seq
              JOIN article a ON a.id = e.article_id
             WHERE 1 = 1
            """;

    private final JdbcTemplate jdbc;

    public EventQuery(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * What one {@link #find} call found: the events, in timeline order, and what the caller needs
     * to say about them. A value of its own per call: two calls through one {@code EventQuery},
     * one after the other or at the same time, each keep their own.
     *
     * @param events            the events shown (only happenings unless {@link ChronologyFilter#allKinds()})
     * @param hidden            how many events were left out by kind (STATE, OPINION, BOILERPLATE), in name order
     * @param contextOnly       the refs of the events that are there only because their article is about
     *                          the query, not because their paragraph names it or they are a mention of one
     *                          that does: they may join an entry, but an entry of such events alone is not shown
     * @param limited           whether matching articles (older than those read) were left out because of
     *                          the limit on articles
     * @param candidateArticles how many articles the words named (their paragraphs have every query word,
     *                          their text the entity's), before the other filters; -1 without words
     */
    public record Found(List<SourceEvent> events, Map<String, Integer> hidden, Set<String> contextOnly,
            boolean limited, int candidateArticles) {
    }

    /**
     * The events matching the filter, in timeline order, each with its kind as shown: a line its
     * source repeats ({@link org.tarikh.anchor.Lines#key}) at the same place in at least
     * {@value #BOILERPLATE_MIN_ARTICLES} of its articles and in at least a fifth of them is
     * BOILERPLATE. Unless {@link ChronologyFilter#allKinds()}, only happenings are returned (the
     * others are counted in {@link Found#hidden()} of {@link #find}).
     */
    public List<SourceEvent> events(ChronologyFilter f) {
        return find(f, 0).events();
    }

    /**
     * As above, with what the call found beside the events; with words ({@code query},
     * {@code entity}) the events of at most {@code maxArticles} articles (0: no limit): the newest
     * ones (publication day, then id) that have a matching event ({@link Found#limited()} says
     * whether others were left out, {@link Found#candidateArticles()} how many articles the words'
     * postings named). A frequent word («الرياض», «النفط») names thousands of articles; their
     * merged chronology is neither quick nor readable, and the newest part of it is what an
     * archivist asks for first (narrow it with {@code --from/--to}).
     */
    public Found find(ChronologyFilter f, int maxArticles) {
        Call call = new Call(maxArticles);
        List<Row> all = matching(call, f);
        Set<String> context = new java.util.HashSet<>();
        if (f.query() != null && !f.query().isBlank() && f.article() == null) {
            all = withChainedMentions(call, f, all, context);
        }
        Map<String, Set<String>> boilerplate = boilerplateLines(all);
        Map<String, Integer> hidden = new java.util.TreeMap<>(); // in name order, the same every time
        List<SourceEvent> out = new ArrayList<>();
        for (Row r : all) {
            SourceEvent e = r.event();
            if (r.lineKey() != null
                    && boilerplate.getOrDefault(String.valueOf(e.source()), Set.of()).contains(r.lineKey())) {
                e = e.withKind("BOILERPLATE");
            }
            if (f.allKinds() || "HAPPENING".equals(e.kind())) {
                out.add(e);
            } else {
                hidden.merge(e.kind(), 1, Integer::sum);
            }
        }
        return new Found(out, java.util.Collections.unmodifiableMap(hidden),
                java.util.Collections.unmodifiableSet(context), call.limited, call.candidateArticles);
    }

    static final int BOILERPLATE_MIN_ARTICLES = 3;

    /**
     * The state of one {@link #find} call, carried through its steps and never kept in the
     * query: its limit on articles, what reading found about it, and one instance of each
     * repeated value of the events it reads ({@link #one}).
     */
    private static final class Call {
        /** The limit on articles (0: none). */
        final int maxArticles;
        /** Whether matching articles were left out because of the limit. */
        boolean limited;
        /** How many articles the words' postings named (-1: no words). */
        int candidateArticles = -1;
        /**
         * One instance of each repeated value of the events read by this call: terms (a few tens
         * of thousands of distinct ones among millions), an article's id, title, source, URL and
         * publication day (the same for all its events), granularities, kinds. A whole-archive
         * chronology otherwise holds millions of equal strings.
         */
        private final Map<Object, Object> shared = new HashMap<>();
        /**
         * Every event row of each article read for the words' candidates (not only the candidate
         * events), when the words are a query alone: the SQL conditions of that read are those of
         * reading every event of the matched articles ({@link #withChainedMentions}), which then
         * takes them from here instead of reading the articles again. Null: not recorded.
         */
        Map<String, List<Row>> everyRow;

        Call(int maxArticles) {
            this.maxArticles = maxArticles;
        }

        @SuppressWarnings("unchecked")
        <T> T one(T value) {
            return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
        }
    }

    /** More line keys of one source than this are counted in one pass over the source, not key by key. */
    static final int WHOLE_SOURCE_KEYS = 5000;

    /**
     * A topic is named once per paragraph, but a happening is told over several: the other
     * mentions of a happening whose mention matches the query ({@link ArticleChains}: «وأضاف» in
     * the next paragraph, «الهجوم» referring back) are about the topic too, and are added. So are
     * the other events of an article whose title or lead names the query, as context only (their
     * refs added to {@code context}, see {@link Found#contextOnly()}).
     */
    private List<Row> withChainedMentions(Call call, ChronologyFilter f, List<Row> matched, Set<String> context) {
        Set<String> refs = new java.util.HashSet<>();
        Map<String, Boolean> articles = new java.util.LinkedHashMap<>();
        for (Row r : matched) {
            refs.add(r.event().ref());
            articles.put(r.event().articleId(), true);
        }
        List<Row> out = new ArrayList<>(matched);
        // every event of the matched articles: read with them (Call.everyRow), or in one query per few hundred articles
        List<Row> every;
        if (call.everyRow != null && call.everyRow.keySet().containsAll(articles.keySet())) {
            every = new ArrayList<>();
            for (String article : articles.keySet()) {
                every.addAll(call.everyRow.get(article));
            }
            every.sort(java.util.Comparator.comparing(Row::event, TIMELINE_ORDER));
        } else {
            every = matching(call, new ChronologyFilter(null, f.entity(), f.source(), null, f.from(), f.to(),
                    f.allKinds()), articles.keySet());
        }
        Map<String, List<Row>> byArticle = new HashMap<>(); // in timeline order
        for (Row r : every) {
            byArticle.computeIfAbsent(r.event().articleId(), k -> new ArrayList<>()).add(r);
        }
        for (String article : articles.keySet()) {
            List<Row> rows = byArticle.getOrDefault(article, List.of());
            List<SourceEvent> events = new ArrayList<>(rows.size());
            for (Row r : rows) {
                events.add(r.event());
            }
            int[] chain = ArticleChains.of(events);
            boolean about = about(events, refs, f.query());
            Set<Integer> shown = new java.util.HashSet<>();
            for (int i = 0; i < events.size(); i++) {
                if (chain[i] >= 0 && refs.contains(events.get(i).ref())) {
                    shown.add(chain[i]);
                }
            }
            for (int i = 0; i < events.size(); i++) {
                boolean chained = chain[i] >= 0 && shown.contains(chain[i]);
                if ((about || chained) && !refs.contains(events.get(i).ref())) {
                    out.add(rows.get(i));
                    if (!chained) {
                        context.add(events.get(i).ref());
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Row::event, TIMELINE_ORDER)); // stable, as before
        return out;
    }

    /**
     * Whether an article is about the query, so that its events in paragraphs that do not name
     * the query are context ({@link Found#contextOnly()}): its title has every query term, or its lead
     * does (the paragraph of its first event is among those matching the query).
     */
    private static boolean about(List<SourceEvent> events, Set<String> matched, String query) {
        if (events.isEmpty()) {
            return false;
        }
        if (new java.util.HashSet<>(ArabicTerms.of(events.get(0).title())).containsAll(ArabicTerms.of(query))) {
            return true;
        }
        SourceEvent first = events.stream().min(java.util.Comparator.comparingInt(SourceEvent::seq)).orElseThrow();
        return matched.contains(first.ref());
    }

    /**
     * Per source of these events: those of their line keys the source repeats at the same place
     * across its articles. Only the keys these events have are looked up (through the line key
     * indexes), and each is counted over the articles' boundary lines ({@code article_line_key},
     * {@link org.tarikh.anchor.Lines#keys}), not only over lines that hold an event: a link line
     * rarely holds one (migration V15 filled it in for the articles stored before it).
     */
    private Map<String, Set<String>> boilerplateLines(List<Row> events) {
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, Set<String>> keysBySource = new java.util.TreeMap<>();
        for (Row r : events) {
            if (r.lineKey() != null) {
                keysBySource.computeIfAbsent(String.valueOf(r.event().source()), k -> new java.util.TreeSet<>())
                        .add(r.lineKey());
            }
        }
        for (Map.Entry<String, Set<String>> e : keysBySource.entrySet()) {
            String source = e.getKey();
            int articles = articlesOf(source);
            Set<String> keys = new java.util.HashSet<>();
            List<String> all = new ArrayList<>(e.getValue());
            // one row per (article, key), with the article's source (V20): a count of rows is a count of articles
            if (all.size() > WHOLE_SOURCE_KEYS) { // most of the source's lines (a whole-archive chronology): one pass
                keys.addAll(jdbc.queryForList("""
                        SELECT line_key FROM article_line_key WHERE COALESCE(source, 'null') = ?
                         GROUP BY line_key HAVING COUNT(*) >= ? AND COUNT(*) * 5 >= ?
                        """, String.class, source, BOILERPLATE_MIN_ARTICLES, articles));
                keys.retainAll(e.getValue());
                all = List.of();
            }
            for (int i = 0; i < all.size(); i += SearchIndex.IN_CHUNK) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + SearchIndex.IN_CHUNK));
                List<Object> args = new ArrayList<>(chunk);
                args.add(source);
                args.add(BOILERPLATE_MIN_ARTICLES);
                args.add(articles);
                keys.addAll(jdbc.queryForList("SELECT line_key FROM article_line_key"
                        + " WHERE line_key IN (" + SearchIndex.marks(chunk.size()) + ") AND COALESCE(source, 'null') = ?"
                        + " GROUP BY line_key HAVING COUNT(*) >= ? AND COUNT(*) * 5 >= ?", String.class, args.toArray()));
            }
            out.put(source, keys);
        }
        return out;
    }

    /** How many articles a source has (through the index on article.source); "null" counts those without one. */
    private int articlesOf(String source) {
        Integer n = "null".equals(source)
                ? jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE source IS NULL OR source = 'null'", Integer.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE source = ?", Integer.class, source);
        return n == null ? 0 : n;
    }

    /**
     * Whether this query already indexed the articles stored before the search index (once is
     * enough). Not a call's state: a flag that only goes from false to true; two calls that both
     * see it false both complete the index, which {@link SearchIndex#complete} allows.
     */
    private volatile boolean indexed;

    /** One row of {@link #SELECT}: the event and its line key (boilerplate). */
    private record Row(SourceEvent event, String lineKey) {
    }

    private static final java.util.Comparator<SourceEvent> TIMELINE_ORDER = java.util.Comparator
            .comparing(SourceEvent::start).thenComparing(SourceEvent::until).thenComparing(SourceEvent::articleId)
            .thenComparingInt(SourceEvent::seq);

    /**
     * The events matching the filter. Words ({@code query}, {@code entity}) are looked up in the
     * {@link SearchIndex}: their postings give the candidate events, and only those are read
     * (by article, then kept by seq); the other filters are SQL conditions. Without words, the
     * filters alone select, in the stored timeline order.
     */
    private List<Row> matching(Call call, ChronologyFilter f) {
        return matching(call, f, null);
    }

    /** As above, among the events of {@code articles} only (null: of every article). */
    private List<Row> matching(Call call, ChronologyFilter f, java.util.Collection<String> articles) {
        if (!indexed) {
            SearchIndex.complete(jdbc.getDataSource());
            indexed = true;
        }
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>();
        Map<String, Set<Integer>> candidates = null; // article id → event seqs; null: no word filter
        if (f.query() != null && !f.query().isBlank()) {
            List<String> terms = ArabicTerms.of(f.query());
            if (terms.isEmpty()) { // only stop words: fall back to the raw text
                sql.append(" AND LOWER(e.event_text) LIKE ? ESCAPE '!'");
                args.add("%" + escape(f.query().strip().toLowerCase(Locale.ROOT)) + "%");
            } else {
                // the words of the event's paragraph: a topic is named once per paragraph, not in every clause
                candidates = SearchIndex.candidates(jdbc, terms, true);
            }
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            List<String> terms = ArabicTerms.of(f.entity());
            if (terms.isEmpty()) {
                sql.append(" AND LOWER(e.event_text) LIKE ? ESCAPE '!'");
                args.add("%" + escape(f.entity().strip().toLowerCase(Locale.ROOT)) + "%");
            } else {
                // every word in the text (index), then adjacent and in order (the candidates' search forms)
                candidates = intersect(candidates, SearchIndex.candidates(jdbc, terms, false));
                sql.append(" AND e.search_terms LIKE ? ESCAPE '!'");
                args.add("% " + escape(String.join(" ", terms)) + " %");
            }
        }
        if (f.source() != null && !f.source().isBlank()) {
            sql.append(" AND LOWER(a.source) LIKE ? ESCAPE '!'");
            args.add("%" + escape(f.source().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.article() != null) {
            sql.append(" AND e.article_id = ?");
            args.add(f.article());
            if (candidates != null) {
                candidates = candidates.containsKey(f.article()) ? Map.of(f.article(), candidates.get(f.article()))
                        : Map.of();
            }
        }
        if (f.from() != null) {
            sql.append(" AND e.sort_end > ?");
            args.add(f.from().atStartOfDay());
        }
        if (f.to() != null) {
            sql.append(" AND e.sort_start < ?");
            args.add(f.to().plusDays(1).atStartOfDay());
        }
        if (articles != null) { // every event of these articles, subject to the other filters
            Map<String, Set<Integer>> only = new HashMap<>();
            for (String a : articles) {
                if (candidates == null || candidates.containsKey(a)) {
                    only.put(a, candidates == null ? null : candidates.get(a));
                }
            }
            candidates = only;
        }
        List<Row> rows = new ArrayList<>();
        if (candidates == null) {
            sql.append(" ORDER BY e.sort_start, e.sort_end, e.article_id, e.seq");
            jdbc.query(sql.toString(), (rs, n) -> rows.add(row(call, rs)), args.toArray());
        } else {
            // only the candidate events: their articles' rows (by key), then their seqs
            List<String> ids = new ArrayList<>(new java.util.TreeSet<>(candidates.keySet()));
            int maxArticles = call.maxArticles;
            boolean limit = articles == null && maxArticles > 0 && ids.size() > maxArticles;
            if (articles == null) {
                call.candidateArticles = ids.size();
            }
            if (limit) {
                ids = newestFirst(ids); // read the newest articles first, and stop at the limit
            }
            // a query without an entity: this read's SQL conditions are those of reading the matched articles' other
            // events (withChainedMentions), so every row is kept for it
            Map<String, List<Row>> every = articles == null && f.article() == null && (f.entity() == null
                    || f.entity().isBlank()) && f.query() != null && !f.query().isBlank() ? new HashMap<>() : null;
            call.everyRow = every;
            Set<String> read = new java.util.LinkedHashSet<>(); // articles with a matching event, in reading order
            // limited: a batch the size of what is still missing (most candidate articles have a matching event)
            for (int i = 0, step; i < ids.size(); i += step) {
                if (limit && read.size() >= maxArticles) {
                    call.limited = true;
                    break;
                }
                step = limit ? Math.min(SearchIndex.IN_CHUNK, Math.max(20, maxArticles - read.size())) : SearchIndex.IN_CHUNK;
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + step));
                Map<String, Set<Integer>> c = candidates;
                // in statements of SearchIndex.LOOKUP_CHUNK articles (the rows are sorted below)
                for (int from = 0; from < chunk.size(); from += SearchIndex.LOOKUP_CHUNK) {
                    List<String> part = chunk.subList(from, Math.min(chunk.size(), from + SearchIndex.LOOKUP_CHUNK));
                    List<Object> chunkArgs = new ArrayList<>(args);
                    chunkArgs.addAll(part);
                    jdbc.query(sql + " AND e.article_id IN (" + SearchIndex.marks(part.size()) + ")", (rs, n) -> {
                        Set<Integer> seqs = c.get(rs.getString(1)); // null: every event of the article
                        if (every != null) {
                            Row r = row(call, rs);
                            every.computeIfAbsent(r.event().articleId(), k -> new ArrayList<>()).add(r);
                            if (seqs == null || seqs.contains(r.event().seq())) {
                                rows.add(r);
                            }
                        } else if (seqs == null || seqs.contains(rs.getInt(2))) {
                            rows.add(row(call, rs));
                        }
                        return null;
                    }, chunkArgs.toArray());
                }
                if (limit) {
                    Set<String> inChunk = new java.util.HashSet<>();
                    for (Row r : rows) {
                        inChunk.add(r.event().articleId());
                    }
                    for (String id : chunk) { // in the order read: newest first
                        if (inChunk.contains(id)) {
                            read.add(id);
                        }
                    }
                }
            }
            if (limit && read.size() > maxArticles) {
                call.limited = true;
                Set<String> kept = new java.util.HashSet<>(new ArrayList<>(read).subList(0, maxArticles));
                rows.removeIf(r -> !kept.contains(r.event().articleId()));
            }
            rows.sort(java.util.Comparator.comparing(Row::event, TIMELINE_ORDER));
        }
        return rows;
    }

    /** These article ids, the newest publication day first (then the greatest id: a stable order). */
    private List<String> newestFirst(List<String> ids) {
        Map<String, LocalDate> dct = new HashMap<>();
        for (int i = 0; i < ids.size(); i += SearchIndex.IN_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + SearchIndex.IN_CHUNK));
            jdbc.query("SELECT id, dct FROM article WHERE id IN (" + SearchIndex.marks(chunk.size()) + ")", rs -> {
                dct.put(rs.getString(1), rs.getObject(2, LocalDate.class));
            }, chunk.toArray());
        }
        List<String> out = new ArrayList<>(ids);
        out.sort(java.util.Comparator.comparing((String id) -> dct.getOrDefault(id, LocalDate.MIN))
                .thenComparing(id -> id).reversed());
        return out;
    }

    private static Map<String, Set<Integer>> intersect(Map<String, Set<Integer>> a, Map<String, Set<Integer>> b) {
        if (a == null) {
            return b;
        }
        Map<String, Set<Integer>> out = new HashMap<>();
        for (Map.Entry<String, Set<Integer>> e : a.entrySet()) {
            Set<Integer> other = b.get(e.getKey());
            if (other != null) {
                Set<Integer> s = new java.util.TreeSet<>(e.getValue());
                s.retainAll(other);
                if (!s.isEmpty()) {
                    out.put(e.getKey(), s);
                }
            }
        }
        return out;
    }

    /** The event and line key of the current row, repeated values shared within the call ({@link Call#one}). */
    private static Row row(Call call, java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> terms = terms(rs.getString(20));
        if (!terms.isEmpty()) {
            terms.replaceAll(call::one);
        }
        return new Row(new SourceEvent(
                call.one(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                call.one(rs.getObject(6, java.time.LocalDateTime.class)),
                call.one(rs.getObject(7, java.time.LocalDateTime.class)),
                call.one(rs.getString(8)), rs.getBoolean(9), call.one(rs.getString(10)), call.one(rs.getString(11)),
                call.one(rs.getString(12)), call.one(rs.getString(13)), rs.getInt(14), rs.getInt(15),
                call.one(rs.getObject(16, java.time.LocalDate.class)),
                call.one(rs.getString(17)), call.one(rs.getString(18)), call.one(rs.getString(19)), terms,
                call.one(rs.getString(21)), rs.getInt(22), call.one(rs.getString(23)), call.one(rs.getString(24)),
                call.one(rs.getString(25)), call.one(rs.getString(27))), call.one(rs.getString(26)));
    }

    /**
     * How many captures ({@code article_capture} rows) each of these articles has: one grouped
     * query per thousand ids (a bind-parameter list stays well inside every database's limit).
     * Articles with none recorded are absent.
     */
    public Map<String, Integer> captureCounts(java.util.Collection<String> articleIds) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> ids = List.copyOf(articleIds);
        org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named =
                new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        for (int from = 0; from < ids.size(); from += 1000) {
            named.query("SELECT article_id, COUNT(*) FROM article_capture WHERE article_id IN (:ids) GROUP BY article_id",
                    java.util.Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
                    rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /**
     * In how many stored events each term occurs, and how many events there are (key ""): read
     * from the {@link SearchIndex}, every term.
     */
    public Map<String, Integer> documentFrequencies() {
        return documentFrequencies(null);
    }

    /** As above for these terms only (the others are absent, as terms no event has); null: every term. */
    public Map<String, Integer> documentFrequencies(java.util.Collection<String> terms) {
        if (!indexed) {
            SearchIndex.complete(jdbc.getDataSource());
            indexed = true;
        }
        return SearchIndex.documentFrequencies(jdbc, terms);
    }

    /** An article's text, publication day and expressions (for per-article exports such as TimeML). */
    public record ArticleText(String id, LocalDate dct, String published, String title, String source, String url,
            String body, List<Timex> timexes) {
    }

    public List<ArticleText> articles(List<String> ids) {
        List<ArticleText> out = new ArrayList<>();
        for (String id : ids) {
            List<Timex> timexes = jdbc.query("SELECT tid, begin_offset, end_offset, covered_text, timex_type,"
                    + " timex_value, timex_mod, timex_quant, timex_freq, timex_rule FROM timex WHERE article_id = ? ORDER BY seq",
                    (rs, n) -> new Timex(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)),
                    id);
            out.addAll(jdbc.query("SELECT id, dct, published, title, source, url, body FROM article WHERE id = ?",
                    (rs, n) -> new ArticleText(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), timexes),
                    id));
        }
        return out;
    }

    private static List<String> terms(String searchForm) {
        if (searchForm == null || searchForm.isBlank()) {
            return List.of();
        }
        return Arrays.asList(searchForm.strip().split(" "));
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
