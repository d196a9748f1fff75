package org.tarikh.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * The log file appender (logback.xml): appends to its file, creating it (and its folder) only
 * when the first event is written, so commands that log nothing leave no file behind.
 */
public class LazyFileAppender extends OutputStreamAppender<ILoggingEvent> {

    private String file;

    public void setFile(String file) {
        this.file = file;
    }

    public String getFile() {
        return file;
    }

    @Override
    public void start() {
        if (file == null || file.isBlank()) {
            addError("no file for " + getName());
            return;
        }
        setOutputStream(new LazyStream(Path.of(file)));
        super.start();
    }

    private static final class LazyStream extends OutputStream {
        private final Path path;
        private OutputStream out;

        LazyStream(Path path) {
            this.path = path;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                Path parent = path.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                out = new FileOutputStream(path.toFile(), true);
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
