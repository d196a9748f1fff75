package org.tarikh.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Reads JSON Lines byte line by byte line, so one bad line cannot hide the next: strict UTF-8,
 * one record (an article or a rejection with its line number) per non-blank line.
 */
final class JsonLinesCursor implements RecordCursor {

    /** A longer line is rejected unread (the rest is skipped), so one runaway line cannot exhaust the heap. */
    static final int MAX_LINE_BYTES = 32 << 20;
    private static final byte[] TOO_LONG = new byte[0];

    private final String file;
    private final String stem;
    private final InputStream in;
    private long lineNumber;
    private boolean failed;
    /** The bytes of the line {@link #next()} returned last (0: too long, or a read error): its {@link #size}. */
    private long lastSize;
    /** Bytes of the file consumed so far (line ends included): where the next line starts. */
    private long consumed;
    /** Where the record {@link #skip()} passed over last is ({@link RecordIndex}). */
    private Locator lastLocator;

    /**
     * Where one record of a JSON Lines file is, so that it can be read again alone: the line's
     * first byte and its length (without its line end), its line number; or, for a line that is
     * a rejection whatever its bytes (too long, a read error), that rejection.
     */
    record Locator(long start, int length, long line, Rejection problem) {
    }

    JsonLinesCursor(Path path, String stem) throws IOException {
        this(Files.newInputStream(path), path.toString(), stem);
    }

    JsonLinesCursor(InputStream in, String file, String stem) {
        this.file = file;
        this.stem = stem;
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    /** The next non-blank line as a record, or null at the end of the file. */
    @Override
    public SourceRecord next() {
        if (failed) {
            return null;
        }
        lastSize = 0;
        try {
            byte[] raw;
            while ((raw = readLine()) != null) {
                lineNumber++;
                lastSize = raw == TOO_LONG ? 0 : raw.length;
                if (raw == TOO_LONG) {
                    return tooLong(file, lineNumber);
                }
                SourceRecord record = record(raw, lineNumber, file, stem);
                if (record != null) {
                    return record;
                }
            }
            return null;
        } catch (IOException e) {
            failed = true; // the rest of the file cannot be trusted; say so once
            lastSize = 0;
            return new Rejection(new Origin(file, lineNumber + 1), null, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
    }

    private static Rejection tooLong(String file, long lineNumber) {
        return new Rejection(new Origin(file, lineNumber), null, Rejection.Reason.TOO_LARGE,
                "line longer than " + MAX_LINE_BYTES + " bytes");
    }

    /**
     * The record one line's bytes (without its line end) make, line {@code lineNumber} of
     * {@code file}; null for a blank line. {@link #next()} reads every line through this, and a
     * partition reading a line alone ({@link RecordIndex}) too, so both give the same record.
     */
    static SourceRecord record(byte[] raw, long lineNumber, String file, String stem) {
        Origin origin = new Origin(file, lineNumber);
        String line;
        try {
            line = JsonRecords.decode(raw);
        } catch (CharacterCodingException e) {
            return new Rejection(origin, null, Rejection.Reason.INVALID_ENCODING, "the line is not UTF-8 text");
        }
        line = lineNumber == 1 ? JsonRecords.stripBom(line) : line;
        if (line.isBlank()) {
            return null;
        }
        try {
            return JsonRecords.parseObject(line, null, stem + "-" + lineNumber, origin);
        } catch (JacksonException e) {
            return new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
        }
    }

    /** Where the record {@link #skip()} passed over last is; null before the first. */
    Locator locator() {
        return lastLocator;
    }

    String file() {
        return file;
    }

    String stem() {
        return stem;
    }

    /**
     * Passes over the next non-blank line without decoding it into an article: only the id is
     * scanned for. Counts exactly the lines {@link #next()} would (a line is blank only if
     * {@code next()} would find it blank).
     */
    @Override
    public Skipped skip() {
        if (failed) {
            return null;
        }
        try {
            byte[] raw;
            long lineStart = consumed;
            while ((raw = readLine()) != null) {
                lineNumber++;
                Origin origin = new Origin(file, lineNumber);
                if (raw == TOO_LONG) {
                    lastLocator = new Locator(lineStart, 0, lineNumber, tooLong(file, lineNumber));
                    return new Skipped(null, origin, null, 0);
                }
                if (isBlank(raw)) {
                    lineStart = consumed;
                    continue;
                }
                lastLocator = new Locator(lineStart, raw.length, lineNumber, null);
                int start = lineNumber == 1 && raw.length >= 3 && (raw[0] & 0xFF) == 0xEF
                        && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF ? 3 : 0; // a byte order mark
                try (JsonParser p = JsonRecords.JSON.createParser(raw, start, raw.length - start)) {
                    p.nextToken();
                    JsonRecords.Scan scan = JsonRecords.scan(p, stem + "-" + lineNumber);
                    return p.nextToken() == null ? new Skipped(scan.id(), origin, scan.keys(), raw.length)
                            : new Skipped(null, origin, null, raw.length);
                } catch (JacksonException | IllegalArgumentException e) {
                    return new Skipped(null, origin, null, raw.length); // a rejection in the partition that owns it
                }
            }
            return null;
        } catch (IOException e) {
            failed = true;
            Origin origin = new Origin(file, lineNumber + 1);
            lastLocator = new Locator(-1, 0, lineNumber + 1,
                    new Rejection(origin, null, Rejection.Reason.UNREADABLE_FILE, e.toString()));
            return new Skipped(null, origin, null, 0);
        }
    }

    /** The bytes of the record's line: the number {@link #skip()} gives it. */
    @Override
    public long size(SourceRecord read) {
        return lastSize;
    }

    /** Blank as {@link String#isBlank()} would say of the decoded line; undecodable lines are not blank. */
    private boolean isBlank(byte[] raw) {
        boolean nonAscii = false;
        for (byte b : raw) {
            if (b < 0) {
                nonAscii = true;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        if (!nonAscii) {
            return true;
        }
        try {
            String line = JsonRecords.decode(raw);
            return (lineNumber == 1 ? JsonRecords.stripBom(line) : line).isBlank();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        boolean any = false;
        boolean tooLong = false;
        while ((b = in.read()) != -1) {
            any = true;
            consumed++;
            if (b == '\n') {
                break;
            }
            if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            } else {
                tooLong = true; // keep reading to the end of the line, keeping nothing
            }
        }
        if (tooLong) {
            return TOO_LONG;
        }
        if (!any) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
