package org.tarikh.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Quick accuracy harness used while developing the annotators (the real scorer is
 * {@code tarikh eval}): runs a pipeline over gold {@code .tml} files and prints misses, spurious
 * expressions and wrong values, then relaxed/strict F1 and value accuracy.
 * <p>
 * Usage: {@code java -cp ... org.tarikh.annotate.GoldHarness [stock|tarikh] DIR [-v]}
 */
public final class GoldHarness {

    record Gold(int begin, int end, String text, String type, String value, String mod, boolean trap) {
    }

    record Doc(String name, String text, LocalDate dct, List<Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)(TIMEX3|TRAP)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    static Doc parse(Path file) throws IOException {
        String xml = Files.readString(file);
        Matcher dctM = Pattern.compile("<DCT><TIMEX3[^>]*value=\"([^\"]+)\"").matcher(xml);
        LocalDate dct = dctM.find() ? LocalDate.parse(dctM.group(1).substring(0, 10)) : LocalDate.now();
        int a = xml.indexOf("<TEXT>") + 6;
        int b = xml.indexOf("</TEXT>");
        String body = xml.substring(a, b);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int openAt = -1;
        String openAttrs = null;
        String openName = null;
        while (m.find()) {
            text.append(decode(body.substring(last, m.start())));
            last = m.end();
            if (m.group(1).isEmpty()) {
                openAt = text.length();
                openAttrs = m.group(3);
                openName = m.group(2);
            } else {
                String type = null, value = null, mod = null;
                Matcher am = ATTR.matcher(openAttrs);
                while (am.find()) {
                    switch (am.group(1)) {
                        case "type" -> type = am.group(2);
                        case "value" -> value = am.group(2);
                        case "mod" -> mod = am.group(2);
                        default -> { }
                    }
                }
                gold.add(new Gold(openAt, text.length(), text.substring(openAt), type, value, mod,
                        openName.equals("TRAP")));
            }
        }
        text.append(decode(body.substring(last)));
        return new Doc(file.getFileName().toString(), text.toString(), dct, gold);
    }

    static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    public static void main(String[] args) throws IOException {
        boolean stock = args.length > 0 && args[0].equals("stock");
        Path dir = Path.of(args.length > 1 ? args[1] : "/work/main/src/eval/gold");
        boolean verbose = args.length > 2;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        int tp = 0, fn = 0, fp = 0, strict = 0, valueOk = 0;
        try (TemporalPipeline p = stock ? TemporalPipeline.heidelTimeOnly() : TemporalPipeline.create()) {
            for (Path f : files) {
                Doc d = parse(f);
                List<Timex> sys = p.tag(d.text(), d.dct()).timexes();
                boolean[] used = new boolean[sys.size()];
                for (Gold g : d.gold()) {
                    if (g.trap()) {
                        continue;
                    }
                    int hit = -1;
                    for (int i = 0; i < sys.size(); i++) {
                        Timex t = sys.get(i);
                        if (!used[i] && t.begin() < g.end() && g.begin() < t.end()) {
                            hit = i;
                            break;
                        }
                    }
                    if (hit < 0) {
                        fn++;
                        System.out.printf("%s MISS  «%s» %s %s%n", d.name(), g.text(), g.type(), g.value());
                        continue;
                    }
                    used[hit] = true;
                    tp++;
                    Timex t = sys.get(hit);
                    boolean ext = t.begin() == g.begin() && t.end() == g.end();
                    if (ext) {
                        strict++;
                    }
                    boolean val = g.value().equals(t.value()) && g.type().equals(t.type())
                            && java.util.Objects.equals(g.mod(), t.mod());
                    if (val) {
                        valueOk++;
                    }
                    if (!val || (!ext && verbose)) {
                        System.out.printf("%s %s «%s» %s %s %s ← sys «%s» %s %s %s%n", d.name(),
                                val ? "EXT  " : "VALUE", g.text(), g.type(), g.value(), g.mod() == null ? "" : g.mod(),
                                t.text(), t.type(), t.value(), t.mod() == null ? "" : t.mod());
                    }
                }
                for (int i = 0; i < sys.size(); i++) {
                    if (!used[i]) {
                        fp++;
                        Timex t = sys.get(i);
                        boolean trap = d.gold().stream().anyMatch(g -> g.trap() && t.begin() < g.end() && g.begin() < t.end());
                        System.out.printf("%s SPUR%s «%s» %s %s ctx «%s»%n", d.name(), trap ? "T" : " ", t.text(),
                                t.type(), t.value(), d.text().substring(Math.max(0, t.begin() - 15),
                                        Math.min(d.text().length(), t.end() + 15)).replace('\n', ' '));
                    }
                }
            }
        }
        double prec = tp / (double) Math.max(1, tp + fp);
        double rec = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * prec * rec / Math.max(1e-9, prec + rec);
        System.out.printf("files=%d tp=%d fn=%d fp=%d P=%.3f R=%.3f relaxedF1=%.3f strictExtent=%.3f valueAcc=%.3f%n",
                files.size(), tp, fn, fp, prec, rec, f1, strict / (double) Math.max(1, tp),
                valueOk / (double) Math.max(1, tp));
    }
}
