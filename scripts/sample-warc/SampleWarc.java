/*
 * Writes sample-articles/sample-010-basra-rain.warc.gz the way the tests write web archives
 * (org.tarikh.article.WebArchiveTest): jwarc's writer fetches pages served on 127.0.0.1 and
 * records each request and response. Run from the repository root after a build has fetched jwarc (the version in pom.xml):
 *
 *   java -cp ~/.m2/repository/org/netpreserve/jwarc/0.31.1/jwarc-0.31.1.jar \
 *        scripts/sample-warc/SampleWarc.java sample-articles/sample-010-basra-rain.warc.gz
 *
 * The archive holds the article (HTTP 200, UTF-8), a redirect to it and a missing page (404):
 * Tarikh reads the article and skips the other records.
 */
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

import com.sun.net.httpserver.HttpServer;

public class SampleWarc {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        byte[] page = Files.readAllBytes(Path.of("scripts/sample-warc/basra-rain.html"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2021/04/10/basra-rain.html", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(page);
            }
        });
        server.createContext("/basra-rain", x -> {
            x.getResponseHeaders().add("Location", "/2021/04/10/basra-rain.html");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.createContext("/missing", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Files.deleteIfExists(out);
            try (WarcWriter w = new WarcWriter(FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    WarcCompression.GZIP)) {
                for (String path : new String[] {"/basra-rain", "/2021/04/10/basra-rain.html", "/missing"}) {
                    w.fetch(URI.create(base + path));
                }
            }
        } finally {
            server.stop(0);
        }
    }
}
