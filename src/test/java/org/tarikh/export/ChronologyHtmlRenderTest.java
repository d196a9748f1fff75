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
        // let the page's script, its observers and timers run before the DOM is dumped
        cmd.add("--virtual-time-budget=5000");
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // a generous limit that only stops a hung browser; no outcome depends on it
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 600 s: " + cmd);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** The page's own layout report after it has run (see finding-aid.js). */
    static JsonNode report(Path html, String fragment, int width, int height, String name) throws Exception {
        String dom;
        if (width >= 500) {
            dom = chromium("--window-size=" + width + "," + height, "--dump-dom", html.toUri() + fragment);
        } else {
            // headless Chromium lays a --dump-dom page out at least 500 px wide: frame the page at the
            // phone's width and copy the report it writes, waiting for it (no fixed delay)
            Path frame = html.resolveSibling(name + "-frame.html");
            Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" style=\"border:0;width:"
                    + width + "px;height:" + height + "px\" src=\"" + html.getFileName() + fragment + "\"></iframe>"
                    + "<pre id=\"layout-report\"></pre><script>(function poll(){var d;try{d=document.getElementById('f')"
                    + ".contentDocument;}catch(e){document.getElementById('layout-report').textContent='';return;}"
                    + "var r=d&&d.getElementById('layout-report');if(r&&r.textContent){document.getElementById('layout-report')"
                    + ".textContent=r.textContent;return;}setTimeout(poll,50);})();</script></body></html>");
            dom = chromium("--window-size=800," + height, "--allow-file-access-from-files", "--dump-dom", frame.toUri().toString());
        }
        Matcher m = Pattern.compile("<pre id=\"layout-report\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the page's script wrote its layout report").isTrue();
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        assertThat(json).as("layout report").isNotBlank();
        Files.writeString(OUT.resolve(name + "-report.json"), json);
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void theRenderedPageIsLaidOutRightToLeft() throws Exception {
        assumeChromium();
        JsonNode report = report(page, "", 1280, 1600, "desktop");

        assertThat(report.get("documentDirection").asString()).isEqualTo("rtl");
        assertThat(report.get("lang").asString()).isEqualTo("ar");
        assertThat(report.get("total").asInt()).isEqualTo(chronology.entries().size());
        JsonNode entries = report.get("entries");
        // a small page (at most 200 entries) is built whole when the script runs, not as it scrolls
        assertThat(entries.size()).isEqualTo(chronology.entries().size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            ChronologyEntry expected = chronology.entries().get(i);
            assertThat(e.get("id").asString()).isEqualTo(expected.id());
            assertThat(e.get("sources").asInt()).isEqualTo(expected.sources().size());
            // the sentence is printed once: as the headline, then only the other members' sentences
            assertThat(e.get("quotes").asInt()).isEqualTo(expected.sources().size() - 1);
            assertThat(e.get("direction").asString()).isEqualTo("rtl");
            // no English date words, four-digit years, the Hijri date beside the Gregorian one
            String when = e.get("when").asString();
            assertThat(when).doesNotContainPattern("[A-Za-z]").contains(String.valueOf(expected.start().getYear()));
            assertThat(when).contains("هـ");
            // the Arabic precision label starts at the right edge of the entry's content box ...
            double boxLeft = e.get("box").get("left").asDouble();
            double boxRight = e.get("box").get("right").asDouble();
            double labelLeft = e.get("label").get("left").asDouble();
            double labelRight = e.get("label").get("right").asDouble();
            assertThat(labelRight).as("label inside the content box").isLessThanOrEqualTo(boxRight + 1);
            assertThat(labelLeft).as("label well away from the left edge").isGreaterThan(boxLeft + 50);
            // ... and its first letter is to the right of its last one
            JsonNode chars = e.get("labelChars");
            assertThat(chars.isNull()).isFalse();
            assertThat(chars.get("first").get("left").asDouble()).isGreaterThan(chars.get("last").get("left").asDouble());
        }
        // the time axis: of two month bars, the earlier one sits further right
        List<JsonNode> bars = new ArrayList<>();
        report.get("marks").forEach(m -> {
            if (m.get("kind").asString().startsWith("bar")) {
                bars.add(m);
            }
        });
        assertThat(bars).isNotEmpty();
        for (JsonNode a : bars) {
            for (JsonNode b : bars) {
                if (a.get("start").asLong() < b.get("start").asLong()) {
                    assertThat(a.get("center").asDouble()).as(a + " right of " + b).isGreaterThan(b.get("center").asDouble());
                }
            }
        }
        assertThat(report.get("scrollWidth").asInt()).isLessThanOrEqualTo(report.get("clientWidth").asInt());
    }

    @Test
    void aPhoneWidthNeverScrollsSideways() throws Exception {
        assumeChromium();
        JsonNode report = report(page, "", 390, 844, "phone");
        assertThat(report.get("rendered").asInt()).isPositive();
        assertThat(report.get("clientWidth").asInt()).isLessThanOrEqualTo(390);
        assertThat(report.get("scrollWidth").asInt()).as("no horizontal scroll at 390 px")
                .isLessThanOrEqualTo(report.get("clientWidth").asInt());
        for (JsonNode e : report.get("entries")) {
            assertThat(e.get("box").get("left").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(e.get("box").get("right").asDouble()).isLessThanOrEqualTo(390);
        }
    }

    @Test
    void aSearchFiltersTheEntries() throws Exception {
        assumeChromium();
        // a word in a spelling variant (alef with hamza written bare, ta marbuta): the page's Arabic-aware
        // search finds it in the sentences, expressions, titles and source names
        String word = "الامريكية";
        List<String> expected = chronology.entries().stream()
                .filter(e -> e.sources().stream().anyMatch(s -> normalized(s.text() + " " + s.expression() + " " + s.title()
                        + " " + s.source() + " " + s.articleId()).contains(normalized(word))))
                .map(ChronologyEntry::id).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(chronology.entries().size());
        JsonNode report = report(page, "#q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8).replace("+", "%20"),
                1280, 1600, "search");
        assertThat(report.get("matched").asInt()).isEqualTo(expected.size());
        List<String> ids = new ArrayList<>();
        report.get("matchedIds").forEach(n -> ids.add(n.asString()));
        assertThat(ids).containsExactlyElementsOf(expected);
        List<String> shown = new ArrayList<>();
        report.get("entries").forEach(n -> shown.add(n.get("id").asString()));
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void aSourceFacetFiltersTheEntries() throws Exception {
        assumeChromium();
        String source = "مجلة ج";
        List<String> expected = chronology.entries().stream()
                .filter(e -> e.sources().stream().anyMatch(s -> source.equals(s.source())))
                .map(ChronologyEntry::id).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(chronology.entries().size());
        // the facet's value is the source's place in the page's string table
        String html = Files.readString(page);
        JsonNode data = JsonMapper.builder().build().readTree(
                html.substring(html.indexOf("{\"E\""), html.indexOf("</script>", html.indexOf("{\"E\""))));
        int index = -1;
        for (int i = 0; i < data.get("T").size(); i++) {
            if (data.get("T").get(i).asString().equals(source)) {
                index = i;
            }
        }
        assertThat(index).isNotNegative();
        JsonNode report = report(page, "#src=" + index, 1280, 1600, "facet");
        List<String> ids = new ArrayList<>();
        report.get("matchedIds").forEach(n -> ids.add(n.asString()));
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    /** The page's search normalization (finding-aid.js norm), for the expected matches. */
    static String normalized(String s) {
        return s.replaceAll("[\u064B-\u065F\u0670\u0640]", "").replaceAll("[أإآٱ]", "ا").replace('ى', 'ي')
                .replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي').toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidths() throws Exception {
        assumeChromium();
        for (int[] size : new int[][] {{1280, 1400}, {390, 1400}}) {
            Path png = OUT.resolve("chronology-" + size[0] + ".png").toAbsolutePath();
            Files.deleteIfExists(png);
            chromium("--window-size=" + size[0] + "," + size[1], "--screenshot=" + png, page.toUri().toString());
            assertThat(png).exists();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(size[0]);
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
            assertThat(darkLeft + darkRight).isGreaterThan(1000);
            assertThat(darkRight).isGreaterThan(darkLeft);
        }
    }

    /**
     * Ten thousand entries from 1800 to 2216: the page must not lay them all out. It builds only
     * the months in view; the open time the page measures itself is printed (docs/exports.md).
     */
    @Test
    void tenThousandEntriesAreBuiltLazily() throws Exception {
        assumeChromium();
        Chronology big = LargeChronology.of(chronology, 10_000, 42);
        Path bigPage = OUT.resolve("chronology-10000.html").toAbsolutePath();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(bigPage, StandardCharsets.UTF_8))) {
            ChronologyHtml.write(big, w);
        }
        long bytes = Files.size(bigPage);
        long t = System.nanoTime();
        JsonNode report = report(bigPage, "", 1280, 1000, "large");
        long wallMs = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("10000-entry page: %d bytes, usable %d ms after navigation start (script %d ms; the page's own"
                + " measures), chromium run %d ms%n", bytes, report.get("usableMs").asInt(), report.get("readyMs").asInt(), wallMs);
        Files.writeString(OUT.resolve("large-timing.txt"), "bytes " + bytes + "\nusableMs " + report.get("usableMs").asInt()
                + "\nreadyMs " + report.get("readyMs").asInt() + "\nchromiumWallMs " + wallMs + "\n");
        assertThat(report.get("total").asInt()).isEqualTo(10_000);
        assertThat(report.get("matched").asInt()).isEqualTo(10_000);
        assertThat(report.get("rendered").asInt()).as("entries in the DOM").isPositive().isLessThan(1_000);
        assertThat(report.get("usableMs").asInt()).as("measured from the navigation's start").isGreaterThanOrEqualTo(
                report.get("readyMs").asInt());
        assertThat(report.get("scrollWidth").asInt()).isLessThanOrEqualTo(report.get("clientWidth").asInt());
        // the axis draws marks, not one per entry
        assertThat(report.get("marks").size()).isPositive().isLessThan(3_000);
    }
}
