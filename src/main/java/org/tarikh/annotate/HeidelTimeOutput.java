package org.tarikh.annotate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HeidelTime prints straight to {@code System.err}: a NullPointerException trace and pages of
 * "DEBUGGING" each time a POS-constrained rule meets a token without a part of speech (which
 * our tokens never have), harmless for the result. That must not reach an operator's terminal.
 * <p>
 * {@code System.err} is one stream for the whole JVM, so this is installed once (by
 * {@link HeidelTimeSetup#prepareJvm()}, before any engine exists) in front of it: what a thread
 * writes while it runs an engine ({@link #during}) goes, line by line, to the log file (logger
 * {@value #LOGGER}, not shown on the terminal); everything else passes through unchanged.
 */
public final class HeidelTimeOutput extends OutputStream {

    static final String LOGGER = "heideltime.stderr";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final PrintStream terminal;
    /** Threads running an engine right now, each with its unfinished line. */
    private final Map<Thread, ByteArrayOutputStream> inside = new ConcurrentHashMap<>();

    HeidelTimeOutput(PrintStream terminal) {
        this.terminal = terminal;
    }

    private static volatile HeidelTimeOutput installed;

    /** Puts the router in front of {@code System.err}, once per JVM. */
    static synchronized void install() {
        if (installed == null) {
            HeidelTimeOutput router = new HeidelTimeOutput(System.err);
            System.setErr(new PrintStream(router, true, StandardCharsets.UTF_8));
            installed = router;
        }
    }

    /** Runs {@code work} (an engine processing a document) with this thread's stderr going to the log file. */
    static <T> T during(java.util.function.Supplier<T> work) {
        HeidelTimeOutput router = installed;
        if (router == null) {
            return work.get();
        }
        Thread t = Thread.currentThread();
        router.inside.put(t, new ByteArrayOutputStream());
        try {
            return work.get();
        } finally {
            ByteArrayOutputStream rest = router.inside.remove(t);
            if (rest != null && rest.size() > 0) {
                router.log(rest);
            }
        }
    }

    /** Marks the current thread as running an engine until {@link #leave()} (tests). */
    void enter() {
        inside.put(Thread.currentThread(), new ByteArrayOutputStream());
    }

    void leave() {
        ByteArrayOutputStream rest = inside.remove(Thread.currentThread());
        if (rest != null && rest.size() > 0) {
            log(rest);
        }
    }

    @Override
    public void write(int b) throws IOException {
        ByteArrayOutputStream line = inside.get(Thread.currentThread());
        if (line == null) {
            terminal.write(b);
            return;
        }
        if (b == '\n') {
            log(line);
        } else if (b != '\r') {
            line.write(b);
            if (line.size() >= 1 << 16) {
                log(line);
            }
        }
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        if (!inside.containsKey(Thread.currentThread())) {
            terminal.write(bytes, off, len);
            return;
        }
        for (int i = off; i < off + len; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public void flush() {
        terminal.flush();
    }

    private void log(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (!text.isBlank()) {
            LOG.info("{}", text);
        }
    }
}
