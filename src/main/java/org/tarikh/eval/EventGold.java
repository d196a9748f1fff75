package org.tarikh.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event gold (src/eval/events/*.json, written with scripts/events_gold.py): per topic, articles
 * of the shared SaudiNewsNet corpus (file, index, SHA-256 of the content, the judged publication
 * day) and their events, each at the n-th occurrence of its trigger word, with its kind, and for
 * happenings the cluster (one id per happening across articles), the TIMEX3 value of its date and
 * whether the text dates it ({@code on}) or it happened {@code on_or_before} that date.
 */
public record EventGold(String slug, String topic, String query, List<GoldArticle> articles, List<GoldEvent> events) {

    public record GoldArticle(String key, String file, int index, String source, String url, LocalDate dct,
            String title, String text) {
    }

    /** {@code begin}: offset of the trigger in the article text. */
    public record GoldEvent(String id, String article, String trigger, int begin, String kind, String cluster,
            String value, String relation) {

        public boolean happening() {
            return "happening".equals(kind);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every topic file of {@code dir}, texts read from {@code corpus} and checked against their SHA-256. */
    public static List<EventGold> readDirectory(Path dir, Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        Map<String, JsonNode> zips = new HashMap<>();
        List<EventGold> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f, corpus, zips));
        }
        return out;
    }

    static EventGold read(Path file, Path corpus, Map<String, JsonNode> zips) throws IOException {
        String slug = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<GoldArticle> articles = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode a : root.get("articles")) {
            String zip = a.get("file").asString();
            JsonNode records = zips.get(zip);
            if (records == null) {
                records = readZip(corpus.resolve(zip));
                zips.put(zip, records);
            }
            JsonNode r = records.get(a.get("index").asInt());
            String text = r.get("content").asString();
            if (!sha256(text).equals(a.get("sha256").asString())) {
                throw new IOException(slug + " " + a.get("key").asString() + ": the corpus text differs from the gold's (sha256)");
            }
            String dct = a.path("dct").asString("");
            if (dct.isEmpty()) {
                continue; // not judged yet
            }
            articles.add(new GoldArticle(a.get("key").asString(), zip, a.get("index").asInt(), a.path("source").asString(""),
                    a.path("url").asString(""), LocalDate.parse(dct), r.path("title").asString(""), text));
            texts.put(a.get("key").asString(), text);
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            String art = e.get("article").asString();
            String text = texts.get(art);
            if (text == null) {
                continue;
            }
            String trigger = e.get("trigger").asString();
            int occurrence = e.path("occurrence").asInt(1);
            int at = -1;
            for (int k = 0; k < occurrence; k++) {
                at = text.indexOf(trigger, at < 0 ? 0 : at + trigger.length());
                if (at < 0) {
                    break;
                }
            }
            if (at < 0) {
                throw new IOException(slug + " " + e.get("id").asString() + ": trigger «" + trigger + "» occurrence "
                        + occurrence + " not in the text");
            }
            events.add(new GoldEvent(e.get("id").asString(), art, trigger, at, e.path("kind").asString(""),
                    e.path("cluster").asString(e.get("id").asString()), e.path("value").asString(null), e.path("relation").asString("on")));
        }
        return new EventGold(slug, root.path("topic").asString(slug), root.path("query").asString(""), articles, events);
    }

    private static JsonNode readZip(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry first = z.entries().nextElement();
            try (InputStream in = z.getInputStream(first)) {
                return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
