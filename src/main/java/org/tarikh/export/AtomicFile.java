package org.tarikh.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see the old content or the new one, never a part: the content
 * goes to a temporary file in the same folder, every write is checked (no {@link PrintWriter}
 * that swallows a full disk), the file is forced to disk, then renamed over the target in one
 * step, and the folder is forced too. On any failure the temporary file is deleted, the
 * previous file stays as it was, and the error is thrown.
 */
public final class AtomicFile {

    /** Writes the content; may throw. */
    @FunctionalInterface
    public interface Body {
        void writeTo(PrintWriter out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Body body) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = dir.resolve("." + shortName(absolute.getFileName().toString()) + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                CheckedPrintWriter out = new CheckedPrintWriter(Channels.newOutputStream(channel));
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } catch (UncheckedIOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e.getCause()), e.getCause());
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** "No space left on device" rather than a class name and a path we already said. */
    static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Long (e.g. Arabic) names must not make the temporary name too long for the file system. */
    private static String shortName(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the rename itself on disk (Linux; other systems may refuse, which is harmless)
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can open a directory
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the original error matters more
        }
    }

    /**
     * A {@link PrintWriter} that throws {@link UncheckedIOException} on the first failed write
     * instead of setting a flag nobody reads.
     */
    static final class CheckedPrintWriter extends PrintWriter {

        private final Writer target;

        CheckedPrintWriter(OutputStream out) {
            this(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        }

        private CheckedPrintWriter(Writer target) {
            super(target, false);
            this.target = target;
        }

        @Override
        public void write(int c) {
            try {
                target.write(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) {
            try {
                target.write(buf, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(String s, int off, int len) {
            try {
                target.write(s, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void println() {
            write(System.lineSeparator());
        }

        @Override
        public void flush() {
            try {
                target.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                target.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
