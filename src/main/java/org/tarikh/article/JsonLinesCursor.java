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
                Origin origin = new Origin(file, lineNumber);
                lastSize = raw == TOO_LONG ? 0 : raw.length;
                if (raw == TOO_LONG) {
                    return new Rejection(origin, null, Rejection.Reason.TOO_LARGE,
                            "line longer than " + MAX_LINE_BYTES + " bytes");
                }
                String line;
                try {
                    line = JsonRecords.decode(raw);
                } catch (CharacterCodingException e) {
                    return new Rejection(origin, null, Rejection.Reason.INVALID_ENCODING, "the line is not UTF-8 text");
                }
                line = lineNumber == 1 ? JsonRecords.stripBom(line) : line;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    return JsonRecords.parseObject(line, null, stem + "-" + lineNumber, origin);
                } catch (JacksonException e) {
                    return new Rejection(origin, null, Rejection.Reason.MALFORMED_JSON, e.getOriginalMessage());
                }
            }
            return null;
        } catch (IOException e) {
            failed = true; // the rest of the file cannot be trusted; say so once
            lastSize = 0;
            return new Rejection(new Origin(file, lineNumber + 1), null, Rejection.Reason.UNREADABLE_FILE, e.toString());
        }
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
            while ((raw = readLine()) != null) {
                lineNumber++;
                Origin origin = new Origin(file, lineNumber);
                if (raw == TOO_LONG) {
                    return new Skipped(null, origin, null, 0);
                }
                if (isBlank(raw)) {
                    continue;
                }
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
            return new Skipped(null, new Origin(file, lineNumber + 1), null, 0);
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
