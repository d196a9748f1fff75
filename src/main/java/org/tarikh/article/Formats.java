package org.tarikh.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats, by file name ending: each names how its files become a {@link RecordCursor}
 * and whether it is text (then the file's first bytes are sniffed for UTF-16 or binary data
 * before it is opened). Adding a format is one entry here and one cursor.
 */
public final class Formats {

    /** Opens a file of this format; an IOException becomes an UNREADABLE_FILE rejection. */
    @FunctionalInterface
    interface Opener {
        RecordCursor open(Path file) throws IOException;
    }

    /**
     * @param suffix   the name ending, lower case, with its dot
     * @param text     sniffed as UTF-8 text before reading
     * @param lineWise the text is read line by line (a stray NUL costs one line, not the file)
     */
    record Format(String suffix, boolean text, boolean lineWise, Opener opener) {
    }

    private static final List<Format> FORMATS = List.of(
            new Format(".jsonl", true, true, f -> new JsonLinesCursor(f, JsonRecords.stem(f.getFileName().toString()))),
            new Format(".json", true, false, f -> new ListCursor(FileRecords.json(f))),
            new Format(".txt", true, false, f -> ListCursor.of(FileRecords.text(f))),
            new Format(".zip", false, false, ZipCursor::new),
            new Format(".warc", false, false, WarcCursor::new),
            new Format(".warc.gz", false, false, WarcCursor::new),
            new Format(".html", false, false, f -> ListCursor.of(HtmlFiles.read(f))),
            new Format(".htm", false, false, f -> ListCursor.of(HtmlFiles.read(f))),
            new Format(".rss", false, false, f -> new ListCursor(FeedRecords.read(f))),
            new Format(".atom", false, false, f -> new ListCursor(FeedRecords.read(f))),
            new Format(".xml", false, false, f -> new ListCursor(FeedRecords.read(f))));

    /** What an unsupported file's rejection says is expected. */
    static final String EXPECTED = "expected .jsonl, .json, .zip, .warc, .warc.gz, .html, .htm, .rss, .atom, .xml (a feed),"
            + " or .txt with a "
            + FileRecords.SIDECAR_SUFFIX + " sidecar";

    private Formats() {
    }

    /** The format a file name ends with (the longest matching ending), if any. */
    static Optional<Format> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> lower.endsWith(f.suffix()))
                .max(java.util.Comparator.comparingInt(f -> f.suffix().length()));
    }
}
