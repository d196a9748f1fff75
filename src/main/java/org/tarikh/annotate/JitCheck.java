package org.tarikh.annotate;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * The start-up check of the JIT configuration (issues 14 and 16; docs/performance.md, "JIT").
 * <p>
 * With HotSpot's default inlining, C2 compiles Tarikh's large hot methods (HeidelTime's
 * {@code findTimexes}, the rule annotators' {@code match}, UIMA's index iterators) with 5,000 to
 * 11,000 bytes of bytecode inlined into each, seconds of CPU per compilation, and throws such a
 * compilation away whenever a later article takes a branch no earlier one took. Its queue then
 * stays non-empty for thousands of articles, and on a JVM that sees one processor the C2 thread
 * takes half of that core: measured, as much CPU as the annotation from the 300th article to the
 * 900th. Smaller inlining limits ({@link #FLAGS}) let the JIT settle within those articles, with
 * the same output. The flags are JVM options (a jar cannot set them), so this check says once, as
 * an INFO line of advice, when a JVM runs C2 without them; it changes nothing.
 */
public final class JitCheck {

    /** The JVM options this check recommends. */
    public static final String FLAGS = "-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000";
    static final int FREQ_INLINE_SIZE = 100;
    static final int INLINE_SMALL_CODE = 1000;

    private JitCheck() {
    }

    /**
     * The advice for a JVM whose highest compilation tier is {@code topTier} (4: C2; 1–3: C1 only;
     * 0: interpreter only) and whose C2 inlining limits are {@code freqInlineSize} and
     * {@code inlineSmallCode}, or empty when there is nothing to say.
     */
    static Optional<String> advice(int topTier, long freqInlineSize, long inlineSmallCode) {
        if (topTier < 4 || freqInlineSize <= FREQ_INLINE_SIZE && inlineSmallCode <= INLINE_SMALL_CODE) {
            return Optional.empty();
        }
        return Optional.of("C2 runs with its default inlining (FreqInlineSize=" + freqInlineSize + ", InlineSmallCode="
                + inlineSmallCode + "): it keeps compiling for thousands of articles, as much CPU as the annotation"
                + " on one core; add " + FLAGS + " to the java command (docs/performance.md, JIT)");
    }

    /** {@link #advice} for the running JVM; empty on a JVM that does not report these options. */
    public static Optional<String> forThisJvm() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return Optional.empty();
            }
            int topTier = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue())
                    ? Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) : 4;
            return advice(topTier, Long.parseLong(hotspot.getVMOption("FreqInlineSize").getValue()),
                    Long.parseLong(hotspot.getVMOption("InlineSmallCode").getValue()));
        } catch (RuntimeException e) { // not HotSpot, or an option it does not have
            return Optional.empty();
        }
    }
}
