package org.tarikh.annotate.accel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.ArabicSentenceAnnotator;
import org.tarikh.annotate.Span;

class RegexLiteralsTest {

    @Test
    void literalsOfPlainAlternativesAndOptionalParts() {
        assertThat(RegexLiterals.requiredLiterals("[اأ]مس")).containsExactly(Set.of("امس", "أمس"));
        // every part of a concatenation is required: one clause each
        assertThat(RegexLiterals.requiredLiterals("(يوم|شهر)[\\s]+(الماضي)"))
                .containsExactly(Set.of("يوم", "شهر"), Set.of("الماضي"));
        // an optional part only widens the strings; the digits add no literal
        assertThat(RegexLiterals.requiredLiterals("(في )?عام \\d\\d\\d\\d"))
                .containsExactly(Set.of("في عام ", "عام "));
    }

    @Test
    void noConditionWhenAnythingCanMatch() {
        assertThat(RegexLiterals.requiredLiterals("\\d+")).isNull();
        assertThat(RegexLiterals.requiredLiterals("(abc)?")).isNull();
        assertThat(RegexLiterals.requiredLiterals("(?i)abc")).isNull(); // flags: not modelled, so no skipping
        assertThat(RegexLiterals.requiredLiterals("(a)\\1")).isNull();
    }

    @Test
    void leadingStarGroupIsDroppedForTheExistenceProbe() {
        assertThat(RegexLiterals.withoutLeadingStar("((?!في).)* ([12]\\d\\d\\d) ([\\w]+)"))
                .isEqualTo(" ([12]\\d\\d\\d) ([\\w]+)");
        assertThat(RegexLiterals.withoutLeadingStar("(ab)* c|d")).isNull();
        assertThat(RegexLiterals.withoutLeadingStar("x((?!في).)*")).isNull();
    }

    /**
     * The filter's one promise, checked against HeidelTime's real rules: whenever a rule's
     * regex finds a match in a sentence, the filter says the rule is possible there.
     */
    @Test
    void filterNeverRulesOutARuleThatMatches() {
        RuleFilter filter = RuleSelection.filter();
        assertThat(filter.size()).isGreaterThan(150);
        int checkedMatches = 0;
        int skipped = 0;
        for (String article : SyntheticNews.articles(300, 7)) {
            for (Span s : ArabicSentenceAnnotator.split(article)) {
                String sentence = article.substring(s.begin(), s.end());
                BitSet possible = filter.possibleRules(article, s.begin(), s.end());
                for (RuleFilter.Rule rule : filter.rules()) {
                    boolean matches = rule.pattern().matcher(sentence).find();
                    if (matches) {
                        checkedMatches++;
                        assertThat(possible.get(rule.index()))
                                .as("rule %s matches «%s»", rule.name(), sentence).isTrue();
                    } else if (!possible.get(rule.index())) {
                        skipped++;
                    }
                }
            }
        }
        assertThat(checkedMatches).isGreaterThan(500);
        assertThat(skipped).as("the filter must actually skip work").isGreaterThan(checkedMatches);
    }

    @Test
    void everyRuleKnowsItsPattern() {
        List<RuleFilter.Rule> rules = RuleSelection.filter().rules();
        assertThat(rules).extracting(RuleFilter.Rule::pattern).doesNotContainNull();
        assertThat(rules.stream().filter(r -> r.probe() != null)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.probe()).isInstanceOf(Pattern.class));
    }
}
