package org.tarikh.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
 * declared, dated with WARC-Date as the capture date. Redirects and records that are not pages
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

    private final String file;
    private final WarcReader reader;
    private long records;
    private long pages;
    private long redirects;
    private long notHtml;
    private long errorStatus;
    private long notResponses;
    private boolean failed;

    WarcCursor(Path path) throws IOException {
        this.file = path.toString();
        this.reader = new WarcReader(path);
    }

    @Override
    public SourceRecord next() {
        while (!failed) {
            long offset = reader.position();
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                return broken(offset, e);
            }
            if (next.isEmpty()) {
                return null;
            }
            records++;
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
                MediaType type = http.contentType();
                String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
                if (http.status() != 200) {
                    errorStatus++;
                    continue;
                }
                if (!(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
                    notHtml++;
                    continue;
                }
                pages++;
                byte[] body;
                try (InputStream in = http.bodyDecoded().stream()) {
                    body = in.readNBytes(JsonLinesCursor.MAX_LINE_BYTES + 1);
                }
                if (body.length > JsonLinesCursor.MAX_LINE_BYTES) {
                    return new Rejection(origin, response.target(), Rejection.Reason.TOO_LARGE,
                            "page longer than " + JsonLinesCursor.MAX_LINE_BYTES + " bytes");
                }
                String charset = type.parameters().get("charset");
                return HtmlArticle.read(new ByteArrayInputStream(body), charset, response.target(),
                        record.date().atOffset(ZoneOffset.UTC).toLocalDate(), record.date().toString(),
                        "warc-" + records, origin);
            } catch (IOException | RuntimeException e) {
                return broken(offset, e);
            }
        }
        return null;
    }

    /** The archive cannot be trusted past this point: one rejection, and the file ends here. */
    private Rejection broken(long offset, Exception e) {
        failed = true;
        return new Rejection(new Origin(file, records + 1), null, Rejection.Reason.UNREADABLE_FILE,
                "the web archive is damaged at byte " + offset + " (truncated, or a wrong Content-Length): " + e);
    }

    @Override
    public java.util.Map<String, Long> notArticles() {
        return java.util.Map.of(REDIRECT, redirects, NOT_HTML, notHtml, ERROR_STATUS, errorStatus,
                NOT_A_RESPONSE, notResponses);
    }

    @Override
    public void close() {
        // every partition passes over the whole archive: the run summary counts these once (ArticleSource#notArticles)
        LOG.debug("{}: {} WARC records, {} HTML pages read; skipped {} redirects, {} not HTML, {} not 200, {} not"
                + " responses{}", file, records, pages, redirects, notHtml, errorStatus, notResponses,
                failed ? ", damaged (rejected where it broke)" : "");
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
