package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The executable jar as a user runs it: HeidelTime must find its Arabic resources from
 * inside {@code target/tarikh.jar} (it opens its own jar as a file), Flyway must find the
 * migrations, and the commands must work from any directory.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/tarikh.jar").toAbsolutePath();
    private static final Path SAMPLES = Path.of("sample-articles").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void tagWorksFromThePackagedJar() throws Exception {
        String seed = Files.readString(SAMPLES.resolve("000_964be29df06537d0.txt"));
        String line = JsonMapper.builder().build()
                .writeValueAsString(Map.of("id", "seed", "published", "2021-04-07", "text", seed));
        Result r = java(line + "\n", "tag");
        assertThat(r.code).as(r.err).isZero();
        JsonNode out = JsonMapper.builder().build().readTree(r.out.strip());
        List<String> found = new ArrayList<>();
        for (JsonNode t : out.get("timexes")) {
            assertThat(seed.substring(t.get("begin").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asString());
            found.add(t.get("text").asString() + "=" + t.get("value").asString());
        }
        assertThat(found).contains("الأربعاء=2021-04-07", "أواخر الشهر الماضي=2021-03", "العام الماضي=2020");
    }

    @Test
    void runThenTimelineFromAnotherDirectory() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db/tarikh");
        Result run = java("", "run", "--input", SAMPLES.toString(), "--db", db, "--show-timeline");
        assertThat(run.code).as(run.out + run.err).isZero();
        assertThat(run.out).contains("COMPLETED");
        int lastYear = seedLine(run.out, "«العام الماضي» 2020 ");
        int lateMarch = seedLine(run.out, "«أواخر الشهر الماضي» 2021-03 END ");
        int wednesday = seedLine(run.out, "«الأربعاء» 2021-04-07 ");
        assertThat(lastYear).isLessThan(lateMarch);
        assertThat(lateMarch).isLessThan(wednesday);

        Result json = java("", "timeline", "--db", db, "--article", "seed-964be29df06537d0", "--format", "json");
        assertThat(json.code).as(json.err).isZero();
        assertThat(JsonMapper.builder().build().readTree(json.out).size()).isPositive();
    }

    /**
     * The README's launch files, from the project root: {@code tarikh.args} for the job and {@code tarikh-quick.args}
     * for the short commands (C1 only, the serial collector, the archive trained on a query). Each maps its class-data
     * archive (no warning on standard error, where the files send the JVM's warnings), and the quick launch prints the
     * same chronology as the plain jar.
     */
    @Test
    void launchFilesRunTheExtractedLayoutWithTheirArchives() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db/tarikh");
        Path root = Path.of("").toAbsolutePath();
        Result run = launch(root, List.of("@tarikh.args"), "", "run", "--input", SAMPLES.toString(), "--db", db);
        assertThat(run.code).as(run.out + run.err).isZero();
        assertThat(run.err).as("the job's launch maps its archive").doesNotContainIgnoringCase("shared");
        Result quick = launch(root, List.of("@tarikh-quick.args"), "", "timeline", "--db", db, "--query", "العراق",
                "--format", "json");
        assertThat(quick.code).as(quick.err).isZero();
        assertThat(quick.err).as("the quick launch maps its archive").doesNotContainIgnoringCase("shared");
        Result plain = launch(root, List.of("-jar", JAR.toString()), "", "timeline", "--db", db, "--query", "العراق",
                "--format", "json");
        assertThat(plain.code).as(plain.err).isZero();
        assertThat(JsonMapper.builder().build().readTree(quick.out).get("entries")).isNotEmpty();
        assertThat(quick.out).isEqualTo(plain.out);
    }

    /** {@code java LAUNCH... args...} in {@code workingDir}, {@code stdin} on its input, both streams captured. */
    private Result launch(Path workingDir, List<String> launch, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(launch);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(workingDir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    /** Where the seed article's chronology line for this expression starts in the output. */
    private static int seedLine(String out, String expressionAndValue) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "- seed-964be29df06537d0#\\d+ " + java.util.regex.Pattern.quote(expressionAndValue)).matcher(out);
        assertThat(m.find()).as("seed line %s in%n%s", expressionAndValue, out).isTrue();
        return m.start();
    }

    /** {@code java -Xmx512m -jar target/tarikh.jar args...} in the test's directory, {@code stdin} on its input. */
    private Result java(String stdin, String... args) throws IOException, InterruptedException {
        return launch(dir, List.of("-Xmx512m", "-jar", JAR.toString()), stdin, args);
    }

    private record Result(int code, String out, String err) {
    }
}
