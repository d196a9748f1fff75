package org.tarikh.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real-news gold of {@code src/eval/realnews}: articles of the shared SaudiNewsNet corpus,
 * annotated blind (docs/annotation-guidelines.md, "Real news"). The texts are never copied into
 * the project: {@code sample.tsv} names each article by corpus file, index and SHA-256 of its
 * content, and each annotation file ({@code dev/ID.json}, {@code heldout/ID.json}) locates its
 * expressions by exact text and occurrence number. Loading reads the texts from the corpus, checks
 * their hashes and turns every annotation into offsets, so the result is an ordinary
 * {@link GoldDocument}.
 */
public final class RealNewsGold {

    /** Where the shared corpus sits relative to a checkout, as in CI and on developers' machines. */
    public static final Path DEFAULT_CORPUS = Path.of("../shared/corpora/saudinewsnet");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealNewsGold() {
    }

    /** True when {@code dir} holds real-news annotation files rather than {@code .tml} gold. */
    public static boolean isRealNewsDirectory(Path dir) {
        return Files.isRegularFile(sampleOf(dir));
    }

    /**
     * Every annotation file of {@code dir} ({@code src/eval/realnews/dev} or {@code …/heldout}),
     * in file-name order, with its text read from {@code corpus}.
     */
    public static List<GoldDocument> read(Path dir, Path corpus) throws IOException {
        Map<String, String[]> sample = readSample(sampleOf(dir));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        Map<String, List<String>> contents = new HashMap<>();
        List<GoldDocument> docs = new ArrayList<>();
        for (Path file : files) {
            JsonNode g;
            try {
                g = JSON.readTree(file.toFile());
            } catch (RuntimeException e) {
                throw new GoldFormatException(file, -1, "not valid JSON: " + e.getMessage(), e);
            }
            String id = g.path("id").asString(fileStem(file));
            String[] row = sample.get(id);
            if (row == null) {
                throw new GoldFormatException(file, -1, "id " + id + " is not in " + sampleOf(dir));
            }
            String text = contents.computeIfAbsent(row[2], f -> readCorpusFile(corpus.resolve(f), file))
                    .get(Integer.parseInt(row[3]));
            if (!sha256(text).equals(row[5])) {
                throw new GoldFormatException(file, -1, "the corpus text of " + id + " (" + row[2] + " #" + row[3]
                        + ") does not have the SHA-256 of the sample: the corpus changed");
            }
            docs.add(document(file, id, text, g));
        }
        return docs;
    }

    private static GoldDocument document(Path file, String id, String text, JsonNode g) {
        LocalDate dct;
        try {
            dct = LocalDate.parse(g.path("dct").asString(""));
        } catch (DateTimeParseException e) {
            throw new GoldFormatException(file, -1, "dct is not a date: " + g.path("dct"));
        }
        List<GoldTimex> timexes = new ArrayList<>();
        int n = 0;
        for (JsonNode t : g.path("timexes")) {
            int[] span = locate(file, text, t);
            String type = t.path("type").asString(null);
            if (!GoldDocument.TYPES.contains(type)) {
                throw new GoldFormatException(file, -1, "«" + t.path("text").asString() + "»: unknown type " + type);
            }
            String mod = t.path("mod").isNull() ? null : blankToNull(t.path("mod").asString(null));
            if (mod != null && !GoldDocument.MODS.contains(mod)) {
                throw new GoldFormatException(file, -1, "«" + t.path("text").asString() + "»: unknown mod " + mod);
            }
            String value = t.path("value").asString("");
            if (value.isBlank()) {
                throw new GoldFormatException(file, -1, "«" + t.path("text").asString() + "»: no value");
            }
            timexes.add(new GoldTimex("t" + ++n, span[0], span[1], text.substring(span[0], span[1]), type, value,
                    mod, labels(file, t.path("phen").asString(""))));
        }
        List<GoldTrap> traps = new ArrayList<>();
        for (JsonNode t : g.path("traps")) {
            int[] span = locate(file, text, t);
            traps.add(new GoldTrap(span[0], span[1], text.substring(span[0], span[1]), Set.of(Phenomena.FALSE_POSITIVE)));
        }
        timexes.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        traps.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new GoldDocument(id, file, text, dct, List.copyOf(timexes), List.copyOf(traps));
    }

    /** The n-th occurrence (1-based, left to right, not overlapping) of the annotation's exact text. */
    static int[] locate(Path file, String text, JsonNode annotation) {
        String s = annotation.path("text").asString("");
        int occurrence = annotation.path("occurrence").asInt(1);
        if (s.isEmpty()) {
            throw new GoldFormatException(file, -1, "an annotation without text");
        }
        int at = -1;
        int from = 0;
        for (int k = 0; k < occurrence; k++) {
            at = text.indexOf(s, from);
            if (at < 0) {
                throw new GoldFormatException(file, -1, "«" + s + "» occurrence " + occurrence + " is not in the text");
            }
            from = at + s.length();
        }
        return new int[] {at, at + s.length()};
    }

    private static Set<String> labels(Path file, String phen) {
        Set<String> labels = new LinkedHashSet<>(Arrays.asList(phen.trim().split("\\s+")));
        labels.remove("");
        for (String l : labels) {
            if (!Phenomena.LABELS.contains(l)) {
                throw new GoldFormatException(file, -1, "unknown phen label '" + l + "'");
            }
        }
        return Set.copyOf(labels);
    }

    /** {@code sample.tsv} rows by doc id: id, set, file, index, source, sha256, url, date_extracted. */
    static Map<String, String[]> readSample(Path tsv) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.put(f[0], f);
        }
        return rows;
    }

    /** The contents of one daily file of the corpus (a zip holding one JSON array), in order. */
    private static List<String> readCorpusFile(Path zip, Path goldFile) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.entries().nextElement();
            try (InputStream in = z.getInputStream(e)) {
                List<String> out = new ArrayList<>();
                for (JsonNode r : JSON.readTree(in)) {
                    out.add(r.path("content").asString(""));
                }
                return out;
            }
        } catch (IOException | RuntimeException e) {
            throw new GoldFormatException(goldFile, -1, "cannot read the corpus file " + zip + ": " + e.getMessage(), e);
        }
    }

    private static Path sampleOf(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return parent == null ? dir.resolve("sample.tsv") : parent.resolve("sample.tsv");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileStem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
