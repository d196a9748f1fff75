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
 * is for the same rules and code, and ignored and written anew when it is for other rules (stale)
 * or damaged; the filter built from the file is the filter built afresh.
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
        Path file = dir.resolve(RuleDerivations.FILE_NAME);

        List<RuleDerivations.Derived> first = new RuleDerivations(file).of(RULES);

        assertThat(first).isEqualTo(fresh(RULES));
        assertThat(first.get(1).probe()).as("a rule with a leading (...)* group has a probe").isNotNull();
        assertThat(first.get(3).required()).as("a rule with flags has no required literals").isNull();
        assertThat(file).isRegularFile();
        assertThat(new RuleDerivations(file).read(RuleDerivations.key(RULES))).hasValueSatisfying(read -> {
            assertThat(read).hasSize(RULES.size());
        });
        assertThat(new RuleDerivations(file).of(RULES)).isEqualTo(first);
    }

    @Test
    void theFileIsReallyReadWhenItsKeyMatches() throws Exception {
        Path file = dir.resolve(RuleDerivations.FILE_NAME);
        RuleDerivations derivations = new RuleDerivations(file);
        // written for these rules, but with another rule's derivation in the first rule's place: if the file is
        // read, that is what comes back (only a test can write such a file; its checksum is right)
        List<RuleDerivations.Derived> wrong = new ArrayList<>(fresh(RULES));
        wrong.set(0, wrong.get(2));
        derivations.write(RuleDerivations.key(RULES), RULES, wrong);

        assertThat(derivations.of(RULES)).isEqualTo(wrong);
    }

    @Test
    void aFileForOtherRulesIsIgnoredAndWrittenAnew() throws Exception {
        Path file = dir.resolve(RuleDerivations.FILE_NAME);
        List<Pattern> older = RULES.subList(0, 3);
        List<RuleDerivations.Derived> wrong = new ArrayList<>(fresh(older));
        wrong.set(0, wrong.get(2));
        new RuleDerivations(file).write(RuleDerivations.key(older), older, wrong);
        List<Pattern> changed = new ArrayList<>(older);
        changed.set(2, Pattern.compile("(أمس|اليوم|غدا|بعد غد)"));

        assertThat(new RuleDerivations(file).of(changed)).isEqualTo(fresh(changed));
        assertThat(new RuleDerivations(file).read(RuleDerivations.key(older))).as("the stale file is gone").isEmpty();
        assertThat(new RuleDerivations(file).read(RuleDerivations.key(changed))).isPresent();
    }

    @Test
    void aDamagedFileIsIgnoredAndWrittenAnew() throws Exception {
        Path file = dir.resolve(RuleDerivations.FILE_NAME);
        new RuleDerivations(file).of(RULES);
        byte[] good = Files.readAllBytes(file);
        String key = RuleDerivations.key(RULES);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20; // one changed character in a regex or literal
        Files.write(file, flipped);
        assertThat(new RuleDerivations(file).read(key)).as("a changed byte").isEmpty();
        assertThat(new RuleDerivations(file).of(RULES)).isEqualTo(fresh(RULES));
        assertThat(Files.readAllBytes(file)).as("written anew").isEqualTo(good);

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 40));
        assertThat(new RuleDerivations(file).read(key)).as("a truncated file").isEmpty();
        assertThat(new RuleDerivations(file).of(RULES)).isEqualTo(fresh(RULES));
        assertThat(Files.readAllBytes(file)).isEqualTo(good);

        Files.writeString(file, "");
        assertThat(new RuleDerivations(file).of(RULES)).as("an empty file").isEqualTo(fresh(RULES));
    }

    @Test
    void theFilterBuiltFromTheFileIsTheFilterBuiltAfresh() {
        Path file = dir.resolve(RuleDerivations.FILE_NAME);
        Map<Pattern, String> named = new LinkedHashMap<>();
        for (int i = 0; i < RULES.size(); i++) {
            named.put(RULES.get(i), "rule" + i);
        }
        RuleFilter afresh = new RuleFilter(named);
        new RuleFilter(named, new RuleDerivations(file)); // writes the file
        RuleFilter fromFile = new RuleFilter(named, new RuleDerivations(file));
        for (String text : List.of("وصل الوفد في 17 يوليو 2015", "منذ العام الماضي", "غدا", "Summer", "لا شيء هنا")) {
            BitSet expected = afresh.possibleRules(text, 0, text.length());
            assertThat(fromFile.possibleRules(text, 0, text.length())).as(text).isEqualTo(expected);
        }
        assertThat(afresh.possibleRules("منذ العام الماضي", 0, 16).isEmpty()).as("the test sees a rule").isFalse();
    }

    @Test
    void heidelTimesOwnRulesReadBackAsTheyWereDerived() {
        List<Pattern> rules = new ArrayList<>(RuleSelection.get().heidelTime().rules().keySet());
        Path file = dir.resolve(RuleDerivations.FILE_NAME);
        List<RuleDerivations.Derived> written = new RuleDerivations(file).of(rules);

        List<RuleDerivations.Derived> read = new RuleDerivations(file).of(rules);

        assertThat(new RuleDerivations(file).read(RuleDerivations.key(rules))).isPresent();
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
