package org.tarikh.annotate.norm;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code given-names.txt}, read once for every reader: the given names (a weekday after one is a
 * family name, «أحمد الخميس»; a sentence whose verb has one for subject opens a new statement),
 * and the verbs of saying of its {@code speech:} lines. Words in their {@link Lexicon#key} form.
 */
public final class GivenNames {

    private static final String SPEECH = "speech:";

    /** The given names. */
    public static final Set<String> NAMES;

    /** The verbs of saying ({@code speech:} lines). */
    public static final Set<String> SPEECH_VERBS;

    static {
        Set<String> names = new HashSet<>();
        Set<String> speech = new HashSet<>();
        for (String line : Lexicon.lines("given-names.txt")) {
            if (line.startsWith(SPEECH)) {
                speech.add(Lexicon.key(line.substring(SPEECH.length())));
            } else {
                names.add(Lexicon.key(line));
            }
        }
        NAMES = Set.copyOf(names);
        SPEECH_VERBS = Set.copyOf(speech);
    }

    private GivenNames() {
    }
}
