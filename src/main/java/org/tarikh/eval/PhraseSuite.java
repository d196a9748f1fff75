package org.tarikh.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The everyday-phrase suite of {@code src/eval/phrases/phrases.tsv}: short sentences in MSA and
 * in Gulf, Levantine, Egyptian and Maghrebi Arabic, each with one expression and its gold value
 * against the reference date (and, when given, time: {@code reference 2024-05-15T10:00}) of the file's
 * first line; «بعد ساعتين» is counted from that time. Each phrase is scored as a one-expression
 * {@link GoldDocument}; a phrase is right when a system expression overlaps its expression with
 * the gold value and mod. Every third phrase (p003, p006, …) is held out: vocabulary is developed
 * on the errors of the others only, and the report gives both parts.
 */
public record PhraseSuite(LocalDate reference, java.time.LocalTime referenceTime, List<GoldDocument> documents,
        Map<String, String> dialects) {

    private static final Pattern REFERENCE = Pattern.compile("reference (\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}))?");

    public static PhraseSuite read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        LocalDate reference = null;
        java.time.LocalTime referenceTime = null;
        List<GoldDocument> docs = new ArrayList<>();
        Map<String, String> dialects = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.startsWith("#")) {
                Matcher m = REFERENCE.matcher(line);
                if (reference == null && m.find()) {
                    reference = LocalDate.parse(m.group(1));
                    referenceTime = m.group(2) == null ? null : java.time.LocalTime.parse(m.group(2));
                }
                continue;
            }
            if (line.isBlank() || line.startsWith("id\t")) {
                continue;
            }
            if (reference == null) {
                throw new GoldFormatException(tsv, lineNo, "no '# … reference YYYY-MM-DD[THH:MM]' line before the phrases");
            }
            String[] f = line.split("\t", -1);
            if (f.length < 7) {
                throw new GoldFormatException(tsv, lineNo, "expected id, dialect, sentence, expression, type, value, mod");
            }
            String sentence = f[2];
            String expression = f[3];
            int at = sentence.indexOf(expression);
            if (expression.isEmpty() || at < 0 || sentence.indexOf(expression, at + 1) >= 0) {
                throw new GoldFormatException(tsv, lineNo, "the expression must occur exactly once in its sentence");
            }
            if (!GoldDocument.TYPES.contains(f[4])) {
                throw new GoldFormatException(tsv, lineNo, "unknown type " + f[4]);
            }
            String mod = f[6].isBlank() ? null : f[6].strip();
            if (mod != null && !GoldDocument.MODS.contains(mod)) {
                throw new GoldFormatException(tsv, lineNo, "unknown mod " + mod);
            }
            GoldTimex t = new GoldTimex("t1", at, at + expression.length(), expression, f[4], f[5].strip(), mod, Set.of());
            docs.add(new GoldDocument(f[0], tsv, sentence, reference, List.of(t), List.of(), referenceTime));
            dialects.put(f[0], f[1]);
        }
        return new PhraseSuite(reference, referenceTime, List.copyOf(docs), dialects);
    }

    /** The held-out third ({@code heldOut} true) or the development two thirds. */
    public PhraseSuite part(boolean heldOut) {
        return new PhraseSuite(reference, referenceTime, documents.stream().filter(d -> heldOut(d.id()) == heldOut).toList(), dialects);
    }

    /** Whether a phrase belongs to the held-out third (its number divisible by three). */
    public static boolean heldOut(String id) {
        String digits = id.replaceAll("\\D", "");
        return !digits.isEmpty() && Integer.parseInt(digits) % 3 == 0;
    }

    /** Phrases whose expression was found with the gold value and mod, by dialect ("all" first): {right, total}. */
    public Map<String, int[]> correctByDialect(SystemResult result) {
        Set<String> wrong = new java.util.HashSet<>();
        for (EvalError e : result.errors()) {
            if (e.expected() != null && (e.kind().equals("missed") || e.kind().contains("value"))) {
                wrong.add(e.doc());
            }
        }
        wrong.addAll(result.failures().keySet());
        Map<String, int[]> out = new LinkedHashMap<>();
        out.put("all", new int[2]);
        out.put("development", new int[2]);
        out.put("held-out", new int[2]);
        Map<String, int[]> byDialect = new TreeMap<>();
        for (GoldDocument d : documents) {
            int[] all = out.get("all");
            int[] one = byDialect.computeIfAbsent(dialects.get(d.id()), k -> new int[2]);
            int[] part = out.get(heldOut(d.id()) ? "held-out" : "development");
            boolean right = !wrong.contains(d.id());
            all[1]++;
            one[1]++;
            part[1]++;
            if (right) {
                all[0]++;
                one[0]++;
                part[0]++;
            }
        }
        out.putAll(byDialect);
        return out;
    }
}
