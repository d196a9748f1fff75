package org.tarikh.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * An RSS or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}, read with Rome; or a feed
 * response in a web archive): each item is an article. When the item's link leads to a page the
 * same archive holds ({@link LinkedPages}: the WARC the feed is in, the folder of the feed file),
 * the article is that page (its main text) with the item's date kept as evidence; otherwise its
 * text is the item's content (or description), HTML reduced to its text, dated by the item's own
 * date (pubDate, published, dc:date) as the publisher wrote it, then by its link's date and a
 * dateline. A feed that does not parse is one MALFORMED_FEED rejection.
 */
final class FeedRecords {

    private FeedRecords() {
    }

    static List<SourceRecord> read(Path file) {
        Origin whole = new Origin(file.toString(), 0);
        try {
            if (Files.size(file) > JsonLinesCursor.MAX_LINE_BYTES) {
                return List.of(new Rejection(whole, null, Rejection.Reason.TOO_LARGE,
                        Files.size(file) + " bytes; a feed may have at most " + JsonLinesCursor.MAX_LINE_BYTES));
            }
            return parse(Files.readAllBytes(file), file.toString(), JsonRecords.stem(file.getFileName().toString()),
                    LinkedPages.folder(file));
        } catch (IOException | RuntimeException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
        }
    }

    /**
     * The items of a feed as articles: an item whose link leads to a page the archive holds
     * ({@code pages}) is read from that page (its main text, id, title; the feed's date kept as
     * evidence beside the page's own), any other from the feed's own text.
     *
     * @param location where the feed is (a file; a WARC record {@code file!/record-N}): item N is line N
     * @param stem     the stem of fallback ids ({@code stem-N})
     */
    static List<SourceRecord> parse(byte[] bytes, String location, String stem, LinkedPages pages) {
        Origin whole = new Origin(location, 0);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(); // DOCTYPEs refused: no external entities
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.MALFORMED_FEED, String.valueOf(e.getMessage())));
        } catch (IOException | RuntimeException e) {
            return List.of(new Rejection(whole, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
        }
        List<String> written = writtenDates(bytes);
        List<SourceRecord> out = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            Origin origin = new Origin(location, i + 1);
            String link = e.getLink();
            String id = Optional.ofNullable(e.getUri()).or(() -> Optional.ofNullable(link)).map(String::strip)
                    .filter(s -> !s.isEmpty()).orElse(stem + "-" + (i + 1));
            String raw = written.size() == entries.size() ? written.get(i) : null;
            Optional<LocalDate> day = raw == null ? Optional.empty() : localDay(raw);
            if (day.isEmpty() && (e.getPublishedDate() != null || e.getUpdatedDate() != null)) {
                java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
                raw = d.toInstant().toString();
                day = Optional.of(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
            }
            String rawDate = raw;
            Optional<DateEvidence.Candidate> feedDate = day.map(d -> new DateEvidence.Candidate(DateEvidence.Kind.FEED, d,
                    rawDate.strip()));
            String itemTitle = e.getTitle() == null ? null : e.getTitle().strip();
            Optional<HtmlArticle.Page> page = link == null ? Optional.empty() : pages.page(link)
                    .filter(p -> !p.text().isBlank()); // an empty page: the item's own text
            if (page.isPresent() && (feedDate.isPresent() || !page.get().evidence().isEmpty())) {
                out.add(joined(page.get(), feedDate, itemTitle, feed.getTitle(), link, origin));
                continue;
            }
            String text = text(e);
            List<DateEvidence.Candidate> evidence = new ArrayList<>();
            feedDate.ifPresent(evidence::add);
            Optional<DateEvidence.Candidate> fromUrl = PublicationEvidence.url(link);
            fromUrl.ifPresent(evidence::add);
            PublicationEvidence.dateline(text, evidence.isEmpty() ? null : evidence.get(0).date()).ifPresent(evidence::add);
            if (text.isBlank()) {
                out.add(new Rejection(origin, id, Rejection.Reason.EMPTY_TEXT, "the feed item has no text"));
                continue;
            }
            if (evidence.isEmpty()) {
                out.add(new Rejection(origin, id, Rejection.Reason.MISSING_PUBLISHED,
                        "the feed item has no date (pubDate, published, dc:date), no dated link and no dateline"));
                continue;
            }
            DateEvidence dates = new DateEvidence(evidence);
            DateEvidence.Candidate winner = dates.winner();
            String published = winner.kind() == DateEvidence.Kind.FEED ? winner.written() : winner.date().toString();
            out.add(new Article(id, published.length() > 64 ? winner.date().toString() : published, winner.date(),
                    itemTitle, feed.getTitle(), link,
                    feed.getLanguage() == null || feed.getLanguage().length() > 16 ? "ar" : feed.getLanguage(), text,
                    origin, dates));
        }
        return out;
    }

    /**
     * A feed item read from the page its link leads to: the page's id, main text, title and
     * source (the item's and the feed's when the page has none), and the page's date evidence
     * with the feed's date among it, in the order of trust (a page's own metadata before the
     * feed's date, the feed's date before the URL's, a dateline's and the capture's).
     */
    private static Article joined(HtmlArticle.Page page, Optional<DateEvidence.Candidate> feedDate, String itemTitle,
            String feedTitle, String link, Origin origin) {
        List<DateEvidence.Candidate> evidence = new ArrayList<>(page.evidence());
        feedDate.ifPresent(evidence::add);
        evidence.sort(java.util.Comparator.comparingInt(c -> c.kind().ordinal())); // stable: the page's order within a kind
        HtmlArticle.Page withFeed = new HtmlArticle.Page(page.id(), page.url() != null ? page.url() : link,
                page.title() != null ? page.title() : itemTitle, page.source() != null ? page.source() : feedTitle,
                page.language(), page.text(), evidence);
        return (Article) withFeed.article(origin); // text and evidence were checked: an article
    }

    /** The item's content, else its description; HTML reduced to its paragraphs' text. */
    private static String text(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            html.append(c.getValue() == null ? "" : c.getValue()).append('\n');
        }
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(e.getDescription().getValue());
        }
        Document doc = Jsoup.parseBodyFragment(html.toString());
        StringBuilder out = new StringBuilder();
        for (Element block : doc.body().select("p, li, blockquote, h2, h3, h4")) {
            if (block.select("p, li, blockquote").size() <= (block.is("p, li, blockquote") ? 1 : 0)) {
                String t = block.text().strip();
                if (!t.isEmpty()) {
                    out.append(out.length() > 0 ? "\n\n" : "").append(t);
                }
            }
        }
        return out.length() > 0 ? out.toString() : doc.body().text().strip();
    }

    /** The item dates as written, in document order, one per item or entry (empty string when it has none). */
    private static List<String> writtenDates(byte[] bytes) {
        try {
            Document xml = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
            List<String> out = new ArrayList<>();
            for (Element item : xml.select("item, entry")) {
                Element date = item.selectFirst("> pubDate, > published, > dc|date, > updated");
                out.add(date == null ? "" : date.text());
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The publisher's own day: RFC 1123 (RSS) or ISO 8601 (Atom, dc:date), at the stated offset. */
    static Optional<LocalDate> localDay(String written) {
        String v = written.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return PublicationDate.parse(v);
        }
    }
}
