package org.tarikh.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much two per-article events look like reports of one happening, and whether they may be
 * one at all.
 * <p>
 * <b>Score</b> (0..1): the TF-IDF cosine of their content terms (the event's words without its
 * date expression), where IDF comes from all stored events, so rare words — names of actors and
 * places — weigh most; the query's own words, which every event of the chronology shares, weigh
 * {@value #QUERY_TERM_FACTOR} of their IDF. Two events with the same action (trigger group) gain
 * {@value #SAME_ACTION_BONUS}, two with the same precise date (a day or finer) {@value #SAME_DAY_BONUS}.
 * Near-identical texts (syndicated copies: word-bigram overlap at least {@value #COPY_OVERLAP})
 * score 1, and so do short spans of different articles that share their words and go on with the
 * same running text ({@link #copyInContext}: a copied lead cut into events at the same place).
 * Two events of one article score 0 unless a chain ({@link ArticleChains}) joins them; across
 * articles, an event without a time of its own and a dated one need {@value #MIN_EVIDENCE_TERMS}
 * shared terms that are not subject words of either article ({@link #topics}).
 * <p>
 * <b>Compatibility</b> (every pair of a cluster must pass): their times overlap (an "on or
 * before" date is open towards the past), or are adjacent days with a score of at least
 * {@value #CONFLICT_SCORE} (kept and flagged as a date conflict); their actions are the same
 * when both have one; two statements have the same speaker (the words after the reporting
 * verb, or before it in «أما X فقال», share a term); two events of different articles whose
 * triggers' actions are both unknown are never compatible, nor is an event there only as its
 * article's context ({@link EventQuery.Found#contextOnly()}) with an event of another article unless
 * both actions are known. Copies are compatible whatever their triggers.
 */
public final class EventSimilarity {

    static final double QUERY_TERM_FACTOR = 0.15;
    static final double SAME_ACTION_BONUS = 0.15;
    static final double SAME_DAY_BONUS = 0.10;
    static final double COPY_OVERLAP = 0.6;
    /** Shorter spans are formulas («للتواصل مع الكاتب», a title) more often than copies of one report. */
    static final int MIN_COPY_BIGRAMS = 6;
    static final double CONFLICT_SCORE = 0.45;
    /** Shared terms besides the query's, the triggers' and the speaker's that a pair needs to score at all. */
    static final int MIN_EVIDENCE_TERMS = 2;
    /**
     * How many words after a reporting verb may name its speaker: a title and a name
     * («أكد الأمين العام لمجلس الضمان الصحي التعاوني محمد بن سليمان الحسين»: the name is
     * words 7 to 10; with 6 words the speaker was the council, and «قال الحسين» started a
     * statement of its own).
     */
    static final int SPEAKER_WORDS = 10;
    /** Average score a cluster needs to take another in: chosen on the event gold (docs/chronology.md). */
    public static final double THRESHOLD = 0.30;

    private final List<SourceEvent> events;
    private final MergeRule.Weights weights;
    private final Set<String> queryTerms = new HashSet<>();
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final List<Double> norms = new ArrayList<>();
    /** Each event's distinct word bigrams ({@link #bigrams}), as sorted codes. */
    private final List<long[]> bigrams = new ArrayList<>();
    /** A number for each term of these events, for {@link #bigrams}: one per query, never shared. */
    private final Map<String, Integer> termNumbers = new HashMap<>();
    private final List<Set<String>> speakers = new ArrayList<>();
    private final PairScores scores = new PairScores();
    private final double threshold;
    private final int[] chains;
    private final List<Set<String>> triggerTerms = new ArrayList<>();
    /** Each event's distinct content terms ({@link SourceEvent#contentTerms()}), computed once per query. */
    private final List<Set<String>> contentSets = new ArrayList<>();
    private final Set<String> context;
    /**
     * Each event's distinct content terms as sorted term numbers ({@link #termNumbers}) with their
     * weights alongside: pairs are scored by merging two arrays instead of hashing strings (the
     * scoring runs for every candidate pair of a query).
     */
    private int[][] termIds;
    private double[][] termWeights;
    /** Term numbers of the query's words. */
    private final java.util.BitSet queryIds = new java.util.BitSet();
    /** Each event's trigger terms and speaker terms as sorted term numbers (terms of no event's content left out). */
    private int[][] triggerIds;
    private int[][] speakerIds;
    /** Each event's article as a number, and each article's subject terms ({@link #topics}) as sorted term numbers. */
    private int[] articleOf;
    private int[][] articleTopics;

    EventSimilarity(List<SourceEvent> events, MergeRule.Weights weights, ChronologyFilter filter, double threshold) {
        this(events, weights, filter, threshold, Set.of());
    }

    /**
     * {@code context}: refs of events that are there only because their article is about the query
     * ({@link EventQuery.Found#contextOnly()}); one of them is compatible with an event of another article
     * only as its copy or when both actions are known.
     */
    EventSimilarity(List<SourceEvent> events, MergeRule.Weights weights, ChronologyFilter filter, double threshold,
            Set<String> context) {
        this.context = context;
        this.events = events;
        this.weights = weights;
        this.threshold = threshold;
        if (filter != null) {
            queryTerms.addAll(ArabicTerms.of(filter.query()));
            queryTerms.addAll(ArabicTerms.of(filter.entity()));
        }
        List<List<String>> speakerTerms = new ArrayList<>(); // each event's analysed once, for its speaker and its chain
        for (SourceEvent e : events) {
            List<String> content = e.contentTerms(); // analyses the expression: once per event, not per pair
            contentSets.add(new HashSet<>(content));
            Map<String, Double> v = new HashMap<>();
            for (String t : content) {
                v.merge(t, weight(t), Double::sum);
            }
            vectors.add(v);
            norms.add(Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum()));
            bigrams.add(bigrams(e.terms()));
            List<String> who = speakerTerms(e);
            speakerTerms.add(who);
            speakers.add(speaker(who));
            triggerTerms.add(new HashSet<>(ArabicTerms.of(e.triggerText())));
        }
        chains = ArticleChains.of(events, speakerTerms, speakers);
        Map<String, Map<String, Integer>> perArticle = new HashMap<>();
        Map<String, Integer> eventsPerArticle = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            SourceEvent e = events.get(i);
            eventsPerArticle.merge(e.articleId(), 1, Integer::sum);
            Map<String, Integer> m = perArticle.computeIfAbsent(e.articleId(), k -> new HashMap<>());
            for (String t : contentSets.get(i)) {
                m.merge(t, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Map<String, Integer>> a : perArticle.entrySet()) {
            int n = eventsPerArticle.get(a.getKey());
            Set<String> topic = new HashSet<>();
            for (Map.Entry<String, Integer> t : a.getValue().entrySet()) {
                if (t.getValue() >= TOPIC_MIN_EVENTS && t.getValue() * TOPIC_SHARE >= n) {
                    topic.add(t.getKey());
                }
            }
            topics.put(a.getKey(), topic);
        }
        numberTerms();
        for (int i = 0; i < events.size(); i++) {
            contexts.add(NO_BIGRAMS);
            contextKeys.add(null);
        }
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            byArticle.computeIfAbsent(events.get(i).articleId(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> article : byArticle.values()) {
            article.sort(Comparator.comparingInt(i -> events.get(i).seq()));
            for (int k = 0; k < article.size(); k++) {
                List<String> window = new ArrayList<>(events.get(article.get(k)).terms());
                for (int m = k + 1; m < article.size() && window.size() < CONTEXT_TERMS
                        && events.get(article.get(m)).seq() == events.get(article.get(m - 1)).seq() + 1; m++) {
                    window.addAll(events.get(article.get(m)).terms());
                }
                if (window.size() >= CONTEXT_TERMS) {
                    contexts.set(article.get(k), bigrams(window.subList(0, CONTEXT_TERMS)));
                    contextKeys.set(article.get(k), String.join(" ", window.subList(0, CONTEXT_KEY_TERMS)));
                }
            }
        }
    }

    private static final long[] NO_BIGRAMS = new long[0];

    /** Fills {@link #termIds} and the other numbered forms from the vectors, speakers, triggers and topics. */
    private void numberTerms() {
        int n = events.size();
        termIds = new int[n][];
        termWeights = new double[n][];
        triggerIds = new int[n][];
        speakerIds = new int[n][];
        articleOf = new int[n];
        Map<String, Integer> articles = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = vectors.get(i);
            int[] ids = new int[v.size()];
            int k = 0;
            for (String t : v.keySet()) {
                ids[k++] = number(t);
            }
            java.util.Arrays.sort(ids);
            termIds[i] = ids;
            termWeights[i] = new double[ids.length];
            articleOf[i] = articles.computeIfAbsent(events.get(i).articleId(), a -> articles.size());
        }
        // reverse lookup for the weights, after every content term has its number
        String[] byNumber = new String[termNumbers.size()];
        termNumbers.forEach((t, id) -> byNumber[id] = t);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < termIds[i].length; k++) {
                termWeights[i][k] = vectors.get(i).get(byNumber[termIds[i][k]]);
            }
            triggerIds[i] = numbered(triggerTerms.get(i));
            speakerIds[i] = numbered(speakers.get(i));
        }
        for (String t : queryTerms) {
            Integer id = termNumbers.get(t);
            if (id != null) {
                queryIds.set(id);
            }
        }
        articleTopics = new int[articles.size()][];
        articles.forEach((a, id) -> articleTopics[id] = numbered(topics.getOrDefault(a, Set.of())));
    }

    /** The numbers of those of {@code terms} that have one, sorted. */
    private int[] numbered(Set<String> terms) {
        return terms.stream().map(termNumbers::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .sorted().toArray();
    }

    private static boolean has(int[] sorted, int id) {
        return sorted.length > 0 && java.util.Arrays.binarySearch(sorted, id) >= 0;
    }

    /**
     * The distinct word bigrams of these terms, each coded as its two terms' numbers
     * ({@link #termNumbers}), sorted: two events' bigrams are compared by merging two arrays
     * rather than hashing strings (the copy test runs for most candidate pairs). A term has no
     * space (terms are the words of a search form), so a code stands for one bigram.
     */
    private long[] bigrams(List<String> terms) {
        if (terms.size() < 2) {
            return NO_BIGRAMS;
        }
        long[] codes = new long[terms.size() - 1];
        int previous = number(terms.get(0));
        for (int i = 0; i + 1 < terms.size(); i++) {
            int next = number(terms.get(i + 1));
            codes[i] = ((long) previous << 32) | next;
            previous = next;
        }
        java.util.Arrays.sort(codes);
        int n = 1;
        for (int i = 1; i < codes.length; i++) {
            if (codes[i] != codes[n - 1]) {
                codes[n++] = codes[i];
            }
        }
        return n == codes.length ? codes : java.util.Arrays.copyOf(codes, n);
    }

    private int number(String term) {
        Integer n = termNumbers.get(term);
        if (n == null) {
            n = termNumbers.size();
            termNumbers.put(term, n);
        }
        return n;
    }

    /**
     * The word bigrams of an event and the events right after it in its article, cut at
     * {@value #CONTEXT_TERMS} terms (empty when the article's shown text ends before): a short
     * lead («تبنى مجلس الأمن الدولي أمس») copied by another source is told by the same words
     * going on («قرارا بالإجماع يصادق على الاتفاق النووي …»).
     */
    private final List<long[]> contexts = new ArrayList<>();

    /**
     * The first {@value #CONTEXT_KEY_TERMS} terms of each event's running text ({@link #contexts}),
     * or null: spans too short to share the two terms a candidate pair needs («وأفاد», «مشيرا إلى»)
     * are proposed as copies when another article's span goes on with the same words.
     */
    private final List<String> contextKeys = new ArrayList<>();

    /** How many terms of running text propose two short spans as copies (then checked as {@link #copyInContext}). */
    static final int CONTEXT_KEY_TERMS = 8;

    /** How many terms of running text make a short span's copy evidence. */
    static final int CONTEXT_TERMS = 16;
    /** Content-term overlap (Jaccard) two short spans need to be copies through their context. */
    static final double SPAN_OVERLAP = 0.6;

    /**
     * An article's subject words ({@link #topics}): content terms in at least {@value #TOPIC_MIN_EVENTS} of its
     * events here and in at least one in {@value #TOPIC_SHARE} of them.
     */
    static final int TOPIC_MIN_EVENTS = 3;
    static final int TOPIC_SHARE = 10;
    private final Map<String, Set<String>> topics = new HashMap<>();

    double threshold() {
        return threshold;
    }

    private double weight(String term) {
        double idf = weights.idf(term);
        return queryTerms.contains(term) ? idf * QUERY_TERM_FACTOR : idf;
    }

    /** The words naming who speaks: after the reporting verb, up to the reported clause. */
    static Set<String> speaker(SourceEvent e) {
        return speaker(speakerTerms(e));
    }

    /** As above, from the event's {@link #speakerTerms} (analysed once per event). */
    static Set<String> speaker(List<String> speakerTerms) {
        Set<String> terms = new HashSet<>(speakerTerms);
        if (terms.isEmpty()) {
            return terms;
        }
        terms.removeAll(TITLES);
        // named by role only («المصادر», «وزير الخارجية»): a speaker, but not one that says who
        return terms.isEmpty() ? Set.of(ROLE_ONLY) : terms;
    }

    /**
     * The first term of the speaker's name besides role words («خليفة» in «الدكتور خليفة الدوسري
     * عضو مجلس الشورى», «بينر» in «وأضاف بينر»), or null.
     */
    static String speakerHead(List<String> speakerTerms) {
        for (String t : speakerTerms) {
            if (!TITLES.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** The terms of the words naming who speaks, roles included, in text order. */
    static List<String> speakerTerms(SourceEvent e) {
        return ArabicTerms.of(speakerText(e));
    }

    /**
     * The role a statement's speaker is named by when it is named by a definite role noun first
     * («وذكرت المصادر», «وأضاف المصدر، الذي رفض …», «وقال المسؤول»): the term of that noun, or null.
     * Arabic refers back with the article: «المصادر» are the sources named before.
     */
    static String definiteRole(SourceEvent e) {
        String[] words = speakerText(e).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        String w = org.tarikh.anchor.ArabicWords.normalize(words[0]);
        if (!w.startsWith("ال") || w.length() < 5) {
            return null;
        }
        List<String> t = ArabicTerms.of(words[0]);
        return t.size() == 1 && TITLES.contains(t.get(0)) ? t.get(0) : null;
    }

    /**
     * Whether a statement's speaker is a person named by a given name of {@code given-names.txt}
     * («قال خالد بحاح», «وأكد الأمين العام … محمد بن سليمان الحسين»), not a body, a role or a source.
     */
    static boolean namedPerson(SourceEvent e) {
        return givenName(speakerText(e));
    }

    /** Whether one of these words is a given name of {@code given-names.txt}. */
    private static boolean givenName(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty() && org.tarikh.annotate.norm.GivenNames.NAMES.contains(org.tarikh.annotate.norm.Lexicon.key(w))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that name where a role is held («السفير السعودي في مصر», «سفير المملكة لدى القاهرة»). */
    private static final Set<String> POST_PREPOSITIONS = Set.of("في", "لدى");
    /** How many words a role's post may have between its preposition and the person's name. */
    static final int POST_WORDS = 4;
    /** Honorifics right before a person's name (name-titles.txt: «الشيخ», «الدكتور»), as written. */
    private static final Set<String> NAME_TITLES = words("name-titles.txt");

    /**
     * «دعا السفير السعودي في مصر أحمد عبدالعزيز قطان»: after a role without a given name, «في» or «لدى» and a
     * place of at most {@value #POST_WORDS} words followed by a given name (or an honorific of
     * {@code name-titles.txt}: «في محافظة ابين جنوب اليمن الشيخ عبداللطيف السيد») is where the role is held, and the
     * name is the speaker's; returns the index of that name, or -1 («وقال المتحدث في تصريح»: no name follows).
     */
    private static int postName(String[] words, int k, String role) {
        if (!POST_PREPOSITIONS.contains(words[k]) || role.isBlank() || givenName(role)) {
            return -1;
        }
        for (int m = k + 2; m < words.length && m <= k + 1 + POST_WORDS; m++) {
            if (NOT_SPEAKER.contains(words[m - 1])) {
                return -1;
            }
            if (givenName(words[m]) || NAME_TITLES.contains(words[m]) && m + 1 < words.length) {
                return m;
            }
        }
        return -1;
    }

    /** The words naming who speaks, roles included, as written (empty when none). */
    private static String speakerText(SourceEvent e) {
        if (!e.statement() || e.triggerBegin() < e.begin() || e.triggerBegin() > e.end()) {
            return "";
        }
        String after = e.text().substring(Math.min(e.text().length(), e.triggerBegin() - e.begin()));
        int cut = after.length();
        for (String m : new String[] {" أن ", " إن ", " بأن ", ":", "«", "\"", "،"}) {
            int at = after.indexOf(m);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        if (cut < after.length() && after.startsWith("،", cut)) {
            // «أكد نائب رئيس الجمهورية رئيس الوزراء، خالد بحاح، أمس»: a role, then the person's name in apposition
            String role = after.substring(0, cut);
            String[] next = after.substring(cut + 1).strip().split("\\s+", 2);
            if (!givenName(role) && givenName(next[0])) {
                int end = after.length();
                for (String m : new String[] {" أن ", " إن ", " بأن ", ":", "«", "\"", "،"}) {
                    int at = after.indexOf(m, cut + 1);
                    if (at > cut + 1 && at < end) {
                        end = at;
                    }
                }
                after = role + " " + after.substring(cut + 1, end);
                cut = after.length();
            }
        }
        String[] words = after.substring(0, cut).strip().split("\\s+");
        StringBuilder who = new StringBuilder();
        // «وأكد كل من الوزير … والوزير …»: «كل من» opens the list of speakers
        int first = words.length > 3 && words[1].equals("كل") && words[2].equals("من") ? 3 : 1;
        int post = 0; // the words of a role's post, skipped: they do not count as the speaker's
        for (int k = first; k < words.length && k - first - post < SPEAKER_WORDS; k++) { // words[0] is the verb itself
            int name = k > first ? postName(words, k, who.toString()) : -1;
            if (name > k) {
                post += name - k;
                k = name - 1; // «السفير السعودي في مصر أحمد قطان»: the role's post, then the person's name
                continue;
            }
            if (NOT_SPEAKER.contains(words[k]) || words[k].startsWith("ل") && words[k].length() <= 2
                    || addressee(words[k])) {
                break; // «وقال في تصريح …», «وأضاف لـ…», «وقالت مصادر طبية ل»الرياض»»: the speaker's name ends
            }
            if (NOT_SPEAKER_NORMALIZED.contains(org.tarikh.anchor.ArabicWords.normalize(words[k]))) {
                break; // «أعلن مسؤول تركي امس»
            }
            if (k > 1 && (words[k].startsWith("بال") || words[k].startsWith("لل") || words[k].startsWith("كال"))) {
                break; // «تعهد رئيس الوزراء البريطاني بالتصدي لمن …»: a prepositional phrase ends the name
            }
            if (adverbial(words[k])) {
                break; // «وتابع قائلاً», «الذي أردف مؤكدا»: how it was said, not who said it
            }
            if (k == first && QUOTE_WORDS.contains(org.tarikh.anchor.ArabicWords.normalize(words[k]))) {
                break; // «وأضاف لدينا عدد من …», «وقال كنا …»: the words said, without quotation marks
            }
            who.append(words[k]).append(' ');
        }
        if (who.length() == 0) {
            who.append(speakerBefore(e));
        }
        return who.toString();
    }

    /**
     * A listed manner word right after a reporting verb (manner-words.txt: «قائلا», «مؤكدا», «مشيراً»):
     * how it was said, not who said it. Only listed words: a name may have the same shape
     * («وقالت مينا أندريفا», «وقال مارادونا»).
     */
    static boolean adverbial(String word) {
        return MANNER_WORDS.contains(org.tarikh.anchor.ArabicWords.normalize(word));
    }

    /** manner-words.txt, normalized. */
    private static final Set<String> MANNER_WORDS = normalizedWords("manner-words.txt");

    private static Set<String> normalized(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(org.tarikh.anchor.ArabicWords.normalize(w));
        }
        return out;
    }

    /** Time words and particles that end a speaker's name, in any spelling (not-speaker-normalized.txt). */
    private static final Set<String> NOT_SPEAKER_NORMALIZED = normalizedWords("not-speaker-normalized.txt");

    /** Words that open what is said, not who says it (quote-words.txt: «وأضاف لدينا …», «وقال كنا …», «واضاف تم …»). */
    private static final Set<String> QUOTE_WORDS = normalizedWords("quote-words.txt");

    /** The words of a rule-data file beside this class (package {@code org.tarikh.chronology}), normalized. */
    static Set<String> normalizedWords(String resource) {
        return normalized(words(resource).toArray(String[]::new));
    }

    /** The words of a rule-data file beside this class, as written. */
    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : org.tarikh.RuleData.lines(EventSimilarity.class, resource)) {
            out.addAll(List.of(line.split("\\s+")));
        }
        return Set.copyOf(out);
    }

    /**
     * «لـ«الشرق الأوسط»», «ل»الرياض»», «لـ"عين اليوم"»: whom a statement was made to (a newspaper, a
     * channel), not who made it; two sources speaking to one newspaper are not one speaker.
     */
    static boolean addressee(String word) {
        return word.startsWith("لـ") || word.length() > 1 && word.charAt(0) == 'ل' && "«»\"“”'(".indexOf(word.charAt(1)) >= 0;
    }

    /**
     * «أما وزير الخارجية البريطاني فيليب هاموند فقال»: a speaker named before its verb, when none
     * follows it; the words between the span's start and the verb, after «أما», «بدوره» and the
     * like, and only when the verb carries «ف» or the span starts with «أما».
     */
    static String speakerBefore(SourceEvent e) {
        String before = e.text().substring(0, Math.max(0, Math.min(e.text().length(), e.triggerBegin() - e.begin())));
        String[] words = before.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        boolean amma = words[0].equals("أما") || words[0].equals("وأما");
        boolean kana = KANA_WORDS.contains(words[0]);
        String verb = e.triggerText() == null ? "" : e.triggerText();
        if (!amma && !kana && !verb.startsWith("ف")) {
            return "";
        }
        StringBuilder who = new StringBuilder();
        for (int k = amma || kana ? 1 : 0; k < words.length; k++) {
            if (NOT_SPEAKER.contains(words[k]) || words[k].startsWith("بدور") || words[k].startsWith("جانب")
                    || words[k].startsWith("جهت") || words[k].equals("قد")) {
                continue;
            }
            who.append(words[k]).append(' ');
        }
        return who.toString();
    }


    /**
     * «وكانت مصادر كشفت», «وكان الوزير قد أعلن»: the pluperfect names its subject before the verb
     * (pluperfect-words.txt).
     */
    private static final Set<String> KANA_WORDS = words("pluperfect-words.txt");

    /** The speaker of a statement whose speaker is named by role only: never the same as another's. */
    static final String ROLE_ONLY = "\u0000role";

    /** Role words (speaker-titles.txt): they do not tell who speaks. */
    private static final Set<String> TITLES = titles();

    private static Set<String> titles() {
        Set<String> out = new HashSet<>();
        for (String line : org.tarikh.RuleData.lines(EventSimilarity.class, "speaker-titles.txt")) {
            out.addAll(ArabicTerms.of(line));
        }
        return out;
    }

    /** Words after a reporting verb that end the speaker's name, or show there is none (not-speaker-words.txt). */
    private static final Set<String> NOT_SPEAKER = words("not-speaker-words.txt");

    boolean sameStatement(int i, int j) {
        return chains[i] >= 0 && chains[i] == chains[j];
    }

    record Scored(int i, int j, double score) {
    }

    /** Pairs sharing rarer terms, scored (those the builder can ever merge). */
    List<Scored> candidates() {
        // each term's events as an ascending array (events are added in index order); query terms and terms in
        // too many events have none
        int[] counts = new int[termNumbers.size()];
        for (int i = 0; i < events.size(); i++) {
            for (int t : termIds[i]) {
                counts[t]++;
            }
        }
        int[][] rare = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0 && counts[t] <= ChronologyBuilder.MAX_POSTINGS && !queryIds.get(t)) {
                rare[t] = new int[counts[t]];
            }
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < events.size(); i++) {
            for (int t : termIds[i]) {
                if (rare[t] != null) {
                    rare[t][filled[t]++] = i;
                }
            }
        }
        List<Scored> out = new ArrayList<>();
        // how many rare terms event i shares with each later event j, and the js counted (reset after each i)
        int[] shared = new int[events.size()];
        int[] touched = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            int m = 0;
            for (int t : termIds[i]) {
                int[] list = rare[t];
                if (list == null) {
                    continue;
                }
                int from = java.util.Arrays.binarySearch(list, i); // i is in the list: its own term
                for (int k = from < 0 ? -from - 1 : from + 1; k < list.length; k++) {
                    int j = list[k];
                    if (shared[j]++ == 0) {
                        touched[m++] = j;
                    }
                }
            }
            for (int k = 0; k < m; k++) {
                int j = touched[k];
                int c = shared[j];
                shared[j] = 0;
                if (c < 2) {
                    continue;
                }
                double s = compute(i, j);
                if (s > 0) {
                    scores.put(PairScores.key(i, j), s);
                    out.add(new Scored(i, j, s));
                }
            }
        }
        // short spans of different articles going on with the same words: candidate copies («وأفاد» in a syndicated
        // article), which share too few terms of their own to be proposed above
        Map<String, List<Integer>> byContext = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (contextKeys.get(i) != null && bigrams.get(i).length < MIN_COPY_BIGRAMS) {
                byContext.computeIfAbsent(contextKeys.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : byContext.values()) {
            for (int x = 0; x < same.size() && same.size() <= ChronologyBuilder.MAX_POSTINGS; x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int i = Math.min(same.get(x), same.get(y));
                    int j = Math.max(same.get(x), same.get(y));
                    if (!scores.containsKey(PairScores.key(i, j)) && copyInContext(i, j)) {
                        scores.put(PairScores.key(i, j), 1.0);
                        out.add(new Scored(i, j, 1.0));
                    }
                }
            }
        }
        Map<Integer, List<Integer>> byChain = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (chains[i] >= 0) {
                byChain.computeIfAbsent(chains[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byChain.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int i = Math.min(members.get(x), members.get(y));
                    int j = Math.max(members.get(x), members.get(y));
                    if (!scores.containsKey(PairScores.key(i, j))) {
                        scores.put(PairScores.key(i, j), 1.0);
                        out.add(new Scored(i, j, 1.0));
                    }
                }
            }
        }
        // one happening told over several mentions in two articles that copy each other (a syndicated statement:
        // «أكد الأمين العام …» … «لافتا إلى» … «وبين الحسين، أنه …» in two sources): chains joined by copies
        Map<Long, Integer> copiedMentions = new HashMap<>();
        for (Scored s : out) {
            int i = s.i();
            int j = s.j();
            if (chains[i] >= 0 && chains[j] >= 0 && !events.get(i).articleId().equals(events.get(j).articleId())
                    && copy(i, j)) {
                copiedMentions.merge(PairScores.key(chains[i], chains[j]), 1, Integer::sum);
            }
        }
        List<Scored> copiedChains = new ArrayList<>();
        for (Map.Entry<Long, Integer> c : copiedMentions.entrySet()) {
            if (c.getValue() < COPIED_MENTIONS) {
                continue;
            }
            this.copiedChains.add(c.getKey());
            int a = (int) (c.getKey() >>> 32);
            int b = (int) (long) c.getKey();
            for (int x : byChain.get(a)) {
                for (int y : byChain.get(b)) {
                    int i = Math.min(x, y);
                    int j = Math.max(x, y);
                    if (!scores.containsKey(PairScores.key(i, j))) {
                        scores.put(PairScores.key(i, j), 1.0);
                        copiedChains.add(new Scored(i, j, 1.0));
                    }
                }
            }
        }
        out.addAll(copiedChains);
        out.sort(Comparator.comparingInt(Scored::i).thenComparingInt(Scored::j));
        return out;
    }

    /**
     * How many mentions of two chains of different articles must be copies of each other for the
     * chains to be one happening told in both ({@link #copiedChains}): one copied sentence may be a
     * quotation of another report, two in one chain are a copied article.
     */
    static final int COPIED_MENTIONS = 2;

    /** Pairs of chains (keyed by their first mentions) that copy each other ({@link #candidates}). */
    private final Set<Long> copiedChains = new HashSet<>();

    /** Whether two events belong to chains of two articles that copy each other ({@link #COPIED_MENTIONS}). */
    boolean copiedChain(int i, int j) {
        return chains[i] >= 0 && chains[j] >= 0 && copiedChains.contains(PairScores.key(chains[i], chains[j]));
    }

    /** The score of a scored pair, 0 for a pair never scored. */
    double score(int i, int j) {
        return scores.get(PairScores.key(i, j));
    }

    boolean copy(int i, int j) {
        long[] a = bigrams.get(i);
        long[] b = bigrams.get(j);
        if (a.length < MIN_COPY_BIGRAMS || b.length < MIN_COPY_BIGRAMS) { // formulas and titles are no evidence
            return copyInContext(i, j);
        }
        // the Jaccard index is at most the smaller set's size over the larger's: most pairs differ in length too much
        if (Math.min(a.length, b.length) / (double) Math.max(a.length, b.length) < COPY_OVERLAP) {
            return false;
        }
        return jaccard(a, b) >= COPY_OVERLAP;
    }

    /**
     * Two short spans of different articles that say the same words and go on with the same words
     * ({@link #contexts}): the same lead copied, cut into events at the same place.
     */
    boolean copyInContext(int i, int j) {
        if (events.get(i).articleId().equals(events.get(j).articleId()) || contexts.get(i).length == 0
                || contexts.get(j).length == 0) {
            return false;
        }
        Set<String> x = contentSets.get(i);
        Set<String> y = contentSets.get(j);
        // «وأفاد», «مشيرا إلى» in two copies of one article: too few words of their own, the same ones
        boolean sameWords = !events.get(i).terms().isEmpty() && events.get(i).terms().equals(events.get(j).terms());
        if (!sameWords && (x.size() < 2 || y.size() < 2 || jaccard(x, y) < SPAN_OVERLAP)) {
            return false;
        }
        return jaccard(contexts.get(i), contexts.get(j)) >= COPY_OVERLAP;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }

    /** As above for two sorted arrays of distinct bigram codes. */
    private static double jaccard(long[] a, long[] b) {
        int inter = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                inter++;
                x++;
                y++;
            }
        }
        return inter / (double) (a.length + b.length - inter);
    }

    double compute(int i, int j) {
        if (copy(i, j) || sameStatement(i, j)) {
            return 1.0;
        }
        if (articleOf[i] == articleOf[j]) {
            // one article's mentions of one happening are its chains (ArticleChains); two events of one action and
            // day in one article that no chain joins are two happenings («تم الاقتحام أمس» and «قصف الطيران أمس»)
            return 0;
        }
        // what two reports share must go beyond their action and speaker: «وقالت المصادر» twice is not one statement;
        // an event without a time of its own joins a dated report of another article only on words that are not the
        // subject of either article («القوات الأمريكية في العراق» all through both)
        boolean ownWords = undated(events.get(i)) != undated(events.get(j));
        int[] tx = articleTopics[articleOf[i]];
        int[] ty = articleTopics[articleOf[j]];
        int[] a = termIds[i];
        int[] b = termIds[j];
        double[] wa = termWeights[i];
        double[] wb = termWeights[j];
        int evidence = 0;
        int own = 0;
        double dot = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length;) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                int t = a[x];
                dot += wa[x] * wb[y];
                if (!queryIds.get(t) && !has(triggerIds[i], t) && !has(triggerIds[j], t) && !has(speakerIds[i], t)) {
                    evidence++;
                    if (ownWords && !has(tx, t) && !has(ty, t)) {
                        own++;
                    }
                }
                x++;
                y++;
            }
        }
        if (evidence < MIN_EVIDENCE_TERMS || ownWords && own < MIN_EVIDENCE_TERMS) {
            return 0;
        }
        double cos = norms.get(i) == 0 || norms.get(j) == 0 ? 0 : dot / (norms.get(i) * norms.get(j));
        SourceEvent x = events.get(i);
        SourceEvent y = events.get(j);
        double s = cos;
        if (x.group() != null && x.group().equals(y.group())) {
            s += SAME_ACTION_BONUS;
        }
        if (!x.onOrBefore() && !y.onOrBefore() && !x.vague() && !y.vague() && fine(x) && x.start().equals(y.start())
                && x.until().equals(y.until())) {
            s += SAME_DAY_BONUS;
        }
        return Math.min(1.0, s);
    }

    /** No time of its own: on or before a report or the publication, or a vague past. */
    static boolean undated(SourceEvent e) {
        return e.onOrBefore() || "PAST_REF".equals(e.value());
    }

    private static boolean fine(SourceEvent e) {
        return List.of("MINUTE", "HOUR", "PART_OF_DAY", "DAY").contains(e.granularity());
    }

    /** Whether two events may sit in one entry: time, action and speaker agree. */
    boolean compatible(int i, int j) {
        SourceEvent x = events.get(i);
        SourceEvent y = events.get(j);
        MergeRule.Time time = MergeRule.time(x, y);
        boolean copy = copy(i, j) || copiedChain(i, j);
        if (!time.compatible() && !(time.gapDays() <= 0 && (copy || score(i, j) >= CONFLICT_SCORE))) {
            return false;
        }
        if (copy || sameStatement(i, j)) {
            return true;
        }
        if (x.group() != null && y.group() != null && !x.group().equals(y.group())) {
            return false;
        }
        if (!x.articleId().equals(y.articleId()) && (x.group() == null || y.group() == null)
                && (context.contains(x.ref()) || context.contains(y.ref()))) {
            return false; // a paragraph that does not name the query joins another article's report on its action only
        }
        if (unknownAction(x) && unknownAction(y) && !x.articleId().equals(y.articleId())) {
            return false; // no action known on either side: shared names alone («خادم الحرمين الشريفين») are not one happening
        }
        Set<String> sx = speakers.get(i);
        Set<String> sy = speakers.get(j);
        if (!sx.isEmpty() && !sy.isEmpty()) {
            if (sx.contains(ROLE_ONLY) || sy.contains(ROLE_ONLY)) {
                return false; // «وقالت المصادر» twice: nothing says it is one statement
            }
            for (String t : sx) {
                if (sy.contains(t)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * A trigger whose action the lists do not know (a guessed verb, a support verb without its
     * noun). Across articles two of them are never one entry except as copies: on three days of
     * the shared corpus they joined title formulas and link lines (docs/chronology.md).
     */
    static boolean unknownAction(SourceEvent e) {
        return e.triggerText() != null && e.group() == null;
    }

    /** Why member {@code i} is in its entry: its mean score to the others, what it shares with the headline. */
    MergeLink evidence(int i, int head, List<Integer> members) {
        double sum = 0;
        for (int j : members) {
            if (j != i) {
                sum += score(i, j);
            }
        }
        double mean = sum / (members.size() - 1);
        List<String> shared = new ArrayList<>();
        for (String t : vectors.get(i).keySet()) {
            if (vectors.get(head).containsKey(t)) {
                shared.add(t);
            }
        }
        shared.sort(Comparator.comparingDouble((String t) -> -weight(t)).thenComparing(t -> t));
        SourceEvent x = events.get(i);
        SourceEvent h = events.get(head);
        MergeRule.Time time = MergeRule.time(x, h);
        List<String> basis = new ArrayList<>();
        for (int j : members) {
            if (j != i && copy(i, j)) {
                basis.add("copy of " + events.get(j).ref());
                break;
            }
            if (j != i && copiedChain(i, j)) {
                basis.add("told in a copy of its article: " + events.get(j).ref());
                break;
            }
        }
        if (x.group() != null && x.group().equals(h.group())) {
            basis.add("same action " + x.group().substring(x.group().indexOf(':') + 1));
        }
        if (sameStatement(i, head)) {
            basis.add(events.get(i).statement() ? "same statement in its article" : "same happening in its article");
        } else if (!speakers.get(i).isEmpty()) {
            basis.add("same speaker");
        }
        return new MergeLink(x.ref(), h.ref(), Math.round(mean * 1000) / 1000.0,
                List.copyOf(shared.subList(0, Math.min(6, shared.size()))),
                time.describe(), !time.compatible(), String.join(", ", basis).toLowerCase(Locale.ROOT));
    }
}
