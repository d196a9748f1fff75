package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyDatabase;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.MergeRule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Every export format, written from a stored chronology and read back the way its consumers read it. */
class ChronologyExportsTest {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static DataSource db;
    static Chronology chronology;

    @TempDir
    Path dir;

    @BeforeAll
    static void store() {
        db = ChronologyDatabase.create();
        chronology = ChronologyBuilder.query(db, ChronologyFilter.ALL, MergeRule.DEFAULT, true);
    }

    static JsonNode schema() throws Exception {
        try (InputStream in = ChronologyJson.class.getResourceAsStream("chronology.schema.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void happeningsFromThePipelineWithAndWithoutTheirOwnTimeAreValidJson() throws Exception {
        javax.sql.DataSource ds = org.tarikh.store.Database.simple("jdbc:h2:mem:anchored-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        org.tarikh.store.Database.migrate(ds);
        String text = "قال الوزير يوم الأحد إن الهجوم أسفر عن مقتل جنديين. وغادر الوفد إلى الرياض.";
        java.time.LocalDate dct = java.time.LocalDate.of(2021, 4, 7);
        org.tarikh.annotate.Timex sunday = new org.tarikh.annotate.Timex("t1", text.indexOf("يوم الأحد"),
                text.indexOf("يوم الأحد") + "يوم الأحد".length(), "يوم الأحد", "DATE", "2021-04-04", null, null, null, null);
        org.tarikh.annotate.TaggedText tagged = new org.tarikh.annotate.TaggedText(
                org.tarikh.annotate.ArabicSentenceAnnotator.split(text), java.util.List.of(sunday));
        org.tarikh.article.Article a = new org.tarikh.article.Article("anchored", "2021-04-07", dct, "عنوان", "مصدر", null,
                "ar", text, new org.tarikh.article.Origin("memory", 0));
        new org.tarikh.store.TimelineStore(ds).saveAll(java.util.List.of(new org.tarikh.anchor.AnnotatedArticle(a,
                a.contentHash(), tagged.timexes(), org.tarikh.anchor.EventAnchorer.anchor(text, tagged, dct))), null);
        Path out = dir.resolve("anchored.json");
        Exports.write("json", ds, ChronologyFilter.ALL, true, out);
        JsonNode doc = JSON.readTree(Files.readString(out));
        assertThat(new JsonSchemaValidator(schema()).validate(doc)).isEmpty();
        List<String> relations = new java.util.ArrayList<>();
        doc.get("entries").forEach(e -> e.get("sources").forEach(src -> relations.add(src.get("relation").asString())));
        assertThat(relations).contains("ON", "ON_OR_BEFORE");
    }

    @Test
    void jsonIsValidAgainstItsSchema() throws Exception {
        Path out = dir.resolve("c.json");
        Exports.write("json", db, ChronologyFilter.ALL, true, out);
        JsonNode doc = JSON.readTree(Files.readString(out));
        assertThat(new JsonSchemaValidator(schema()).validate(doc)).isEmpty();
        assertThat(doc.get("entries").size()).isEqualTo(chronology.entries().size());
        // the merged withdrawal entry lists its four sources and the evidence
        JsonNode merged = null;
        for (JsonNode e : doc.get("entries")) {
            if (e.get("sources").size() == 4) {
                merged = e;
            }
        }
        assertThat(merged).isNotNull();
        assertThat(merged.get("dateConflict").asBoolean()).isTrue();
        assertThat(merged.get("merge").size()).isGreaterThanOrEqualTo(3);
        assertThat(merged.get("precision").get("granularity").asString()).isEqualTo("DAY");
    }

    @Test
    void theStreamedJsonIsTheDocumentWrittenWhole() {
        java.io.StringWriter streamed = new java.io.StringWriter();
        ChronologyJson.write(chronology, new java.io.PrintWriter(streamed));
        String whole = ChronologyJson.JSON.writeValueAsString(ChronologyJson.of(chronology));
        assertThat(streamed.toString().strip()).isEqualTo(whole.strip());
        assertThat(whole).contains("\"entries\" : [ {").contains("\"curated\" : [ ]");
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        JsonNode doc = JSON.readTree(JSON.writeValueAsString(ChronologyJson.of(chronology)));
        ((tools.jackson.databind.node.ObjectNode) doc.get("entries").get(0)).remove("sources");
        ((tools.jackson.databind.node.ObjectNode) doc.get("entries").get(1).get("precision")).put("provenance", "GUESSED");
        assertThat(new JsonSchemaValidator(schema()).validate(doc))
                .anySatisfy(e -> assertThat(e).contains("missing sources"))
                .anySatisfy(e -> assertThat(e).contains("GUESSED"));
    }

    @Test
    void timelineJsHasTheFieldsTimelineJsReads() throws Exception {
        Path out = dir.resolve("t.json");
        Exports.write("timelinejs", db, ChronologyFilter.ALL, true, out);
        JsonNode doc = JSON.readTree(Files.readString(out));
        assertThat(doc.get("title").get("text").get("headline").asString()).isNotBlank();
        JsonNode events = doc.get("events");
        assertThat(events.size()).isEqualTo(chronology.entries().size());
        List<String> ids = new ArrayList<>();
        for (JsonNode e : events) {
            assertThat(e.get("start_date").get("year").asString()).matches("\\d{4}");
            assertThat(e.get("end_date").get("year").asString()).matches("\\d{4}");
            assertThat(e.get("text").get("headline").asString()).isNotBlank();
            assertThat(e.get("text").get("text").asString()).startsWith("<ul");
            assertThat(e.get("group").asString()).isNotBlank();
            assertThat(e.get("display_date").asString()).isNotBlank();
            ids.add(e.get("unique_id").asString());
        }
        assertThat(ids).doesNotHaveDuplicates();
        // as precise as known: a day has month and day, a year only a year
        assertThat(doc.get("title").get("text").get("text").asString()).doesNotContainPattern("[A-Za-z]");
        for (JsonNode e : events) {
            String shown = e.get("text").get("headline").asString().replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
            assertThat(shown.length()).isLessThanOrEqualTo(TimelineJs.HEADLINE);
            assertThat(e.get("display_date").asString()).doesNotContainPattern("[A-Za-z]");
            assertThat(e.get("group").asString()).doesNotStartWith("chrono-");
        }
        JsonNode day = find(events, "7 أبريل 2021");
        assertThat(day.get("start_date").get("month").asString()).isEqualTo("4");
        assertThat(day.get("start_date").get("day").asString()).isEqualTo("7");
        JsonNode month = find(events, "أوائل أبريل 2021");
        assertThat(month.get("start_date").has("day")).isFalse();
        assertThat(month.get("start_date").get("month").asString()).isEqualTo("4");
        // markup from articles arrives escaped
        assertThat(Files.readString(out)).doesNotContain("<script>").doesNotContain("<img").doesNotContain("javascript:alert\\\"");
    }

    private static JsonNode find(JsonNode events, String displayDate) {
        for (JsonNode e : events) {
            if (e.get("display_date").asString().startsWith(displayDate)) {
                return e;
            }
        }
        throw new AssertionError("no event dated " + displayDate);
    }

    @Test
    void timeMlIsWellFormedWithOffsetsConsistentWithTheText() throws Exception {
        Path out = dir.resolve("tml");
        Exports.write("timeml", db, ChronologyFilter.ALL, true, out);
        List<EventQuery.ArticleText> articles = new EventQuery(db).articles(
                List.of("chrono-a-wire", "chrono-b-daily", "chrono-c-weekly", "chrono-d-monthly", "evil/<id>&\"x\""));
        assertThat(articles).hasSize(5);
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(5);
        }
        for (EventQuery.ArticleText a : articles) {
            Path file = out.resolve(TimeMl.fileName(a.id()));
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(Files.readString(file, StandardCharsets.UTF_8))));
            assertThat(d.getElementsByTagName("DOCID").item(0).getTextContent()).isEqualTo(a.id());
            Element dct = (Element) ((Element) d.getElementsByTagName("DCT").item(0)).getElementsByTagName("TIMEX3").item(0);
            assertThat(dct.getAttribute("functionInDocument")).isEqualTo("CREATION_TIME");
            assertThat(dct.getAttribute("value")).isEqualTo(a.dct().toString());
            Element text = (Element) d.getElementsByTagName("TEXT").item(0);
            assertThat(text.getTextContent()).isEqualTo(a.body());
            // walk TEXT: each TIMEX3 starts where the stored expression starts
            List<int[]> found = new ArrayList<>();
            int at = 0;
            NodeList kids = text.getChildNodes();
            for (int i = 0; i < kids.getLength(); i++) {
                Node k = kids.item(i);
                if (k.getNodeType() == Node.ELEMENT_NODE && ((Element) k).getTagName().equals("TIMEX3")) {
                    found.add(new int[] {at, at + k.getTextContent().length()});
                    assertThat(((Element) k).getAttribute("tid")).matches("t[1-9]\\d*");
                }
                at += k.getTextContent().length();
            }
            assertThat(found).hasSameSizeAs(a.timexes());
            for (int i = 0; i < found.size(); i++) {
                assertThat(found.get(i)).containsExactly(a.timexes().get(i).begin(), a.timexes().get(i).end());
                assertThat(a.body().substring(found.get(i)[0], found.get(i)[1])).isEqualTo(a.timexes().get(i).text());
            }
        }
    }

    @Test
    void csvIsSafeAgainstFormulaInjection() throws Exception {
        Path out = dir.resolve("c.csv");
        Exports.write("csv", db, ChronologyFilter.ALL, true, out);
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFentry_id,");
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertThat(rows.get(0)).isEqualTo(ChronologyCsv.HEADER);
        // one row per entry
        assertThat(rows).hasSize(1 + chronology.entries().size());
        String evidence = Files.readString(ChronologyCsv.evidencePath(out), StandardCharsets.UTF_8);
        assertThat(ChronologyCsv.evidencePath(out).getFileName().toString()).isEqualTo("c.evidence.csv");
        List<List<String>> evidenceRows = parseCsv(evidence.substring(1));
        assertThat(evidenceRows.get(0)).isEqualTo(ChronologyCsv.EVIDENCE_HEADER);
        // one evidence row per member event
        assertThat(evidenceRows).hasSize(1 + chronology.sourceEvents());
        for (List<List<String>> table : List.of(rows, evidenceRows)) {
            for (List<String> row : table) {
                assertThat(row).hasSize(table.get(0).size());
                for (String cell : row) {
                    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                    assertThat(cell.length()).isLessThanOrEqualTo(32_767);
                }
            }
        }
        List<String> evil = evidenceRows.stream().filter(r -> r.get(2).startsWith("evil")).findFirst().orElseThrow();
        assertThat(evil.get(5)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(evil.get(15)).startsWith("'=1+2 قالت مصادر");
        List<String> evilEntry = rows.stream().filter(r -> r.get(8).startsWith("evil")).findFirst().orElseThrow();
        assertThat(evilEntry.get(11)).isEqualTo("'=cmd|' /C calc'!A0");
        // a merged entry summarises its evidence in one short cell
        ChronologyEntry merged = chronology.entries().stream().filter(e -> e.links().size() > 0).findFirst().orElseThrow();
        List<String> mergedRow = rows.stream().filter(r -> r.get(0).equals(merged.id())).findFirst().orElseThrow();
        assertThat(mergedRow.get(19)).startsWith(merged.links().size() + " merged into " + merged.primary().ref())
                .hasSizeLessThan(400);
        assertThat(ChronologyCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ChronologyCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ChronologyCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(ChronologyCsv.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        // a long cell is cut below the spreadsheet limit, even once quoted
        String huge = ChronologyCsv.cell("\"".repeat(40_000));
        assertThat(huge.length()).isGreaterThan(ChronologyCsv.MAX_CELL);
        assertThat(parseCsv(huge + "\r\n").get(0).get(0).length()).isLessThanOrEqualTo(32_767);
    }

    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void htmlCarriesArticleTextAsDataOnly() throws Exception {
        StringWriter w = new StringWriter();
        ChronologyHtml.write(chronology, new PrintWriter(w));
        String html = w.toString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html dir=\"rtl\" lang=\"ar\">");
        // article text travels as JSON in which < > & are escapes: nothing can close the data element
        String data = html.substring(html.indexOf("<script id=\"data\""), html.indexOf("</script>") + 9);
        assertThat(data.substring(data.indexOf('>') + 1, data.length() - 9)).doesNotContain("<").doesNotContain(">")
                .doesNotContain("&");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("href=\"javascript:");
        assertThat(data).contains("\\u003cscript\\u003ealert('x')\\u003c/script\\u003e")
                .contains("\\u003cimg src=x onerror=alert(1)\\u003e");
        // the unsafe URL is not kept at all; the page puts text in with textContent only
        assertThat(data).doesNotContain("javascript:alert");
        assertThat(ChronologyHtml.SCRIPT).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
        // self-contained: nothing is fetched
        assertThat(html).doesNotContain("src=\"http").doesNotContain("<link").doesNotContain("@import");
        // the whole JSON data parses, one entry per chronology entry
        tools.jackson.databind.JsonNode parsed = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(data.substring(data.indexOf('>') + 1, data.length() - 9));
        assertThat(parsed.get("E").size()).isEqualTo(chronology.entries().size());
        // no English on the Arabic page: dates are in Arabic words, four-digit years
        assertThat(parsed.get("E").get(0).get(5).asString()).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void everyFormatIsWrittenByTheJobExportPath() throws Exception {
        for (String f : Exports.FORMATS) {
            Path out = dir.resolve("job-" + f);
            Exports.write(f, db, ChronologyFilter.ALL, true, out);
            assertThat(out).exists();
        }
    }
}
