package org.tarikh.article;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pages archived with a feed, by URL: where a feed item's link leads when the archive holds
 * the page too (a WARC with the feed and the pages; a folder with the feed file and the saved
 * pages). A feed item whose link is found here is read from the page: its main text, with the
 * feed's date kept as evidence ({@link FeedRecords}).
 */
interface LinkedPages {

    /** No pages: every item is read from the feed alone. */
    LinkedPages NONE = url -> Optional.empty();

    /** The page the link leads to with its own date evidence (maybe none), if the archive holds it and it can be read. */
    Optional<HtmlArticle.Page> page(String link);

    /** A link as pages are looked up: no fragment, no trailing slash, host in lower case. */
    static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        int hash = u.indexOf('#');
        u = hash >= 0 ? u.substring(0, hash) : u;
        try {
            URI uri = URI.create(u);
            if (uri.getHost() != null) {
                u = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                        + (uri.getRawPath() == null ? "" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            // not a URI Java can parse: compared as written
        }
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /**
     * The {@code .html}/{@code .htm} files in a feed file's folder (and its subfolders, three
     * deep), read when the first item asks: a link matches a page by the page's canonical URL
     * ({@code <link rel=canonical>}, {@code og:url}), else by its file name (the link's last path
     * segment, {@code …/123.html} → {@code 123.html}).
     */
    static LinkedPages folder(Path feed) {
        return new LinkedPages() {
            private Map<String, Path> byUrl;
            private Map<String, Path> byName;

            @Override
            public Optional<HtmlArticle.Page> page(String link) {
                String key = normalize(link);
                if (key == null) {
                    return Optional.empty();
                }
                if (byUrl == null) {
                    index();
                }
                Path file = byUrl.get(key);
                if (file == null) {
                    String name = key.substring(key.lastIndexOf('/') + 1);
                    int q = name.indexOf('?');
                    file = byName.get((q >= 0 ? name.substring(0, q) : name).toLowerCase(Locale.ROOT));
                }
                return file == null ? Optional.empty() : HtmlFiles.page(file);
            }

            private void index() {
                byUrl = new HashMap<>();
                byName = new HashMap<>();
                Path dir = feed.toAbsolutePath().getParent();
                try (Stream<Path> files = Files.find(dir, 3, (p, a) -> a.isRegularFile()
                        && Formats.of(p.getFileName().toString()).filter(f -> f.suffix().startsWith(".htm")).isPresent())) {
                    files.sorted().forEach(p -> {
                        byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p);
                        HtmlFiles.page(p).map(HtmlArticle.Page::url).map(LinkedPages::normalize)
                                .ifPresent(u -> byUrl.putIfAbsent(u, p));
                    });
                } catch (IOException | RuntimeException e) {
                    // a folder that cannot be listed holds no pages for the feed: its items keep their own text
                }
            }
        };
    }
}
