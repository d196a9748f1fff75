package org.tarikh.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the HTML pages of a web archive ({@code .warc}, {@code .warc.gz}, read with jwarc one
 * record at a time, so a 5 GB archive never sits in memory): each HTTP 200 response whose
 * payload is HTML becomes an article ({@link HtmlArticle}), decoded by the charset its response
 * declared, dated with WARC-Date as the capture date. Each item of an RSS or Atom response is an
 * article too ({@link FeedRecords}): the page its link leads to when this archive holds it, else
 * the item's own text. Redirects and records that are not pages
 * (requests, metadata, warcinfo, images, errors) are skipped and counted by kind
 * ({@link #notArticles()}), which the run summary shows once per run. A damaged archive (truncated, a wrong Content-Length) ends with one
 * UNREADABLE_FILE rejection at the record where it broke, after the records before it.
 */
public final class WarcCursor implements RecordCursor {

    private static final Logger LOG = LoggerFactory.getLogger(WarcCursor.class);
    /** Kinds of records that are not pages, as counted in {@link #notArticles()} and the run summary. */
    public static final String REDIRECT = "redirect";
    public static final String NOT_HTML = "not-html";
    public static final String ERROR_STATUS = "error-status";
    public static final String NOT_A_RESPONSE = "not-a-response";

    private static final java.util.Set<String> HTML_TYPES = java.util.Set.of("text/html", "application/xhtml+xml");
    private static final java.util.Set<String> FEED_TYPES = java.util.Set.of("application/rss+xml",
            "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml");

    private final Path path;
    private final String file;
    private final WarcReader reader;
    /** The items of the feed record being read, not yet yielded. */
    private final java.util.Deque<SourceRecord> items = new java.util.ArrayDeque<>();
    /** Target URI (normalized) → {offset, record number} of each HTML page, built when the first feed needs it. */
    private Map<String, long[]> pageIndex;
    private long feeds;
    private long records;
    private long pages;
    private long redirects;
    private long notHtml;
    private long errorStatus;
    private long notResponses;
    private boolean failed;

    WarcCursor(Path path) throws IOException {
        this.path = path;
        this.file = path.toString();
        this.reader = new WarcReader(path);
    }

    @Override
    public SourceRecord next() {
        if (!items.isEmpty()) {
            return items.removeFirst();
        }
        while (!failed) {
            // before next(), position() is where the record read last starts: next() first skips the rest of that
            // record, then parses the following header, so damage found here is in that record or just after it
            long previous = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                return broken(records == 0 ? "at byte 0" : "in or just after the record at byte " + previous, e);
            }
            if (next.isEmpty()) {
                return null;
            }
            records++;
            long start = reader.position();
            WarcRecord record = next.get();
            Origin origin = new Origin(file, records);
            try {
                if (!(record instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) {
                    notResponses++;
                    continue;
                }
                HttpResponse http = response.http();
                if (http.status() >= 300 && http.status() < 400) {
                    redirects++;
                    continue;
                }
                if (http.status() != 200) {
                    errorStatus++;
                    continue;
                }
                String base = base(http);
                if (FEED_TYPES.contains(base)) {
                    feeds++;
                    byte[] body = body(http);
                    String location = file + "!/record-" + records;
                    List<SourceRecord> read = body == null
                            ? List.of(new Rejection(new Origin(location, 0), response.target(), Rejection.Reason.TOO_LARGE,
                                    "feed longer than " + JsonLinesCursor.MAX_LINE_BYTES + " bytes"))
                            : FeedRecords.parse(body, location, "warc-" + records, this::linkedPage);
                    items.addAll(read);
                    if (items.isEmpty()) {
                        continue; // a feed without items
                    }
                    return items.removeFirst();
                }
                if (!HTML_TYPES.contains(base)) {
                    notHtml++;
                    continue;
                }
                pages++;
                return page(response, http, origin);
            } catch (IOException | RuntimeException e) {
                return broken("in the record at byte " + start, e);
            }
        }
        return null;
    }

    private static String base(HttpResponse http) {
        MediaType type = http.contentType();
        return type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    }

    /** The decoded body, or null when it is longer than a record may be. */
    private static byte[] body(HttpResponse http) throws IOException {
        try (InputStream in = http.bodyDecoded().stream()) {
            byte[] body = in.readNBytes(JsonLinesCursor.MAX_LINE_BYTES + 1);
            return body.length > JsonLinesCursor.MAX_LINE_BYTES ? null : body;
        }
    }

    /** An HTTP 200 HTML response as an article, dated with WARC-Date as its capture date. */
    private static SourceRecord page(WarcResponse response, HttpResponse http, Origin origin) throws IOException {
        byte[] body = body(http);
        if (body == null) {
            return new Rejection(origin, response.target(), Rejection.Reason.TOO_LARGE,
                    "page longer than " + JsonLinesCursor.MAX_LINE_BYTES + " bytes");
        }
        return parsePage(response, http, body, origin.line()).article(origin);
    }

    private static HtmlArticle.Page parsePage(WarcResponse response, HttpResponse http, byte[] body, long recordNo)
            throws IOException {
        String charset = http.contentType().parameters().get("charset");
        return HtmlArticle.parse(new ByteArrayInputStream(body), charset, response.target(),
                response.date().atOffset(ZoneOffset.UTC).toLocalDate(), response.date().toString(), "warc-" + recordNo);
    }

    /**
     * The page a feed item links to, if this archive holds it: found through an index of the
     * archive's HTML responses by target URI (one pass over the archive, made when the first feed
     * asks; a URI captured twice leads to its first capture), then read where it lies.
     */
    private Optional<HtmlArticle.Page> linkedPage(String link) {
        if (pageIndex == null) {
            pageIndex = new HashMap<>();
            try (WarcReader scan = new WarcReader(path)) {
                long n = 0;
                while (true) {
                    Optional<WarcRecord> r = scan.next();
                    if (r.isEmpty()) {
                        break;
                    }
                    long at = scan.position(); // where the record just read starts
                    n++;
                    if (r.get() instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)
                            && response.http().status() == 200 && HTML_TYPES.contains(base(response.http()))) {
                        pageIndex.putIfAbsent(LinkedPages.normalize(response.target()), new long[] {at, n});
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a damaged archive: the pages before the damage are indexed (the damage is rejected where it is read)
            }
        }
        String key = LinkedPages.normalize(link);
        long[] at = key == null ? null : pageIndex.get(key);
        if (at == null) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(path)) {
            channel.position(at[0]);
            try (WarcReader one = new WarcReader(channel)) {
                Optional<WarcRecord> r = one.next();
                if (r.isPresent() && r.get() instanceof WarcResponse response) {
                    byte[] body = body(response.http());
                    return body == null ? Optional.empty() : Optional.of(parsePage(response, response.http(), body, at[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable where the index said: the item keeps its own text
        }
        return Optional.empty();
    }

    /** The archive cannot be trusted past this point: one rejection, and the file ends here. */
    private Rejection broken(String where, Exception e) {
        failed = true;
        return new Rejection(new Origin(file, records + 1), null, Rejection.Reason.UNREADABLE_FILE,
                "the web archive is damaged " + where + " (truncated, or a wrong Content-Length): " + e);
    }

    @Override
    public java.util.Map<String, Long> notArticles() {
        return java.util.Map.of(REDIRECT, redirects, NOT_HTML, notHtml, ERROR_STATUS, errorStatus,
                NOT_A_RESPONSE, notResponses);
    }

    @Override
    public void close() {
        // every partition passes over the whole archive: the run summary counts these once (ArticleSource#notArticles)
        LOG.debug("{}: {} WARC records, {} HTML pages and {} feeds read; skipped {} redirects, {} not HTML, {} not 200, {} not"
                + " responses{}", file, records, pages, feeds, redirects, notHtml, errorStatus, notResponses,
                failed ? ", damaged (rejected where it broke)" : "");
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
