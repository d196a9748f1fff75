package org.tarikh.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tarikh.annotate.Timex;
import org.tarikh.annotate.TimexType;
import org.tarikh.chronology.EventQuery.ArticleText;

/**
 * One TimeML document per article: the article text in {@code <TEXT>} with every stored
 * expression as a {@code TIMEX3} element, and the publication day as a {@code TIMEX3} with
 * {@code functionInDocument="CREATION_TIME"} in {@code <DCT>}. The character content of
 * {@code <TEXT>} is exactly the stored article text, so the stored offsets of each
 * expression are its offsets in that content. Carriage returns are written as {@code &#13;}
 * (an XML parser would otherwise fold CR LF into LF and shift every later offset), and
 * characters XML 1.0 cannot carry become U+FFFD (one UTF-16 unit for one, offsets kept).
 */
public final class TimeMl {

    private TimeMl() {
    }

    /** Writes {@code <id>.tml} files into {@code dir}; returns the files written. */
    public static List<Path> writeAll(List<ArticleText> articles, Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write TimeML into " + dir + ": " + AtomicFile.describe(e), e);
        }
        for (ArticleText a : articles) {
            Path file = dir.resolve(fileName(a.id()));
            AtomicFile.write(file, w -> write(a, w)); // each file whole or not at all
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

    public static void write(ArticleText a, Writer out) {
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
            String text = a.body();
            int at = 0;
            int n = 0;
            for (Timex t : a.timexes()) {
                if (t.begin() < at || t.end() > text.length() || t.begin() >= t.end()) {
                    continue; // overlapping or out of range: TimeML has no overlapping tags
                }
                text(x, text.substring(at, t.begin()));
                x.writeStartElement("TIMEX3");
                x.writeAttribute("tid", "t" + (++n));
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
                text(x, text.substring(t.begin(), t.end()));
                x.writeEndElement();
                at = t.end();
            }
            text(x, text.substring(at));
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TimeML for " + a.id(), e);
        }
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
