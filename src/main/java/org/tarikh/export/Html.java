package org.tarikh.export;

import java.util.Locale;

import org.tarikh.chronology.SourceEvent;

/** HTML escaping for everything that comes from articles, and the highlighted event sentence. */
final class Html {

    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Only http(s) links become hrefs: a javascript: or data: URL from an article stays text. */
    static boolean safeUrl(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** The event text, escaped, with its anchoring expression in {@code <mark>} when it lies inside. */
    static String highlighted(SourceEvent s) {
        String text = s.text();
        int b = s.expressionBegin() - s.begin();
        int e = s.expressionEnd() - s.begin();
        if (!s.expressionInside() || b < 0 || e > text.length() || b >= e) {
            return escape(text);
        }
        return escape(text.substring(0, b)) + "<mark>" + escape(text.substring(b, e)) + "</mark>"
                + escape(text.substring(e));
    }
}
