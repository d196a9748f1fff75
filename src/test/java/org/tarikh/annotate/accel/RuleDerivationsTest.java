package org.tarikh.annotate.accel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule filter's derivations are kept in a file for the next process: read back when the file
 * is for the same rules and code, one file per key so that builds do not overwrite each other's,
 * and ignored and written anew when damaged; the filter built from the file is the filter built afresh.
 */
class RuleDerivationsTest {

    static final List<Pattern> RULES = List.of(
            Pattern.compile("(\\d+) (يوليو|أغسطس) (\\d{4})"),
            Pattern.compile("(?:في |منذ )*(العام|الشهر) (الماضي|المقبل)"),
            Pattern.compile("(أمس|اليوم|غدا)"),
            Pattern.compile("(summer|winter)", Pattern.CASE_INSENSITIVE));

    @TempDir
    Path dir;

    private static List<RuleDerivations.Derived> fresh(List<Pattern> rules) {
        return rules.stream().map(RuleDerivations.Derived::of).toList();
    }

    @Test
    void theFirstProcessWritesTheFileAndTheNextReadsIt() throws Exception {
        Path file = new RuleDerivations(dir).fileFor(RuleDerivations.key(RULES));

        List<RuleDerivations.Derived> first = new RuleDerivations(dir).of(RULES);

        assertThat(first).isEqualTo(fresh(RULES));
        assertThat(first.get(1).probe()).as("a rule with a leading (...)* group has a probe").isNotNull();
        assertThat(first.get(3).required()).as("a rule with flags has no required literals").isNull();
        assertThat(file).isRegularFile();
        assertThat(file.getFileName().toString()).matches("rule-derivations-[0-9a-f]{16}\\.bin");
        assertThat(new RuleDerivations(dir).read(RuleDerivations.key(RULES))).hasValueSatisfying(read -> {
            assertThat(read).hasSize(RULES.size());
        });
        assertThat(new RuleDerivations(dir).of(RULES)).isEqualTo(first);
    }

    @Test
    void theFileIsReallyReadWhenItsKeyMatches() throws Exception {
        RuleDerivations derivations = new RuleDerivations(dir);
        // written for these rules, but with another rule's derivation in the first rule's place: if the file is
        // read, that is what comes back (only a test can write such a file; its checksum is right)
        List<RuleDerivations.Derived> wrong = new ArrayList<>(fresh(RULES));
        wrong.set(0, wrong.get(2));
        derivations.write(RuleDerivations.key(RULES), RULES, wrong);

        assertThat(derivations.of(RULES)).isEqualTo(wrong);
    }

    @Test
    void otherRulesGetTheirOwnFileAndBothStay() throws Exception {
        List<Pattern> older = RULES.subList(0, 3);
        List<RuleDerivations.Derived> wrong = new ArrayList<>(fresh(older));
        wrong.set(0, wrong.get(2));
        new RuleDerivations(dir).write(RuleDerivations.key(older), older, wrong);
        List<Pattern> changed = new ArrayList<>(older);
        changed.set(2, Pattern.compile("(أمس|اليوم|غدا|بعد غد)"));

        assertThat(new RuleDerivations(dir).of(changed)).as("not the other build's file").isEqualTo(fresh(changed));
        assertThat(new RuleDerivations(dir).read(RuleDerivations.key(changed))).isPresent();
        assertThat(new RuleDerivations(dir).of(older)).as("the other build's file is still there").isEqualTo(wrong);
        assertThat(new RuleDerivations(dir).fileFor(RuleDerivations.key(older)))
                .isNotEqualTo(new RuleDerivations(dir).fileFor(RuleDerivations.key(changed)));
    }

    @Test
    void aFileWhoseKeyDoesNotMatchItsNameIsIgnored() throws Exception {
        List<Pattern> older = RULES.subList(0, 3);
        RuleDerivations derivations = new RuleDerivations(dir);
        derivations.write(RuleDerivations.key(older), older, fresh(older));
        // another build's file renamed into this key's place: its content names the other key
        Files.move(derivations.fileFor(RuleDerivations.key(older)), derivations.fileFor(RuleDerivations.key(RULES)));

        assertThat(derivations.read(RuleDerivations.key(RULES))).isEmpty();
        assertThat(derivations.of(RULES)).isEqualTo(fresh(RULES));
        assertThat(derivations.read(RuleDerivations.key(RULES))).as("written anew").isPresent();
    }

    @Test
    void onlyTheMostRecentlyUsedFilesAreKept() throws Exception {
        RuleDerivations derivations = new RuleDerivations(dir);
        List<List<Pattern>> builds = new ArrayList<>();
        for (int b = 0; b < RuleDerivations.KEEP + 2; b++) {
            List<Pattern> rules = new ArrayList<>(RULES);
            rules.set(2, Pattern.compile("(أمس|اليوم|غدا" + "|بعد غد".repeat(b) + ")"));
            builds.add(rules);
            derivations.of(rules);
            // distinct modification times however coarse the file system's clock
            Files.setLastModifiedTime(derivations.fileFor(RuleDerivations.key(rules)),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L + b * 10_000L));
        }

        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".bin"))).hasSize(RuleDerivations.KEEP);
        }
        assertThat(derivations.read(RuleDerivations.key(builds.get(0)))).as("the oldest is deleted").isEmpty();
        assertThat(derivations.read(RuleDerivations.key(builds.get(builds.size() - 1)))).isPresent();
    }

    @Test
    void theSingleFileOfOlderBuildsIsDeletedWhenANewFileIsWritten() throws Exception {
        Path legacy = dir.resolve(RuleDerivations.LEGACY_FILE);
        Files.writeString(legacy, "an older build's derivations");

        new RuleDerivations(dir).of(RULES);

        assertThat(legacy).doesNotExist();
        assertThat(new RuleDerivations(dir).read(RuleDerivations.key(RULES))).isPresent();
    }

    @Test
    void aDamagedFileIsIgnoredAndWrittenAnew() throws Exception {
        Path file = new RuleDerivations(dir).fileFor(RuleDerivations.key(RULES));
        new RuleDerivations(dir).of(RULES);
        byte[] good = Files.readAllBytes(file);
        String key = RuleDerivations.key(RULES);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20; // one changed character in a regex or literal
        Files.write(file, flipped);
        assertThat(new RuleDerivations(dir).read(key)).as("a changed byte").isEmpty();
        assertThat(new RuleDerivations(dir).of(RULES)).isEqualTo(fresh(RULES));
        assertThat(Files.readAllBytes(file)).as("written anew").isEqualTo(good);

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 40));
        assertThat(new RuleDerivations(dir).read(key)).as("a truncated file").isEmpty();
        assertThat(new RuleDerivations(dir).of(RULES)).isEqualTo(fresh(RULES));
        assertThat(Files.readAllBytes(file)).isEqualTo(good);

        Files.writeString(file, "");
        assertThat(new RuleDerivations(dir).of(RULES)).as("an empty file").isEqualTo(fresh(RULES));
    }

    @Test
    void theFilterBuiltFromTheFileIsTheFilterBuiltAfresh() {
        Map<Pattern, String> named = new LinkedHashMap<>();
        for (int i = 0; i < RULES.size(); i++) {
            named.put(RULES.get(i), "rule" + i);
        }
        RuleFilter afresh = new RuleFilter(named);
        new RuleFilter(named, new RuleDerivations(dir)); // writes the file
        RuleFilter fromFile = new RuleFilter(named, new RuleDerivations(dir));
        for (String text : List.of("وصل الوفد في 17 يوليو 2015", "منذ العام الماضي", "غدا", "Summer", "لا شيء هنا")) {
            BitSet expected = afresh.possibleRules(text, 0, text.length());
            assertThat(fromFile.possibleRules(text, 0, text.length())).as(text).isEqualTo(expected);
        }
        assertThat(afresh.possibleRules("منذ العام الماضي", 0, 16).isEmpty()).as("the test sees a rule").isFalse();
    }

    @Test
    void heidelTimesOwnRulesReadBackAsTheyWereDerived() {
        List<Pattern> rules = new ArrayList<>(RuleSelection.get().heidelTime().rules().keySet());
        List<RuleDerivations.Derived> written = new RuleDerivations(dir).of(rules);

        List<RuleDerivations.Derived> read = new RuleDerivations(dir).of(rules);

        assertThat(new RuleDerivations(dir).read(RuleDerivations.key(rules))).isPresent();
        assertThat(read).isEqualTo(written).isEqualTo(fresh(rules));
        assertThat(read.stream().filter(d -> d.required() != null)).as("rules with required literals").isNotEmpty();
        assertThat(read.stream().filter(d -> d.probe() != null)).as("rules with a probe").isNotEmpty();
    }

    @Test
    void noFileMeansDerivingEveryTime() {
        assertThat(new RuleDerivations(null).of(RULES)).isEqualTo(fresh(RULES));
        assertThat(dir).isEmptyDirectory();
    }
}
