package org.tarikh.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.databind.JsonNode;

/**
 * An HTML news page as an article: its main text ({@link MainText}), title, canonical URL and
 * the publication-date evidence the page states (article:published_time, JSON-LD
 * datePublished, {@code <time datetime>}), then the URL's date, the dateline, and the capture
 * date the archive gives.
 */
final class HtmlArticle {

    private HtmlArticle() {
    }

    /**
     * @param charset the charset the HTTP response declared, or null: then the page's own
     *                {@code <meta charset>} (or a byte order mark) decides, else UTF-8
     * @param url     where the page was (a WARC record's target URI; null for a file)
     * @param capture when it was captured (WARC-Date), or null
     */
    static SourceRecord read(InputStream in, String charset, String url, LocalDate capture, String captureWritten,
            String fallbackId, Origin origin) throws IOException {
        return parse(in, charset, url, capture, captureWritten, fallbackId).article(origin);
    }

    /**
     * A page as read, before it is an article or a rejection: its id, URL, title, site name,
     * language, main text, and the date evidence it carries (possibly none: a feed item linking
     * to it may bring the date).
     */
    record Page(String id, String url, String title, String source, String language, String text,
            List<DateEvidence.Candidate> evidence) {

        /** The page as an article, or why it cannot be one (no main text; no date evidence). */
        SourceRecord article(Origin origin) {
            if (text.isBlank()) {
                return new Rejection(origin, id, Rejection.Reason.EMPTY_TEXT, "the page has no main text");
            }
            if (evidence.isEmpty()) {
                return new Rejection(origin, id, Rejection.Reason.MISSING_PUBLISHED,
                        "the page states no publication date (article:published_time, JSON-LD datePublished,"
                                + " <time datetime>, a dated URL or a dateline) and has no capture date");
            }
            DateEvidence dates = new DateEvidence(evidence);
            return new Article(id, written(dates.winner()), dates.winner().date(), title, source, url, language, text,
                    origin, dates);
        }
    }

    /** {@code published} as stored: the winner as written, or its ISO day for a URL's or dateline's date (or a long one). */
    static String written(DateEvidence.Candidate winner) {
        return winner.kind() == DateEvidence.Kind.URL || winner.kind() == DateEvidence.Kind.DATELINE
                || winner.written().length() > 64 ? winner.date().toString() : winner.written();
    }

    static Page parse(InputStream in, String charset, String url, LocalDate capture, String captureWritten,
            String fallbackId) throws IOException {
        Document doc = Jsoup.parse(in, supported(charset), url == null ? "" : url);
        String canonical = first(doc.selectFirst("link[rel=canonical]"), "abs:href")
                .or(() -> first(doc.selectFirst("meta[property=og:url]"), "content")).orElse(null);
        String pageUrl = canonical != null && !canonical.isBlank() ? canonical : url;
        String title = first(doc.selectFirst("meta[property=og:title]"), "content")
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text))
                .or(() -> Optional.of(doc.title())).filter(s -> !s.isBlank()).map(String::strip).orElse(null);
        List<DateEvidence.Candidate> evidence = new ArrayList<>();
        add(evidence, DateEvidence.Kind.META_PUBLISHED_TIME,
                first(doc.selectFirst("meta[property=article:published_time], meta[name=article:published_time]"), "content"));
        add(evidence, DateEvidence.Kind.JSON_LD, jsonLdDatePublished(doc));
        add(evidence, DateEvidence.Kind.TIME_ELEMENT, first(doc.selectFirst("article time[datetime], time[datetime]"), "datetime"));
        Optional<DateEvidence.Candidate> fromUrl = PublicationEvidence.url(pageUrl).or(() -> PublicationEvidence.url(url));
        fromUrl.ifPresent(evidence::add);
        String text = MainText.of(doc);
        // a dateline without a year takes the year of the best evidence so far, else the capture's
        LocalDate reference = evidence.isEmpty() ? capture : evidence.get(0).date();
        PublicationEvidence.dateline(text, reference).ifPresent(evidence::add);
        if (capture != null) {
            evidence.add(new DateEvidence.Candidate(DateEvidence.Kind.CAPTURE, capture, captureWritten));
        }
        String id = pageUrl != null && !pageUrl.isBlank() ? pageUrl.strip() : fallbackId;
        String lang = Optional.ofNullable(doc.selectFirst("html[lang]")).map(e -> e.attr("lang").strip())
                .filter(s -> !s.isEmpty() && s.length() <= 16).orElse("ar");
        return new Page(id, pageUrl, title, first(doc.selectFirst("meta[property=og:site_name]"), "content").orElse(null),
                lang, text, evidence);
    }

    private static void add(List<DateEvidence.Candidate> out, DateEvidence.Kind kind, Optional<String> written) {
        written.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(w -> PublicationDate.parse(w)
                .ifPresent(d -> out.add(new DateEvidence.Candidate(kind, d, w.length() > 64 ? w.substring(0, 64) : w))));
    }

    private static Optional<String> first(Element e, String attribute) {
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute)).filter(s -> !s.isBlank());
    }

    /** The first datePublished of the page's JSON-LD blocks (top level, in an array, or in @graph). */
    private static Optional<String> jsonLdDatePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JsonRecords.JSON.readTree(script.data());
                Optional<String> found = datePublished(root, 0);
                if (found.isPresent()) {
                    return found;
                }
            } catch (RuntimeException e) {
                // malformed JSON-LD is no evidence; the page is still read
            }
        }
        return Optional.empty();
    }

    private static Optional<String> datePublished(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode d = node.get("datePublished");
            if (d != null && d.isString()) {
                return Optional.of(d.asString());
            }
            return datePublished(node.get("@graph"), depth + 1);
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<String> found = datePublished(n, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A charset Java knows, by name; null (let the page say) for an unknown or malformed name. */
    private static String supported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
