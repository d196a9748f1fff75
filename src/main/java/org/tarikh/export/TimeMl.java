package org.tarikh.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tarikh.annotate.Timex;
import org.tarikh.annotate.TimexType;
import org.tarikh.chronology.EventQuery.ArticleText;
import org.tarikh.chronology.SourceEvent;

/**
 * One TimeML 1.2.1 document per article: the article text in {@code <TEXT>} with every stored
 * expression as a {@code TIMEX3} element and the chronology's events of the article as
 * {@code EVENT} elements on their trigger words, the publication day as a {@code TIMEX3} with
 * {@code functionInDocument="CREATION_TIME"} in {@code <DCT>}, then one {@code MAKEINSTANCE}
 * per event and the {@code TLINK}s: each event to the expression that dates it (or to the
 * publication day), and events of the article to each other in the chronology's order.
 * The character content of {@code <TEXT>} is exactly the stored article text, so the stored
 * offsets of each expression and trigger are its offsets in that content. Carriage returns are
 * written as {@code &#13;} (an XML parser would otherwise fold CR LF into LF and shift every
 * later offset), and characters XML 1.0 cannot carry become U+FFFD (one UTF-16 unit for one,
 * offsets kept). docs/exports.md, "timeml", says what each element and attribute means.
 */
public final class TimeMl {

    private TimeMl() {
    }

    /**
     * Writes {@code <id>.tml} files into {@code dir}, each with its article's events among
     * {@code events} (by article id); returns the files written.
     */
    public static List<Path> writeAll(List<ArticleText> articles, Map<String, List<SourceEvent>> events, Path dir) {
        TimeMlEventClasses classes = TimeMlEventClasses.load();
        TimexValueGrammar grammar = TimexValueGrammar.load();
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write TimeML into " + dir + ": " + AtomicFile.describe(e), e);
        }
        for (ArticleText a : articles) {
            Path file = dir.resolve(fileName(a.id()));
            AtomicFile.write(file, w -> write(a, events.getOrDefault(a.id(), List.of()), classes, grammar, w)); // each file whole or not at all
            files.add(file);
        }
        return files;
    }

    /** Longest name part kept from an id: 100 Arabic letters are 200 bytes, under every file system's 255. */
    static final int MAX_NAME_CHARS = 100;

    /**
     * A file name per article id, unique and safe on every file system: letters, digits, '-',
     * '_' and '.' are kept; when anything had to change (another character, a leading dot, a
     * name too long) 12 hex digits of the id's SHA-256 are appended, so {@code coll/1},
     * {@code coll?1} and {@code coll_1} get three different files.
     */
    static String fileName(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) && !Character.isSurrogate(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        String name = b.toString().replaceAll("^\\.+", "_");
        boolean changed = !name.equals(id) || name.isEmpty() || name.length() > MAX_NAME_CHARS;
        if (name.length() > MAX_NAME_CHARS) {
            name = name.substring(0, MAX_NAME_CHARS);
        }
        if (changed) {
            name = name + "-" + hash(id);
        }
        return name + ".tml";
    }

    private static String hash(String id) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Writes one document with these events of the chronology (all of the article's, any order). */
    public static void write(ArticleText a, List<SourceEvent> events, Writer out) {
        write(a, events, TimeMlEventClasses.load(), TimexValueGrammar.load(), out);
    }

    /** An event tagged in the document: its ids, its trigger's span, its class. */
    private record Tagged(SourceEvent event, int begin, int end, String eventClass) {
    }

    /** A TIMEX3 or EVENT element of {@code <TEXT>}, in text order. */
    private record Span(int begin, int end, Timex timex, String id, Tagged event) {
    }

    static void write(ArticleText a, List<SourceEvent> events, TimeMlEventClasses classes, TimexValueGrammar grammar,
            Writer out) {
        String text = a.body();
        // the expressions: TimeML cannot nest tags, so of overlapping ones the first is kept
        List<Span> spans = new ArrayList<>();
        Map<String, String> tidBySpan = new HashMap<>();
        int at = 0;
        int outsideGrammar = 0;
        for (Timex t : a.timexes()) {
            if (t.begin() < at || t.end() > text.length() || t.begin() >= t.end()) {
                continue;
            }
            String tid = "t" + (tidBySpan.size() + 1);
            tidBySpan.put(t.begin() + ":" + t.end(), tid);
            spans.add(new Span(t.begin(), t.end(), t, tid, null));
            if (grammar.form(t.value()).isEmpty()) {
                outsideGrammar++;
            }
            at = t.end();
        }
        List<Span> timexSpans = List.copyOf(spans);
        // the events: each on its trigger word, unless that word cannot carry an EVENT tag
        Map<String, Integer> untagged = new TreeMap<>();
        List<Tagged> tagged = new ArrayList<>();
        for (SourceEvent e : events) {
            String why = null;
            int begin = e.triggerBegin();
            int end = e.triggerText() == null ? -1 : begin + e.triggerText().length();
            if (e.triggerText() == null || begin < 0) {
                why = "without a trigger word";
            } else if (end > text.length() || !text.substring(begin, end).equals(e.triggerText())) {
                why = "trigger not at its stored offsets";
            } else if (timexSpans.stream().anyMatch(s -> s.begin() < end && begin < s.end())) {
                why = "trigger inside or across a TIMEX3";
            } else if (tagged.stream().anyMatch(g -> g.begin() < end && begin < g.end())) {
                why = "trigger shared with another event";
            }
            if (why != null) {
                untagged.merge(why, 1, Integer::sum);
            } else {
                tagged.add(new Tagged(e, begin, end, classes.of(e)));
            }
        }
        tagged.sort(Comparator.comparingInt(Tagged::begin));
        Map<Tagged, Integer> number = new java.util.IdentityHashMap<>();
        for (Tagged g : tagged) {
            number.put(g, number.size() + 1);
            spans.add(new Span(g.begin(), g.end(), null, "e" + number.get(g), g));
        }
        spans.sort(Comparator.comparingInt(Span::begin));
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("TimeML");
            x.writeCharacters("\n");
            element(x, "DOCID", a.id());
            x.writeStartElement("DCT");
            x.writeStartElement("TIMEX3");
            x.writeAttribute("tid", "t0");
            x.writeAttribute("type", TimexType.DATE.name());
            x.writeAttribute("value", a.dct().toString());
            x.writeAttribute("temporalFunction", "false");
            x.writeAttribute("functionInDocument", "CREATION_TIME");
            x.writeCharacters(a.dct().toString());
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
            if (a.title() != null) {
                element(x, "TITLE", a.title());
            }
            x.writeStartElement("TEXT");
            at = 0;
            for (Span s : spans) {
                text(x, text.substring(at, s.begin()));
                if (s.timex() != null) {
                    timex3(x, s.timex(), s.id());
                } else {
                    x.writeStartElement("EVENT");
                    x.writeAttribute("eid", s.id());
                    x.writeAttribute("class", s.event().eventClass());
                }
                text(x, text.substring(s.begin(), s.end()));
                x.writeEndElement();
                at = s.end();
            }
            text(x, text.substring(at));
            x.writeEndElement();
            x.writeCharacters("\n");
            for (Tagged g : tagged) {
                x.writeEmptyElement("MAKEINSTANCE");
                x.writeAttribute("eiid", "ei" + number.get(g));
                x.writeAttribute("eventID", "e" + number.get(g));
                x.writeCharacters("\n");
            }
            int links = 0;
            int unlinked = 0;
            for (Tagged g : tagged) {
                SourceEvent e = g.event();
                String tid = e.fromPublicationDate() ? "t0"
                        : tidBySpan.get(e.expressionBegin() + ":" + e.expressionEnd());
                if (tid == null) {
                    unlinked++; // its expression overlapped an earlier one and is not tagged
                    continue;
                }
                x.writeEmptyElement("TLINK");
                x.writeAttribute("lid", "l" + (++links));
                x.writeAttribute("relType", e.onOrBefore() ? "BEFORE" : "IS_INCLUDED");
                x.writeAttribute("eventInstanceID", "ei" + number.get(g));
                x.writeAttribute("relatedToTime", tid);
                x.writeAttribute("origin", "tarikh:" + (e.onOrBefore() ? "ON_OR_BEFORE" : "ON"));
                x.writeCharacters("\n");
            }
            for (Tagged[] pair : order(tagged)) {
                x.writeEmptyElement("TLINK");
                x.writeAttribute("lid", "l" + (++links));
                x.writeAttribute("relType", "BEFORE");
                x.writeAttribute("eventInstanceID", "ei" + number.get(pair[0]));
                x.writeAttribute("relatedToEventInstance", "ei" + number.get(pair[1]));
                x.writeAttribute("origin", "tarikh:order");
                x.writeCharacters("\n");
            }
            String note = note(untagged, unlinked, outsideGrammar);
            if (!note.isEmpty()) {
                x.writeComment(" " + note + " ");
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TimeML for " + a.id(), e);
        }
    }

    private static void timex3(XMLStreamWriter x, Timex t, String tid) throws XMLStreamException {
        x.writeStartElement("TIMEX3");
        x.writeAttribute("tid", tid);
        x.writeAttribute("type", t.type());
        x.writeAttribute("value", t.value());
        if (t.mod() != null) {
            x.writeAttribute("mod", t.mod());
        }
        if (t.quant() != null) {
            x.writeAttribute("quant", t.quant());
        }
        if (t.freq() != null) {
            x.writeAttribute("freq", t.freq());
        }
        // resolved against the publication day unless the expression writes out its year
        boolean relative = !t.value().matches("\\d{4}.*") || !t.text().matches("(?s).*[0-9٠-٩]{4}.*");
        x.writeAttribute("temporalFunction", String.valueOf(relative));
        if (relative) {
            x.writeAttribute("anchorTimeID", "t0");
        }
    }

    /**
     * The chronology's order between the article's events, as pairs (a, b) for «a BEFORE b»:
     * each event before the earliest-starting event that lies wholly after its interval. Only
     * events dated by an exact expression (not vague, no {@code mod}) take part, and the later
     * one must be dated ON its expression; the earlier may be ON_OR_BEFORE, which still ends by
     * the end of its interval. Transitive closure gives the other pairs.
     */
    static List<Tagged[]> order(List<Tagged> tagged) {
        List<Tagged> exact = tagged.stream().filter(g -> exactlyDated(g.event()))
                .sorted(Comparator.comparing((Tagged g) -> g.event().start()).thenComparing(g -> g.event().until())
                        .thenComparingInt(Tagged::begin))
                .toList();
        List<Tagged[]> pairs = new ArrayList<>();
        for (Tagged a : exact) {
            for (Tagged b : exact) {
                if (!b.event().onOrBefore() && !a.event().until().isAfter(b.event().start())) {
                    pairs.add(new Tagged[] {a, b});
                    break;
                }
            }
        }
        return pairs;
    }

    private static boolean exactlyDated(SourceEvent e) {
        return !e.vague() && e.mod() == null && e.start() != null && e.until() != null;
    }

    private static String note(Map<String, Integer> untagged, int unlinked, int outsideGrammar) {
        List<String> parts = new ArrayList<>();
        int n = untagged.values().stream().mapToInt(Integer::intValue).sum();
        if (n > 0) {
            parts.add(n + " event" + (n == 1 ? "" : "s") + " of the chronology not tagged: " + untagged.entrySet()
                    .stream().map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (unlinked > 0) {
            parts.add(unlinked + " event" + (unlinked == 1 ? "" : "s") + " without a TLINK: the anchoring expression"
                    + " overlaps another and is not tagged");
        }
        if (outsideGrammar > 0) {
            parts.add(outsideGrammar + " TIMEX3 value" + (outsideGrammar == 1 ? "" : "s")
                    + " outside the documented grammar (docs/exports.md)");
        }
        return String.join("; ", parts);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        text(x, text);
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /** Character data that an XML parser reads back unchanged, one UTF-16 unit per unit. */
    private static void text(XMLStreamWriter x, String s) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                x.writeCharacters(run.toString());
                run.setLength(0);
                x.writeEntityRef("#13");
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
                run.append('\uFFFD');
            } else if (Character.isSurrogate(c) && !validPair(s, i)) {
                run.append('\uFFFD');
            } else {
                run.append(c);
            }
        }
        x.writeCharacters(run.toString());
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
