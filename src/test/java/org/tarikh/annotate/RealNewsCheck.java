package org.tarikh.annotate;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Robustness and speed check on real, unannotated news (not a unit test): runs the stock and the
 * Tarikh pipeline over the first N articles of a SaudiNewsNet day, checks the offset contract and
 * prints time per article and the expressions with their context for eyeballing.
 * <p>
 * Usage: {@code java -cp ... org.tarikh.annotate.RealNewsCheck ZIP N [print]}
 */
public final class RealNewsCheck {

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        boolean print = args.length > 2;
        List<String[]> articles = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.entries().nextElement();
            try (InputStream in = z.getInputStream(e)) {
                JsonNode arr = new ObjectMapper().readTree(in);
                for (JsonNode a : arr) {
                    if (articles.size() >= n) {
                        break;
                    }
                    articles.add(new String[] {a.get("content").asString(), a.get("date_extracted").asString()});
                }
            }
        }
        for (String which : new String[] {"stock", "tarikh"}) {
            try (TemporalPipeline p = which.equals("stock") ? TemporalPipeline.heidelTimeOnly() : TemporalPipeline.create()) {
                for (int w = 0; w < Math.min(5, articles.size()); w++) {
                    p.tag(articles.get(w)[0], LocalDate.of(2015, 7, 21)); // warm-up
                }
                long t0 = System.nanoTime();
                int count = 0;
                int bad = 0;
                for (String[] a : articles) {
                    String text = a[0];
                    LocalDate dct = LocalDate.parse(a[1].substring(0, 10));
                    TaggedText tt = p.tag(text, dct);
                    int prevEnd = -1;
                    for (Timex t : tt.timexes()) {
                        count++;
                        boolean ok = t.begin() < t.end() && text.substring(t.begin(), t.end()).equals(t.text())
                                && t.begin() >= prevEnd && t.value() != null;
                        prevEnd = t.end();
                        if (!ok) {
                            bad++;
                            System.out.println("BAD " + t);
                        }
                        if (print && which.equals("tarikh")) {
                            System.out.printf("%s %s %s «%s» ctx «%s»%n", dct, t.type(), t.value() + (t.mod() == null ? "" : " " + t.mod()),
                                    t.text(), text.substring(Math.max(0, t.begin() - 25), Math.min(text.length(), t.end() + 25)).replace('\n', ' '));
                        }
                    }
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("%s: %d articles, %d expressions, %d contract violations, %.1f ms/article%n", which,
                        articles.size(), count, bad, ms / (double) articles.size());
            }
        }
    }
}
