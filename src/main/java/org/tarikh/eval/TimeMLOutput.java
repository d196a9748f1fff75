package org.tarikh.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarikh.annotate.Timex;

/**
 * Reads HeidelTime standalone's TimeML output back into offsets of the original text.
 * <p>
 * HeidelTime's TimeML formatter does not escape anything: its output is a fixed header, the
 * input text verbatim with {@code <TIMEX3 …>…</TIMEX3>} (and {@code <TIMEX3INTERVAL …>}) tags
 * inserted, and a fixed footer. An XML parser would choke on a «&» or «<» of the article, so
 * we walk the output and the original text side by side instead: where the output has one of
 * those tags we read it, everywhere else its character must be the text's next character.
 * Any disagreement is an error rather than silently shifted offsets.
 */
public final class TimeMLOutput {

    private static final Pattern TAG = Pattern.compile("<(/?)(TIMEX3INTERVAL|TIMEX3)((?:\\s+\\w+=\"[^\"]*\")*)\\s*>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final String OPEN_ROOT = "<TimeML>\n";
    private static final String CLOSE_ROOT = "\n</TimeML>";

    private TimeMLOutput() {
    }

    public static List<Timex> parse(String output, String original) {
        int start = output.indexOf(OPEN_ROOT);
        int stop = output.lastIndexOf(CLOSE_ROOT);
        if (start < 0 || stop < start) {
            throw new IllegalArgumentException("not HeidelTime TimeML output: no <TimeML> root");
        }
        String body = output.substring(start + OPEN_ROOT.length(), stop);
        List<Timex> timexes = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int pos = 0; // in body
        int textPos = 0; // in original
        Map<String, String> open = null;
        int openBegin = 0;
        while (pos < body.length()) {
            if (body.charAt(pos) == '<' && m.find(pos) && m.start() == pos) {
                boolean closing = !m.group(1).isEmpty();
                if (m.group(2).equals("TIMEX3")) {
                    if (!closing) {
                        open = attributes(m.group(3));
                        openBegin = textPos;
                    } else if (open != null) {
                        timexes.add(new Timex(open.get("tid"), openBegin, textPos, original.substring(openBegin, textPos),
                                open.get("type"), open.get("value"), open.get("mod"), open.get("quant"),
                                open.get("freq"), open.get("rule")));
                        open = null;
                    }
                }
                pos = m.end();
                continue;
            }
            if (textPos >= original.length() || body.charAt(pos) != original.charAt(textPos)) {
                throw new IllegalArgumentException("HeidelTime output diverges from the input text at offset " + textPos);
            }
            pos++;
            textPos++;
        }
        if (textPos != original.length()) {
            throw new IllegalArgumentException("HeidelTime output is shorter than the input text");
        }
        return timexes;
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> attrs = new HashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            attrs.put(a.group(1), a.group(2));
        }
        return attrs;
    }
}
