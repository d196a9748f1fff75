package org.tarikh.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.tarikh.store.TimelineEntry;

/** Writes a timeline to a file in one of the export formats named in job definitions. */
public final class Exports {

    public static final List<String> FORMATS = List.of("json", "text");

    private Exports() {
    }

    public static void write(String format, List<TimelineEntry> entries, Path out) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; known: " + FORMATS);
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                if (f.equals("json")) {
                    TimelinePrinter.json(entries, w);
                } else {
                    TimelinePrinter.text(entries, w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
