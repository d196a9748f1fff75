package org.tarikh.eval;

import java.util.Set;

/**
 * A gold TIMEX3. {@code begin}/{@code end} are UTF-16 indexes into the document's plain text
 * and {@code text} is exactly the covered substring.
 *
 * @param mod  the TIMEX3 mod or null when the annotation has none
 * @param phen the phenomenon labels it exercises (see docs/annotation-guidelines.md)
 */
public record GoldTimex(String tid, int begin, int end, String text, String type, String value, String mod,
        Set<String> phen) {
}
