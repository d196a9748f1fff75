package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyDatabase;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the sample chronology page in headless Chromium (Debian's {@code chromium};
 * {@code .ci/install-chromium.sh} installs it, run by {@code .ci/run}, never by this test) and checks the layout the page's own script
 * measured: right-to-left direction, right-aligned Arabic text whose first letter is at the
 * right, and a time axis that runs from the right (earliest) to the left. Leaves
 * {@code target/chronology-render/chronology.png} as a screenshot to look at.
 */
class ChronologyHtmlRenderTest {

    static final Path OUT = Path.of("target/chronology-render");
    static Path chromium;
    static Chronology chronology;
    static Path page;

    @BeforeAll
    static void render() throws IOException {
        chromium = findChromium();
        chronology = ChronologyBuilder.query(ChronologyDatabase.create(), ChronologyFilter.ALL, MergeRule.DEFAULT, true);
        Files.createDirectories(OUT);
        page = OUT.resolve("chronology.html").toAbsolutePath();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(page, StandardCharsets.UTF_8))) {
            ChronologyHtml.write(chronology, w);
        }
    }

    /**
     * Finds Chromium. A test never installs software: {@code .ci/run} installs it
     * ({@code .ci/install-chromium.sh}) and a developer does once (README).
     */
    static Path findChromium() {
        return locateChromium();
    }

    private static Path locateChromium() {
        String env = System.getenv("CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /**
     * Without Chromium the test is skipped, saying why, on a developer's machine; in CI
     * ({@code CI=true}, set by the CI runner), where {@code .ci/run} has just installed it, a
     * missing Chromium is a broken install step and fails the test rather than hiding it.
     */
    static void assumeChromium() {
        String why = "headless Chromium is not installed (/usr/bin/chromium, /usr/bin/chromium-browser or $CHROMIUM);"
                + " install it with: sudo bash .ci/install-chromium.sh";
        if (chromium == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + why + " (.ci/run should have done so)");
        }
        Assumptions.assumeTrue(chromium != null, "SKIPPED: " + why);
    }

    /** Runs chromium headless with the flags it needs as root and without network chatter; returns stdout. */
    static String chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory("tarikh-chromium");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + cmd);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void theRenderedPageIsLaidOutRightToLeft() throws Exception {
        assumeChromium();
        String dom = chromium("--window-size=1200,1600", "--dump-dom", page.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"layout-report\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the page's script wrote its layout report").isTrue();
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        assertThat(json).as("layout report").isNotBlank();
        JsonNode report = JsonMapper.builder().build().readTree(json);
        Files.writeString(OUT.resolve("layout-report.json"), json);

        assertThat(report.get("documentDirection").asString()).isEqualTo("rtl");
        assertThat(report.get("lang").asString()).isEqualTo("ar");
        JsonNode entries = report.get("entries");
        assertThat(entries.size()).isEqualTo(chronology.entries().size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            ChronologyEntry expected = chronology.entries().get(i);
            assertThat(e.get("id").asString()).isEqualTo(expected.id());
            assertThat(e.get("sources").asInt()).isEqualTo(expected.sources().size());
            assertThat(e.get("direction").asString()).isEqualTo("rtl");
            // the Arabic precision label starts at the right edge of the entry's content box ...
            double boxLeft = e.get("box").get("left").asDouble();
            double boxRight = e.get("box").get("right").asDouble();
            double labelLeft = e.get("label").get("left").asDouble();
            double labelRight = e.get("label").get("right").asDouble();
            assertThat(labelRight).as("label right edge near content right").isLessThanOrEqualTo(boxRight + 1);
            assertThat(labelLeft).as("label well away from the left edge").isGreaterThan(boxLeft + 50);
            // ... and its first letter is to the right of its last one
            JsonNode chars = e.get("labelChars");
            assertThat(chars.isNull()).isFalse();
            assertThat(chars.get("first").get("left").asDouble()).isGreaterThan(chars.get("last").get("left").asDouble());
        }
        // the time axis: an earlier entry sits further right
        JsonNode ticks = report.get("ticks");
        assertThat(ticks.size()).isEqualTo(chronology.entries().size());
        for (int i = 0; i + 1 < ticks.size(); i++) {
            JsonNode a = ticks.get(i);
            JsonNode b = ticks.get(i + 1);
            if (a.get("start").asString().compareTo(b.get("start").asString()) < 0) {
                assertThat(a.get("center").asDouble()).as(a + " right of " + b).isGreaterThan(b.get("center").asDouble());
            }
        }
    }

    @Test
    void aScreenshotIsTaken() throws Exception {
        assumeChromium();
        Path png = OUT.resolve("chronology.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--window-size=1200,1600", "--screenshot=" + png, page.toUri().toString());
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        // text was drawn: plenty of dark pixels, more in the right half (right-aligned Arabic)
        int darkLeft = 0;
        int darkRight = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 100) {
                    if (x < image.getWidth() / 2) {
                        darkLeft++;
                    } else {
                        darkRight++;
                    }
                }
            }
        }
        System.out.printf("screenshot %s: dark pixels left %d, right %d%n", png, darkLeft, darkRight);
        assertThat(darkLeft + darkRight).isGreaterThan(2000);
        assertThat(darkRight).isGreaterThan(darkLeft);
    }
}
