package org.tarikh.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An HTML page saved as a file ({@code .html}, {@code .htm}): decoded by its own {@code <meta charset>}, else UTF-8. */
final class HtmlFiles {

    private HtmlFiles() {
    }

    static SourceRecord read(Path file) {
        Origin whole = new Origin(file.toString(), 0);
        String stem = JsonRecords.stem(file.getFileName().toString());
        try {
            if (Files.size(file) > JsonLinesCursor.MAX_LINE_BYTES) {
                return new Rejection(whole, stem, Rejection.Reason.TOO_LARGE,
                        Files.size(file) + " bytes; a page may have at most " + JsonLinesCursor.MAX_LINE_BYTES);
            }
            return parse(file, stem).article(whole);
        } catch (IOException | RuntimeException e) {
            return new Rejection(whole, stem, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
    }

    /** The page a file holds, dated or not (a feed item linking to it brings its date); empty when it cannot be read. */
    static Optional<HtmlArticle.Page> page(Path file) {
        try {
            if (Files.size(file) > JsonLinesCursor.MAX_LINE_BYTES) {
                return Optional.empty();
            }
            return Optional.of(parse(file, JsonRecords.stem(file.getFileName().toString())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static HtmlArticle.Page parse(Path file, String stem) throws IOException {
        return HtmlArticle.parse(new ByteArrayInputStream(Files.readAllBytes(file)), null, null, null, null, stem);
    }
}
