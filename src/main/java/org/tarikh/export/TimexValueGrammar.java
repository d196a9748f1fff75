package org.tarikh.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tarikh.RuleData;

/**
 * The forms a TIMEX3 {@code value} written by Tarikh may take, each with the standard that
 * defines it (ISO 8601, TimeML's TIMEX3, TIMEX2), read from {@code timex3-values.txt}:
 * {@code 2015-07-21} is ISO 8601, {@code 2015-W30-WE} and {@code PRESENT_REF} are TIMEX3,
 * {@code FY2015-Q3} is TIMEX2.
 */
public final class TimexValueGrammar {

    /** One form: its standard, its name and its pattern (matched against the whole value). */
    public record Form(String standard, String name, Pattern pattern) {
    }

    private final List<Form> forms;

    private TimexValueGrammar(List<Form> forms) {
        this.forms = List.copyOf(forms);
    }

    /** The grammar of {@code timex3-values.txt}. */
    public static TimexValueGrammar load() {
        List<Form> forms = new ArrayList<>();
        for (String line : RuleData.lines(TimexValueGrammar.class, "timex3-values.txt")) {
            String[] f = line.split(" ", 3);
            if (f.length != 3) {
                throw new IllegalStateException("timex3-values.txt: not STANDARD NAME PATTERN: " + line);
            }
            forms.add(new Form(f[0], f[1], Pattern.compile(f[2])));
        }
        return new TimexValueGrammar(forms);
    }

    public List<Form> forms() {
        return forms;
    }

    /** The first form whose pattern matches the whole value; empty for a value outside the grammar. */
    public Optional<Form> form(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Form f : forms) {
            if (f.pattern().matcher(value).matches()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
