package org.tarikh.eval;

import java.util.Set;

/** Text that looks temporal but is not: any system expression overlapping it is a false positive. */
public record GoldTrap(int begin, int end, String text, Set<String> phen) {
}
