package org.tarikh.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.tarikh.StageEvent;

/**
 * A Java Flight Recording of some work (JFR's "profile" settings plus Tarikh's
 * {@link StageEvent}s), and the table of where its time went: thread-seconds per stage, and the
 * methods the execution samples most often found running. The file stays for JDK Mission Control.
 */
final class StageProfile {

    /** Stages in pipeline order; nested stages are listed under the stage they run in. */
    private static final List<String> ORDER = List.of(StageEvent.READ, StageEvent.GUARD, StageEvent.UNCHANGED,
            StageEvent.ANNOTATE_PREPARE, StageEvent.ANNOTATE_HEIDELTIME, StageEvent.ANNOTATE_TARIKH, StageEvent.ANCHOR,
            StageEvent.WRITE, StageEvent.SEARCH_TERMS, StageEvent.COMMIT);

    interface Work<T> {
        T run() throws Exception;
    }

    private StageProfile() {
    }

    /** Runs {@code work} under a recording dumped to {@code file}. */
    static <T> T record(Path file, Work<T> work) throws Exception {
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable(StageEvent.class).withoutStackTrace().withThreshold(Duration.ZERO);
            recording.start();
            try {
                return work.run();
            } finally {
                recording.stop();
                recording.dump(file);
            }
        }
    }

    /**
     * Prints thread-seconds per stage, with the share of the recorded stages' total (nested
     * stages, e.g. search terms inside write, are not counted twice) and milliseconds per article.
     */
    static void print(PrintWriter out, Path file, int articles, double wallSeconds, int threads)
            throws IOException, ParseException {
        Map<String, long[]> stages = new TreeMap<>(); // count, nanos
        Map<String, long[]> components = new TreeMap<>();
        Map<String, Long> hot = new java.util.HashMap<>();
        long samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("tarikh.Stage")) {
                long nanos = e.getDuration().toNanos();
                long[] s = stages.computeIfAbsent(e.getString("stage"), k -> new long[2]);
                s[0]++;
                s[1] += nanos;
                String component = e.getString("component");
                if (component != null) {
                    long[] c = components.computeIfAbsent(component.replaceFirst("-\\d+$", ""), k -> new long[2]);
                    c[0]++;
                    c[1] += nanos;
                }
            } else if (type.equals("jdk.ExecutionSample") && e.getStackTrace() != null
                    && !e.getStackTrace().getFrames().isEmpty()) {
                RecordedFrame top = e.getStackTrace().getFrames().get(0);
                hot.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
                samples++;
            }
        }
        long total = 0;
        for (Map.Entry<String, long[]> s : stages.entrySet()) {
            if (!s.getKey().equals(StageEvent.SEARCH_TERMS)) {
                total += s.getValue()[1];
            }
        }
        out.printf(Locale.ROOT, "per-stage profile (JFR, %s): %.2f s wall on %d threads = %.2f thread-s;"
                + " the stages account for %.2f thread-s%n", file, wallSeconds, threads, wallSeconds * threads, total / 1e9);
        out.printf(Locale.ROOT, "  %-36s %8s %10s %7s %11s%n", "stage", "events", "thread-s", "share", "ms/article");
        Map<String, long[]> ordered = new LinkedHashMap<>();
        ORDER.forEach(k -> {
            if (stages.containsKey(k)) {
                ordered.put(k, stages.get(k));
            }
        });
        stages.forEach(ordered::putIfAbsent);
        for (Map.Entry<String, long[]> s : ordered.entrySet()) {
            boolean nested = s.getKey().equals(StageEvent.SEARCH_TERMS);
            out.printf(Locale.ROOT, "  %-36s %8d %10.2f %6.1f%% %11.2f%n", (nested ? "  of which " : "") + s.getKey(),
                    s.getValue()[0], s.getValue()[1] / 1e9, 100.0 * s.getValue()[1] / Math.max(1, total),
                    s.getValue()[1] / 1e6 / Math.max(1, articles));
        }
        out.println("  annotators, most time first:");
        components.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(c -> out.printf(Locale.ROOT, "    %-60s %8.2f thread-s %6.2f ms/article%n", c.getKey(),
                        c.getValue()[1] / 1e9, c.getValue()[1] / 1e6 / Math.max(1, articles)));
        long n = samples;
        out.printf(Locale.ROOT, "  methods most often on top of the stack (%d execution samples):%n", n);
        hot.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .collect(Collectors.toList())
                .forEach(h -> out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * h.getValue() / Math.max(1, n), h.getKey()));
        out.flush();
    }
}
