package org.tarikh.annotate.accel;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives, from a {@link java.util.regex.Pattern} source, a set of literal strings of which
 * every match must contain at least one: a text containing none of them cannot match, so the
 * pattern need not be run on it.
 * <p>
 * The analysis is conservative: whatever it does not understand (inline flags, back
 * references, big or negated character classes, {@code .}) counts as "anything", which only
 * weakens the condition, never makes it wrong. {@link #requiredLiterals} returns null when no
 * useful condition exists (the pattern must always be run).
 * <p>
 * For each sub-expression it computes either the exact (small) set of strings it can match,
 * or a set of "factors" one of which every match contains. Concatenation multiplies exact
 * sets while they stay small; alternation unions; optional parts become the empty string.
 */
public final class RegexLiterals {

    /** Exact sets larger than this are turned into factor sets. */
    static final int MAX_EXACT = 64;
    /** Character classes with more members than this count as "any character". */
    static final int MAX_CLASS = 12;

    private final String re;
    private int pos;
    /** Source offset where the top-level leading {@code (...)*} ends, or -1. */
    private int leadingStarEnd = -1;

    private RegexLiterals(String re) {
        this.re = re;
    }

    /**
     * Clauses of strings: every match of {@code regex} contains, for each clause, at least one
     * of its strings. Null if the regex can match without any particular literal (or uses
     * syntax this analysis does not model).
     */
    public static List<Set<String>> requiredLiterals(String regex) {
        try {
            RegexLiterals p = new RegexLiterals(regex);
            Info info = p.alternation();
            if (p.pos != regex.length()) {
                return null; // unbalanced parenthesis: do not guess
            }
            List<Set<String>> c = info.asClauses();
            return c.isEmpty() ? null : c.stream().map(Set::copyOf).toList();
        } catch (Unsupported | RuntimeException e) {
            return null;
        }
    }

    /**
     * If the regex starts with a top-level group repeated with {@code *} (which may match
     * nothing), the rest of the regex: the whole regex finds a match in a text exactly when
     * the rest does, and the rest avoids the costly scan the leading group makes from every
     * start position. Null otherwise.
     */
    public static String withoutLeadingStar(String regex) {
        try {
            RegexLiterals p = new RegexLiterals(regex);
            p.alternation();
            if (p.pos != regex.length() || p.leadingStarEnd < 0) {
                return null;
            }
            String rest = regex.substring(p.leadingStarEnd);
            // a back reference could point into the removed group
            return rest.isEmpty() || rest.matches("(?s).*\\\\[1-9k].*") ? null : rest;
        } catch (Unsupported | RuntimeException e) {
            return null;
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * exact != null: the sub-expression matches exactly one of these strings. Otherwise
     * every match contains, for each clause, one of the clause's strings (no clause: no
     * condition).
     */
    private record Info(Set<String> exact, List<Set<String>> clauses) {

        static final Info EMPTY = new Info(Set.of(""), List.of());
        static final Info ANY = new Info(null, List.of());

        static Info exact(Set<String> s) {
            return new Info(s, List.of());
        }

        static Info of(List<Set<String>> clauses) {
            return new Info(null, clauses.stream().filter(c -> c != null && !c.isEmpty() && !c.contains("")).toList());
        }

        List<Set<String>> asClauses() {
            if (exact != null) {
                return exact.contains("") ? List.of() : List.of(exact);
            }
            return clauses;
        }

        /** The single most selective clause, or null. */
        Set<String> bestClause() {
            return best(asClauses());
        }
    }

    // alternation := concat ('|' concat)*
    private Info alternation() throws Unsupported {
        Info result = concat();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            leadingStarEnd = -1; // only meaningful without a top-level '|'
            Info next = concat();
            result = union(result, next);
        }
        return result;
    }

    private static Info union(Info a, Info b) {
        if (a.exact != null && b.exact != null && a.exact.size() + b.exact.size() <= MAX_EXACT) {
            Set<String> s = new LinkedHashSet<>(a.exact);
            s.addAll(b.exact);
            return Info.exact(s);
        }
        // one of the alternatives matched: its best clause holds, so their union is a clause
        Set<String> fa = a.bestClause();
        Set<String> fb = b.bestClause();
        if (fa == null || fb == null) {
            return Info.ANY;
        }
        Set<String> s = new LinkedHashSet<>(fa);
        s.addAll(fb);
        return Info.of(List.of(s));
    }

    private Info concat() throws Unsupported {
        int depthStart = pos;
        Set<String> current = Set.of("");
        List<Set<String>> candidates = new java.util.ArrayList<>();
        boolean first = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            int before = pos;
            Info piece = quantified();
            if (first && depthStart == 0 && re.charAt(pos - 1) == '*' && re.charAt(before) == '('
                    && (re.charAt(before + 1) != '?' || re.startsWith("(?:", before))) { // not a lookaround
                leadingStarEnd = pos;
            }
            first = false;
            if (piece.exact != null && current.size() * piece.exact.size() <= MAX_EXACT) {
                current = product(current, piece.exact);
                continue;
            }
            candidates.add(current);
            if (piece.exact != null) {
                current = piece.exact;
            } else {
                candidates.addAll(piece.clauses);
                current = Set.of("");
            }
        }
        if (candidates.isEmpty()) {
            return Info.exact(current);
        }
        candidates.add(current);
        return Info.of(candidates); // every part of a concatenation is in the match
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                s.add(x + y);
            }
        }
        return s;
    }

    /** The most selective usable factor set: longest shortest string, then fewest strings. */
    private static Set<String> best(List<Set<String>> candidates) {
        return candidates.stream()
                .filter(s -> s != null && !s.isEmpty() && !s.contains(""))
                .max(Comparator.<Set<String>>comparingInt(s -> s.stream().mapToInt(String::length).min().orElse(0))
                        .thenComparing(Comparator.<Set<String>>comparingInt(Set::size).reversed()))
                .orElse(null);
    }

    private Info quantified() throws Unsupported {
        Info atom = atom();
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported("unclosed {");
            }
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: same strings
        }
        if (min == 0) {
            if (max == 1 && atom.exact != null && atom.exact.size() < MAX_EXACT) {
                Set<String> s = new LinkedHashSet<>(atom.exact);
                s.add("");
                return Info.exact(s);
            }
            return Info.EMPTY;
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        return Info.of(atom.asClauses());
    }

    private Info atom() throws Unsupported {
        char c = re.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[': {
                Set<Character> chars = charClass();
                if (chars == null) {
                    return Info.ANY;
                }
                Set<String> s = new LinkedHashSet<>();
                chars.forEach(ch -> s.add(String.valueOf(ch)));
                return Info.exact(s);
            }
            case '.':
                pos++;
                return Info.ANY;
            case '^':
            case '$':
                pos++;
                return Info.EMPTY;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported("dangling quantifier");
            default:
                pos++;
                return Info.exact(Set.of(String.valueOf(c)));
        }
    }

    private Info group() throws Unsupported {
        pos++; // '('
        boolean zeroWidth = false;
        if (re.startsWith("?", pos)) {
            if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                pos += 2;
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (re.startsWith("?<", pos)) {
                int close = re.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported("bad named group");
                }
                pos = close + 1;
            } else {
                throw new Unsupported("inline flags"); // e.g. (?i): literal matching would be wrong
            }
        }
        int saved = leadingStarEnd;
        Info inner = alternation();
        leadingStarEnd = saved;
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new Unsupported("unclosed group");
        }
        pos++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    private Info escape() throws Unsupported {
        if (pos + 1 >= re.length()) {
            throw new Unsupported("trailing backslash");
        }
        char e = re.charAt(pos + 1);
        switch (e) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                pos += 2;
                return Info.EMPTY;
            case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X', 'N':
                pos += 2;
                return Info.ANY;
            case 'p', 'P':
                skipProperty();
                return Info.ANY;
            default:
                Character ch = escapedChar();
                if (ch == null) {
                    throw new Unsupported("escape \\" + e);
                }
                return Info.exact(Set.of(String.valueOf(ch)));
        }
    }

    private void skipProperty() throws Unsupported {
        pos += 2;
        if (pos < re.length() && re.charAt(pos) == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported("bad \\p");
            }
            pos = close + 1;
        } else {
            pos++;
        }
    }

    /** A backslash escape standing for one literal character (at pos), or null. Advances. */
    private Character escapedChar() throws Unsupported {
        char e = re.charAt(pos + 1);
        switch (e) {
            case 't':
                pos += 2;
                return '\t';
            case 'n':
                pos += 2;
                return '\n';
            case 'r':
                pos += 2;
                return '\r';
            case 'f':
                pos += 2;
                return '\f';
            case 'u': {
                if (pos + 6 > re.length()) {
                    throw new Unsupported("bad \\u");
                }
                char ch = (char) Integer.parseInt(re.substring(pos + 2, pos + 6), 16);
                pos += 6;
                return ch;
            }
            case 'x': {
                if (pos + 4 > re.length() || re.charAt(pos + 2) == '{') {
                    throw new Unsupported("\\x{}");
                }
                char ch = (char) Integer.parseInt(re.substring(pos + 2, pos + 4), 16);
                pos += 4;
                return ch;
            }
            default:
                if (Character.isLetterOrDigit(e)) {
                    return null; // back references, \Q, \c, octal: not modelled
                }
                pos += 2;
                return e;
        }
    }

    /**
     * A character class at pos: its members if it is a small, plain, positive class (literal
     * characters, escaped characters and short ranges), else null ("any character"). Always
     * advances past the class, including nested classes.
     */
    private Set<Character> charClass() throws Unsupported {
        pos++; // '['
        boolean plain = true;
        Set<Character> members = new LinkedHashSet<>();
        if (pos < re.length() && re.charAt(pos) == '^') {
            plain = false;
            pos++;
        }
        boolean firstChar = true;
        while (true) {
            if (pos >= re.length()) {
                throw new Unsupported("unclosed class");
            }
            char c = re.charAt(pos);
            if (c == ']' && !firstChar) {
                pos++;
                break;
            }
            firstChar = false;
            if (c == '[') {
                charClass(); // nested union/intersection: skip it, treat as big
                plain = false;
                continue;
            }
            if (c == '&' && re.startsWith("&&", pos)) {
                plain = false;
                pos += 2;
                continue;
            }
            Character lo;
            if (c == '\\') {
                char e = pos + 1 < re.length() ? re.charAt(pos + 1) : 0;
                if ("dDsSwWhHvV".indexOf(e) >= 0) {
                    pos += 2;
                    plain = false;
                    continue;
                }
                if (e == 'p' || e == 'P') {
                    skipProperty();
                    plain = false;
                    continue;
                }
                lo = escapedChar();
                if (lo == null) {
                    throw new Unsupported("escape in class");
                }
            } else {
                lo = c;
                pos++;
            }
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                Character hi;
                if (re.charAt(pos) == '\\') {
                    hi = escapedChar();
                    if (hi == null) {
                        throw new Unsupported("escape in range");
                    }
                } else {
                    hi = re.charAt(pos++);
                }
                if (hi - lo + 1 > MAX_CLASS || hi < lo) {
                    plain = false;
                } else {
                    for (char x = lo; x <= hi; x++) {
                        members.add(x);
                    }
                }
            } else {
                members.add(lo);
            }
        }
        return plain && !members.isEmpty() && members.size() <= MAX_CLASS ? members : null;
    }
}
