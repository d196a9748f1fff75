package org.tarikh.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
            return HtmlArticle.read(new ByteArrayInputStream(Files.readAllBytes(file)), null, null, null, null, stem, whole);
        } catch (IOException | RuntimeException e) {
            return new Rejection(whole, stem, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
    }
}
