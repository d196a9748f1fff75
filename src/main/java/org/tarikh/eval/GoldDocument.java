package org.tarikh.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One gold document of {@code src/eval/gold}, read from its {@code .tml} file
 * (format: docs/annotation-guidelines.md).
 *
 * @param text the content of {@code <TEXT>} with every tag removed and entities decoded; all
 *             offsets index this string
 * @param dct  the publication date, from the DCT's TIMEX3 value
 * @param time the publication time of day when the gold states one (the phrase suite), else null
 */
public record GoldDocument(String id, Path file, String text, LocalDate dct, List<GoldTimex> timexes,
        List<GoldTrap> traps, java.time.LocalTime time) {

    /** A document whose publication time of day is unknown. */
    public GoldDocument(String id, Path file, String text, LocalDate dct, List<GoldTimex> timexes, List<GoldTrap> traps) {
        this(id, file, text, dct, timexes, traps, null);
    }

    static final Set<String> TYPES = Scorer.TYPES.stream().collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Set<String> MODS = Set.of("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "LESS_THAN",
            "MORE_THAN");

    /** Every {@code *.tml} file of {@code dir}, in file-name order (so reports are stable). */
    public static List<GoldDocument> readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("gold directory not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> tml = files.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
            List<GoldDocument> docs = new ArrayList<>();
            for (Path p : tml) {
                docs.add(read(p));
            }
            return docs;
        }
    }

    /** Reads one file; anything that breaks the guidelines' format is a {@link GoldFormatException}. */
    public static GoldDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Parser(file).parse(in);
        }
    }

    /** A single pass over the StAX events; line numbers come from the reader's location. */
    private static final class Parser {
        private final Path file;
        private XMLStreamReader r;
        private String id;
        private LocalDate dct;
        private String text;
        private final List<GoldTimex> timexes = new ArrayList<>();
        private final List<GoldTrap> traps = new ArrayList<>();

        Parser(Path file) {
            this.file = file;
        }

        GoldDocument parse(InputStream in) {
            XMLInputFactory f = XMLInputFactory.newFactory();
            // Gold files are plain data: no DTDs, no external entities (XXE).
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_COALESCING, true);
            try {
                r = f.createXMLStreamReader(in, "UTF-8");
                r.nextTag();
                expect("TimeML");
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "DOCID" -> id = r.getElementText().strip();
                        case "DCT" -> readDct();
                        case "TEXT" -> readText();
                        default -> skipElement();
                    }
                }
                r.close();
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
                throw new GoldFormatException(file, line, "not well-formed XML: " + e.getMessage(), e);
            }
            if (dct == null) {
                throw new GoldFormatException(file, -1, "no <DCT><TIMEX3 value=...> element");
            }
            if (text == null) {
                throw new GoldFormatException(file, -1, "no <TEXT> element");
            }
            if (id == null || id.isEmpty()) {
                String name = file.getFileName().toString();
                id = name.substring(0, name.length() - ".tml".length());
            }
            return new GoldDocument(id, file, text, dct, List.copyOf(timexes), List.copyOf(traps));
        }

        private void expect(String name) {
            if (!r.getLocalName().equals(name)) {
                fail("expected <" + name + ">, found <" + r.getLocalName() + ">");
            }
        }

        private void readDct() throws XMLStreamException {
            r.nextTag();
            expect("TIMEX3");
            String value = required("value");
            try {
                // A DCT may carry a time (2021-04-07T10:00); relative dates need only its day.
                dct = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                fail("DCT value is not a date: " + value);
            }
            r.getElementText();
            r.nextTag(); // </DCT>
        }

        private void readText() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            // The open tag inside TEXT (a TIMEX3 or TRAP), null between tags.
            String open = null;
            int openBegin = 0;
            int openLine = 0;
            String[] attrs = null;
            while (true) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sb.append(r.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (open != null) {
                            fail("<" + name + "> inside <" + open + ">: tags never nest");
                        }
                        if (!name.equals("TIMEX3") && !name.equals("TRAP")) {
                            fail("unexpected <" + name + "> in <TEXT>");
                        }
                        open = name;
                        openBegin = sb.length();
                        openLine = r.getLocation().getLineNumber();
                        attrs = name.equals("TIMEX3")
                                ? new String[] {required("tid"), required("type"), required("value"),
                                        optional("mod"), optional("phen")}
                                : new String[] {required("phen")};
                        if (name.equals("TIMEX3")) {
                            if (!TYPES.contains(attrs[1])) {
                                fail("TIMEX3 " + attrs[0] + ": unknown type " + attrs[1]);
                            }
                            if (attrs[3] != null && !MODS.contains(attrs[3])) {
                                fail("TIMEX3 " + attrs[0] + ": unknown mod " + attrs[3]);
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (open == null) {
                            text = sb.toString(); // </TEXT>
                            return;
                        }
                        int end = sb.length();
                        String covered = sb.substring(openBegin, end);
                        if (covered.isBlank()) {
                            throw new GoldFormatException(file, openLine, "empty <" + open + ">");
                        }
                        if (open.equals("TIMEX3")) {
                            timexes.add(new GoldTimex(attrs[0], openBegin, end, covered, attrs[1], attrs[2], attrs[3],
                                    labels(attrs[4], openLine, false)));
                        } else {
                            traps.add(new GoldTrap(openBegin, end, covered, labels(attrs[0], openLine, true)));
                        }
                        open = null;
                    }
                    case XMLStreamConstants.END_DOCUMENT -> fail("document ends inside <TEXT>");
                    default -> {
                        // comments and processing instructions carry no text
                    }
                }
            }
        }

        private Set<String> labels(String phen, int line, boolean trap) {
            Set<String> labels = new LinkedHashSet<>();
            if (phen != null) {
                labels.addAll(Arrays.asList(phen.trim().split("\\s+")));
                labels.remove("");
            }
            for (String l : labels) {
                if (!Phenomena.LABELS.contains(l)) {
                    throw new GoldFormatException(file, line, "unknown phen label '" + l + "' (vocabulary: "
                            + String.join(" ", Phenomena.LABELS) + ")");
                }
            }
            if (trap && labels.isEmpty()) {
                throw new GoldFormatException(file, line, "TRAP without phen");
            }
            return Set.copyOf(labels);
        }

        private String required(String attr) {
            String v = optional(attr);
            if (v == null) {
                fail("<" + r.getLocalName() + "> lacks attribute " + attr);
            }
            return v;
        }

        private String optional(String attr) {
            String v = r.getAttributeValue(XMLConstants.NULL_NS_URI, attr);
            return v == null || v.isBlank() ? null : v.strip();
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private void fail(String problem) {
            throw new GoldFormatException(file, r.getLocation().getLineNumber(), problem);
        }
    }
}
