package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.EventAnchorer;
import org.tarikh.annotate.ArabicSentenceAnnotator;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.SourceEvent;
import org.tarikh.store.Database;
import org.tarikh.store.TimelineStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The chronology in TimeML: events anchored by the pipeline's anchorer, stored, exported, and
 * read back with a DOM parser: EVENT on each trigger, MAKEINSTANCE, TLINKs to the dating
 * expression or the publication day and between events in the chronology's order.
 */
class TimeMlTest {

    /** Seven events: three dated ON their own day, one ON_OR_BEFORE a statement's day, three ON_OR_BEFORE publication. */
    static final String TEXT = "هاجم مسلحون قاعدة عسكرية يوم الأحد. وزار الوزير القاعدة يوم الثلاثاء. وقال الوزير"
            + " يوم الثلاثاء إن الهجوم أسفر عن مقتل جنديين. وطالب الوزير بتحقيق عاجل. ويرى المحللون أن الوضع سيتحسن."
            + " وغادر الوفد إلى الرياض.";
    static final LocalDate DCT = LocalDate.of(2021, 4, 7);

    static DataSource db;

    @TempDir
    Path dir;

    @BeforeAll
    static void store() {
        db = Database.simple("jdbc:h2:mem:timeml-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(db);
        List<Timex> timexes = new ArrayList<>();
        int from = 0;
        for (String[] x : new String[][] {{"يوم الأحد", "2021-04-04"}, {"يوم الثلاثاء", "2021-04-06"},
                {"يوم الثلاثاء", "2021-04-06"}}) {
            int at = TEXT.indexOf(x[0], from);
            timexes.add(new Timex("t" + (timexes.size() + 1), at, at + x[0].length(), x[0], "DATE", x[1], null, null,
                    null, "test"));
            from = at + x[0].length();
        }
        TaggedText tagged = new TaggedText(ArabicSentenceAnnotator.split(TEXT), timexes);
        Article a = new Article("timeml-1", "2021-04-07", DCT, "عنوان", "مصدر", null, "ar", TEXT,
                new Origin("memory", 0));
        new TimelineStore(db).saveAll(List.of(new AnnotatedArticle(a, a.contentHash(), tagged.timexes(),
                EventAnchorer.anchor(TEXT, tagged, DCT))), null);
    }

    static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(Files.readString(file, StandardCharsets.UTF_8))));
    }

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Document d, String name) {
        NodeList l = d.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** Each element of TEXT with its offsets in the character content of TEXT. */
    record Placed(Element element, int begin, int end) {
    }

    static List<Placed> placed(Document d) {
        Element text = (Element) d.getElementsByTagName("TEXT").item(0);
        List<Placed> out = new ArrayList<>();
        int at = 0;
        NodeList kids = text.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            Node k = kids.item(i);
            int length = k.getTextContent().length();
            if (k.getNodeType() == Node.ELEMENT_NODE) {
                assertThat(((Element) k).getElementsByTagName("*").getLength()).as("nested tag").isZero();
                out.add(new Placed((Element) k, at, at + length));
            }
            at += length;
        }
        return out;
    }

    /** The TLINK of each event instance to a time: eiid → {relType, tid}. */
    static Map<String, String[]> timeLinks(Document d) {
        Map<String, String[]> out = new HashMap<>();
        for (Element l : elements(d, "TLINK")) {
            if (l.hasAttribute("relatedToTime")) {
                assertThat(out.put(l.getAttribute("eventInstanceID"),
                        new String[] {l.getAttribute("relType"), l.getAttribute("relatedToTime")})).isNull();
            }
        }
        return out;
    }

    Document export(ChronologyFilter filter) throws Exception {
        Path out = dir.resolve("tml-" + UUID.randomUUID());
        Exports.write("timeml", db, filter, true, out);
        return parse(out.resolve(TimeMl.fileName("timeml-1")));
    }

    @Test
    void everyHappeningIsAnEventOnItsTriggerWithItsInstanceAndItsTimeLink() throws Exception {
        Document d = export(ChronologyFilter.ALL);
        Element text = (Element) d.getElementsByTagName("TEXT").item(0);
        assertThat(text.getTextContent()).isEqualTo(TEXT);
        List<Placed> placed = placed(d);
        Map<String, String> eventWords = new HashMap<>(); // eid → trigger
        Map<String, String> classes = new HashMap<>(); // trigger → class
        Map<String, String> timexWords = new HashMap<>(); // tid → expression
        for (Placed p : placed) {
            String content = TEXT.substring(p.begin(), p.end());
            assertThat(p.element().getTextContent()).isEqualTo(content);
            if (p.element().getTagName().equals("EVENT")) {
                eventWords.put(p.element().getAttribute("eid"), content);
                classes.put(content, p.element().getAttribute("class"));
            } else {
                assertThat(p.element().getTagName()).isEqualTo("TIMEX3");
                timexWords.put(p.element().getAttribute("tid"), content);
            }
        }
        // the opinion «ويرى» is not a happening: not in the default chronology, not tagged
        // «أسفر عن» (what the attack led to) is a happening of its own in the reported content
        assertThat(classes).containsOnlyKeys("هاجم", "وزار", "وقال", "الهجوم", "أسفر", "وطالب", "وغادر");
        assertThat(classes).containsEntry("هاجم", "OCCURRENCE").containsEntry("وقال", "REPORTING")
                .containsEntry("وطالب", "I_ACTION").containsEntry("وغادر", "OCCURRENCE");
        assertThat(timexWords).hasSize(3);
        // one instance per event, one time link per instance
        Map<String, String> eventOfInstance = new HashMap<>();
        for (Element mi : elements(d, "MAKEINSTANCE")) {
            assertThat(eventWords).containsKey(mi.getAttribute("eventID"));
            eventOfInstance.put(mi.getAttribute("eiid"), eventWords.get(mi.getAttribute("eventID")));
        }
        assertThat(eventOfInstance).hasSize(7);
        Map<String, String[]> links = timeLinks(d);
        assertThat(links).hasSize(7);
        Map<String, String> linkOf = new HashMap<>(); // trigger → "relType expression"
        links.forEach((eiid, l) -> linkOf.put(eventOfInstance.get(eiid),
                l[0] + " " + (l[1].equals("t0") ? "DCT" : timexWords.get(l[1]) + "@" + tidOffset(placed, l[1]))));
        int sunday = TEXT.indexOf("يوم الأحد");
        int tuesday = TEXT.indexOf("يوم الثلاثاء");
        int statementTuesday = TEXT.indexOf("يوم الثلاثاء", tuesday + 1);
        assertThat(linkOf).containsEntry("هاجم", "IS_INCLUDED يوم الأحد@" + sunday)
                .containsEntry("وزار", "IS_INCLUDED يوم الثلاثاء@" + tuesday)
                .containsEntry("وقال", "IS_INCLUDED يوم الثلاثاء@" + statementTuesday)
                // told by the statement, without its own time: on or before the statement's day
                .containsEntry("الهجوم", "BEFORE يوم الثلاثاء@" + statementTuesday)
                .containsEntry("أسفر", "BEFORE يوم الثلاثاء@" + statementTuesday)
                // no time at all: on or before publication, linked to the DCT
                .containsEntry("وطالب", "BEFORE DCT").containsEntry("وغادر", "BEFORE DCT");
        // the chronology's order: the Sunday attack before the Tuesday visit; nothing between same-day events
        List<String> order = new ArrayList<>();
        for (Element l : elements(d, "TLINK")) {
            if (l.hasAttribute("relatedToEventInstance")) {
                order.add(eventOfInstance.get(l.getAttribute("eventInstanceID")) + " " + l.getAttribute("relType") + " "
                        + eventOfInstance.get(l.getAttribute("relatedToEventInstance")));
            }
        }
        assertThat(order).containsExactly("هاجم BEFORE وزار");
        // ids are unique across the document
        List<String> ids = new ArrayList<>();
        for (String tag : List.of("TIMEX3", "EVENT", "MAKEINSTANCE", "TLINK")) {
            for (Element e : elements(d, tag)) {
                ids.add(e.getAttribute(switch (tag) {
                    case "TIMEX3" -> "tid";
                    case "EVENT" -> "eid";
                    case "MAKEINSTANCE" -> "eiid";
                    default -> "lid";
                }));
            }
        }
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("");
    }

    private static int tidOffset(List<Placed> placed, String tid) {
        return placed.stream().filter(p -> p.element().getAttribute("tid").equals(tid)).findFirst().orElseThrow().begin();
    }

    @Test
    void withAllKindsAnOpinionIsAnIntensionalState() throws Exception {
        Document d = export(new ChronologyFilter(null, null, null, null, null, null, true));
        Map<String, String> classes = new HashMap<>();
        for (Placed p : placed(d)) {
            if (p.element().getTagName().equals("EVENT")) {
                classes.put(p.element().getTextContent(), p.element().getAttribute("class"));
            }
        }
        assertThat(classes).containsEntry("ويرى", "I_STATE").hasSize(8);
        assertThat(timeLinks(d)).hasSize(8);
    }

    static SourceEvent event(int seq, String text, String trigger, int triggerBegin, Timex anchor, String relation) {
        LocalDateTime day = LocalDate.of(2021, 4, 7).atStartOfDay();
        return new SourceEvent("x", seq, 0, text.length(), text, day, day.plusDays(1), "DAY", false,
                anchor == null ? "" : anchor.text(), "DATE", anchor == null ? "2021-04-07" : anchor.value(), null,
                anchor == null ? -1 : anchor.begin(), anchor == null ? -1 : anchor.end(), LocalDate.of(2021, 4, 7), null,
                null, null, List.of(), trigger, triggerBegin, "happening:attack", "HAPPENING", relation);
    }

    @Test
    void anEventThatCannotBeTaggedIsSkippedAndCounted() throws Exception {
        String body = "وقع الانفجار صباح اليوم في العاصمة ووقع انفجار آخر.";
        int morning = body.indexOf("صباح اليوم");
        Timex today = new Timex("t1", morning, morning + "صباح اليوم".length(), "صباح اليوم", "TIME", "2021-04-07TMO",
                null, null, null, "test");
        Timex overlapped = new Timex("t2", morning + 5, morning + "صباح اليوم".length(), "اليوم", "DATE", "2021-04-07",
                null, null, null, "test");
        EventQuery.ArticleText a = new EventQuery.ArticleText("x", LocalDate.of(2021, 4, 7), "2021-04-07", null, null,
                null, body, List.of(today, overlapped));
        List<SourceEvent> events = List.of(
                event(0, body, "وقع", 0, today, "ON"),
                event(1, body, "صباح", morning, today, "ON"), // a trigger inside the expression
                event(2, body, null, -1, today, "ON"), // no trigger word
                event(3, body, "ووقع", body.indexOf("ووقع"), overlapped, "ON"), // dated by an untagged expression
                event(4, body, "الانفجار", body.indexOf("الانفجار"), null, "ON_OR_BEFORE"),
                event(5, body, "الانفجار", body.indexOf("الانفجار"), null, "ON_OR_BEFORE")); // the same trigger again
        StringWriter w = new StringWriter();
        TimeMl.write(a, events, w);
        Document d = parse(w.toString());
        assertThat(((Element) d.getElementsByTagName("TEXT").item(0)).getTextContent()).isEqualTo(body);
        List<String> tagged = placed(d).stream().map(p -> p.element().getTagName() + ":" + p.element().getTextContent())
                .toList();
        assertThat(tagged).containsExactly("EVENT:وقع", "EVENT:الانفجار", "TIMEX3:صباح اليوم", "EVENT:ووقع");
        assertThat(elements(d, "MAKEINSTANCE")).hasSize(3);
        assertThat(timeLinks(d)).hasSize(2); // «ووقع» has no tagged expression to link to
        Node last = d.getDocumentElement().getLastChild();
        while (last.getNodeType() != Node.COMMENT_NODE) {
            last = last.getPreviousSibling();
        }
        assertThat(last.getTextContent().strip()).isEqualTo("3 events of the chronology not tagged:"
                + " 1 trigger inside or across a TIMEX3, 1 trigger shared with another event, 1 without a trigger word;"
                + " 1 event without a TLINK: the anchoring expression overlaps another and is not tagged");
    }

    @Test
    void aDocumentWithoutEventsHasNoEventMarkupAndNoNote() throws Exception {
        String body = "وصل الوفد أمس.";
        Timex yesterday = new Timex("t1", body.indexOf("أمس"), body.indexOf("أمس") + 3, "أمس", "DATE", "2021-04-06", null,
                null, null, "test");
        StringWriter w = new StringWriter();
        TimeMl.write(new EventQuery.ArticleText("y", LocalDate.of(2021, 4, 7), "2021-04-07", null, null, null, body,
                List.of(yesterday)), List.of(), w);
        Document d = parse(w.toString());
        assertThat(elements(d, "EVENT")).isEmpty();
        assertThat(elements(d, "TLINK")).isEmpty();
        assertThat(w.toString()).doesNotContain("<!--");
    }
}
