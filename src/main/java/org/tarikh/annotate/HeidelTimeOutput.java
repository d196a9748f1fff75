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
 * HeidelTime prints straight to {@code System.err}: each time a POS-constrained rule meets a
 * token without a part of speech (which our tokens never have) a NullPointerException trace, the
 * sentence, and, while it runs the sentence again with its static debug switch on, pages of
 * "DEBUGGING". All harmless for the result, none of it for an operator's terminal or a test log.
 * <p>
 * HeidelTime writes to the JVM's one {@code System.err}, and unmodified HeidelTime offers no other
 * way to capture what it prints, so one router is installed in front of it, once per JVM
 * ({@link HeidelTimeSetup#prepareJvm()}, before any engine exists). It passes everything through
 * unchanged except what a thread writes while it runs an engine ({@link #during}): that goes,
 * line by line, to the logger {@value #LOGGER} at DEBUG level (off by default, so neither the
 * terminal nor the log file gets it), and each of HeidelTime's sentence re-runs becomes one INFO
 * line in the log file. What a thread logs depends only on what that thread's engine did: detail
 * lines, which also appear on a thread whenever another thread's re-run has HeidelTime's
 * JVM-wide debug switch on, are never above DEBUG.
 */
public final class HeidelTimeOutput extends OutputStream {

    static final String LOGGER = "heideltime.stderr";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    /** What HeidelTime 2.2.1 prints (printError) when it starts to re-run a sentence after a NullPointerException. */
    static final String RERUN = "Re-running this sentence with DEBUGGING enabled...";
    /** What it prints (printError) before the re-run's sentence: its offsets and text. */
    static final String SENTENCE = "Sentence [";

    private final PrintStream terminal;
    /** Threads running an engine right now, each with its unfinished line. */
    private final Map<Thread, Lines> inside = new ConcurrentHashMap<>();

    /** One engine thread's unfinished line, the last sentence HeidelTime named, and who else reads its lines. */
    private static final class Lines {
        final ByteArrayOutputStream line = new ByteArrayOutputStream();
        final java.util.function.Consumer<String> listener;
        String sentence;

        Lines(java.util.function.Consumer<String> listener) {
            this.listener = listener;
        }
    }

    HeidelTimeOutput(PrintStream terminal) {
        this.terminal = terminal;
    }

    private static volatile HeidelTimeOutput installed;
    private static volatile PrintStream installedStream;

    /** Puts the router in front of {@code System.err}, once per JVM. */
    static synchronized void install() {
        if (installed == null) {
            HeidelTimeOutput router = new HeidelTimeOutput(System.err);
            PrintStream stream = new PrintStream(router, true, StandardCharsets.UTF_8);
            System.setErr(stream);
            installed = router;
            installedStream = stream;
        }
    }

    /** Whether what HeidelTime prints reaches the router (nobody replaced {@code System.err} after it). */
    static boolean routing() {
        return installedStream != null && System.err == installedStream;
    }

    /**
     * Runs {@code work} (an engine processing a document, or a HeidelTime standalone) with what
     * this thread prints on stderr going to the log ({@link HeidelTimeSetup#prepareJvm()} first).
     */
    public static <T> T during(java.util.function.Supplier<T> work) {
        return during(null, work);
    }

    /** As {@link #during(java.util.function.Supplier)}, also handing each line this thread prints to {@code listener}. */
    static <T> T during(java.util.function.Consumer<String> listener, java.util.function.Supplier<T> work) {
        HeidelTimeOutput router = installed;
        if (router == null) {
            return work.get();
        }
        router.enter(listener);
        try {
            return work.get();
        } finally {
            router.leave();
        }
    }

    /** Marks the current thread as running an engine until {@link #leave()}. */
    void enter() {
        enter(null);
    }

    private void enter(java.util.function.Consumer<String> listener) {
        inside.put(Thread.currentThread(), new Lines(listener));
    }

    void leave() {
        Lines rest = inside.remove(Thread.currentThread());
        if (rest != null && rest.line.size() > 0) {
            log(rest);
        }
    }

    @Override
    public void write(int b) throws IOException {
        Lines lines = inside.get(Thread.currentThread());
        if (lines == null) {
            terminal.write(b);
            return;
        }
        if (b == '\n') {
            log(lines);
        } else if (b != '\r') {
            lines.line.write(b);
            if (lines.line.size() >= 1 << 16) {
                log(lines);
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

    private void log(Lines lines) {
        String text = lines.line.toString(StandardCharsets.UTF_8);
        lines.line.reset();
        if (text.isBlank()) {
            return;
        }
        LOG.debug("{}", text);
        if (lines.listener != null) {
            lines.listener.accept(text);
        }
        int s = text.indexOf(SENTENCE);
        if (s >= 0) {
            lines.sentence = text.substring(s + SENTENCE.length() - 1);
        }
        if (text.endsWith(RERUN) && LOG.isInfoEnabled()) {
            LOG.info("HeidelTime caught a NullPointerException in sentence {} (a POS-constrained rule met a token"
                    + " without part of speech) and ran the sentence again; harmless for the result, details at"
                    + " DEBUG level", abbreviate(lines.sentence));
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "?";
        }
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
