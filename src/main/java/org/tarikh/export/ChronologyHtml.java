package org.tarikh.export;

import static org.tarikh.export.Html.escape;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.DateReport;
import org.tarikh.chronology.MergeLink;
import org.tarikh.chronology.Precision;
import org.tarikh.chronology.SourceEvent;

/**
 * A self-contained chronology page: one HTML file with its style and a small script inline,
 * no network access, {@code dir="rtl" lang="ar"}. A time axis runs right to left (earliest at
 * the right) with a mark per entry; entries are grouped by year and month; each shows how
 * precise its date is and where it came from, its sources (linked, with the sentence and the
 * expression highlighted) and why they were merged. Everything taken from articles is
 * HTML-escaped, and only http(s) URLs become links.
 * <p>
 * The inline script only measures: it writes the computed {@code direction} and a few
 * bounding boxes into {@code <pre id="layout-report">}, which the rendering test reads from
 * headless Chromium's DOM dump.
 */
public final class ChronologyHtml {

    static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

    private ChronologyHtml() {
    }

    public static void write(Chronology c, PrintWriter out) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = "تسلسل زمني" + (c.filter().query() == null ? "" : ": " + c.filter().query())
                + (c.filter().entity() == null ? "" : " — " + c.filter().entity());
        b.append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>").append(escape(title)).append("</h1>\n<p class=\"summary\">")
                .append(c.entries().size()).append(" مدخلاً من ").append(c.sourceEvents()).append(" حدثاً في ")
                .append(c.articles()).append(" مقالاً؛ ").append(c.mergedEntries()).append(" مدخلاً مدموجاً من عدة مصادر")
                .append(filterText(c)).append("</p></header>\n");
        axis(b, c.entries());
        b.append("<main>\n");
        Map<Integer, Map<Integer, List<ChronologyEntry>>> byYear = new LinkedHashMap<>();
        for (ChronologyEntry e : c.entries()) {
            int month = coarserThanMonth(e.precision()) ? 0 : e.start().getMonthValue();
            byYear.computeIfAbsent(e.start().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Integer, Map<Integer, List<ChronologyEntry>>> year : byYear.entrySet()) {
            b.append("<section class=\"year\" id=\"y").append(year.getKey()).append("\">\n<h2>")
                    .append(year.getKey()).append("</h2>\n");
            for (Map.Entry<Integer, List<ChronologyEntry>> month : year.getValue().entrySet()) {
                b.append("<section class=\"month\">\n<h3>")
                        .append(month.getKey() == 0 ? "خلال السنة (دون شهر محدد)" : MONTHS[month.getKey() - 1] + " " + year.getKey())
                        .append("</h3>\n");
                for (ChronologyEntry e : month.getValue()) {
                    entry(b, e);
                }
                b.append("</section>\n");
            }
            b.append("</section>\n");
        }
        if (c.entries().isEmpty()) {
            b.append("<p class=\"empty\">لا أحداث مطابقة.</p>\n");
        }
        b.append("</main>\n<pre id=\"layout-report\" hidden></pre>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.print(b);
        out.flush();
    }

    private static String filterText(Chronology c) {
        List<String> parts = new ArrayList<>();
        if (c.filter().query() != null) {
            parts.add("بحث: «" + escape(c.filter().query()) + "»");
        }
        if (c.filter().entity() != null) {
            parts.add("كيان: «" + escape(c.filter().entity()) + "»");
        }
        if (c.filter().source() != null) {
            parts.add("مصدر: " + escape(c.filter().source()));
        }
        if (c.filter().article() != null) {
            parts.add("مقال: " + escape(c.filter().article()));
        }
        if (c.filter().from() != null) {
            parts.add("من " + c.filter().from());
        }
        if (c.filter().to() != null) {
            parts.add("إلى " + c.filter().to());
        }
        return parts.isEmpty() ? "" : " — " + String.join("، ", parts);
    }

    private static boolean coarserThanMonth(Precision p) {
        return List.of("YEAR", "HALF_YEAR", "DECADE", "CENTURY").contains(p.granularity());
    }

    /** The time axis: earliest entry at the right edge, latest at the left, one mark per entry. */
    private static void axis(StringBuilder b, List<ChronologyEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        LocalDateTime min = entries.stream().map(ChronologyEntry::start).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime max = entries.stream().map(ChronologyEntry::start).max(LocalDateTime::compareTo).orElseThrow();
        double span = Math.max(1, Duration.between(min, max).toMinutes());
        b.append("<nav class=\"axis\" aria-label=\"المحور الزمني\">\n<div class=\"line\"></div>\n");
        for (int y = min.getYear(); y <= max.getYear(); y++) {
            LocalDateTime jan1 = LocalDateTime.of(y, 1, 1, 0, 0);
            if (!jan1.isBefore(min) || y == min.getYear()) {
                double at = jan1.isBefore(min) ? 0 : Duration.between(min, jan1).toMinutes() / span * 100;
                b.append("<span class=\"year-mark\" style=\"right:").append(pct(at)).append("%\">").append(y).append("</span>\n");
            }
        }
        for (ChronologyEntry e : entries) {
            double at = Duration.between(min, e.start()).toMinutes() / span * 100;
            b.append("<a class=\"tick").append(e.sources().size() > 1 ? " merged" : "")
                    .append(e.dateConflict() ? " conflict" : "").append("\" href=\"#").append(e.id())
                    .append("\" data-entry=\"").append(e.id()).append("\" data-start=\"").append(e.start())
                    .append("\" style=\"right:").append(pct(at)).append("%\" title=\"")
                    .append(escape(e.precision().display())).append("\"></a>\n");
        }
        b.append("</nav>\n");
    }

    private static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", Math.max(0, Math.min(100, v)));
    }

    private static void entry(StringBuilder b, ChronologyEntry e) {
        b.append("<article class=\"entry").append(e.dateConflict() ? " conflict" : "").append("\" id=\"")
                .append(e.id()).append("\">\n<div class=\"when\"><time datetime=\"").append(e.start().toLocalDate())
                .append("\" dir=\"ltr\">").append(escape(e.precision().display())).append("</time> ")
                .append("<span class=\"precision\">").append(escape(precisionAr(e.precision()))).append("</span>");
        if (e.sources().size() > 1) {
            b.append(" <span class=\"count\">").append(e.sources().size()).append(" مصادر</span>");
        }
        if (e.dateConflict()) {
            b.append(" <span class=\"conflict-flag\">تواريخ متعارضة: ");
            List<String> ds = new ArrayList<>();
            for (DateReport d : e.dates()) {
                ds.add("<bdi>" + escape(d.precision().display()) + "</bdi> (" + d.refs().size() + ")");
            }
            b.append(String.join(" / ", ds)).append("</span>");
        }
        b.append("</div>\n<p class=\"headline\">").append(Html.highlighted(e.primary())).append("</p>\n<ol class=\"sources\">\n");
        for (SourceEvent s : e.sources()) {
            b.append("<li id=\"").append(e.id()).append("-").append(escape(s.articleId().replaceAll("[^\\p{L}\\p{N}_-]", "_")))
                    .append("-").append(s.seq()).append("\"><div class=\"cite\">");
            String name = escape(s.source() == null ? s.articleId() : s.source())
                    + (s.title() == null ? "" : " — " + escape(s.title()));
            if (Html.safeUrl(s.url())) {
                b.append("<a href=\"").append(escape(s.url())).append("\" rel=\"noreferrer\">").append(name).append("</a>");
            } else {
                b.append("<span class=\"src\">").append(name).append("</span>");
            }
            b.append(" <span class=\"pub\">نُشر <bdi>").append(s.dct()).append("</bdi></span> <span class=\"ref\"><bdi>")
                    .append(escape(s.ref())).append("</bdi></span> <span class=\"precision\">«")
                    .append(escape(s.expression())).append("» → <bdi>").append(escape(s.precision().display()))
                    .append("</bdi> · ").append(escape(precisionAr(s.precision()))).append("</span></div>\n<blockquote>")
                    .append(Html.highlighted(s)).append("</blockquote></li>\n");
        }
        b.append("</ol>\n");
        if (!e.links().isEmpty()) {
            b.append("<details class=\"why\"><summary>لماذا دُمجت هذه المصادر؟</summary><ul>\n");
            for (MergeLink l : e.links()) {
                b.append("<li><bdi>").append(escape(l.a())).append("</bdi> ≈ <bdi>").append(escape(l.b()))
                        .append("</bdi>: تشابه ").append(String.format(java.util.Locale.ROOT, "%.2f", l.similarity()))
                        .append("، كلمات مشتركة: ").append(escape(String.join("، ", l.sharedTerms())))
                        .append("، الزمن: ").append(escape(timeAr(l.time())))
                        .append(l.dateConflict() ? " (تاريخان متعارضان، أُبقي عليهما)" : "").append("</li>\n");
            }
            b.append("</ul></details>\n");
        }
        b.append("</article>\n");
    }

    static String precisionAr(Precision p) {
        String g = switch (p.granularity()) {
            case "MINUTE" -> "دقيقة";
            case "HOUR" -> "ساعة";
            case "PART_OF_DAY" -> "جزء من اليوم";
            case "DAY" -> "يوم";
            case "WEEK" -> "أسبوع";
            case "MONTH" -> "شهر";
            case "QUARTER" -> "ربع سنة";
            case "SEASON" -> "فصل";
            case "HALF_YEAR" -> "نصف سنة";
            case "YEAR" -> "سنة";
            case "DECADE" -> "عقد";
            case "CENTURY" -> "قرن";
            default -> "مبهم";
        };
        if (p.mod() != null) {
            g += switch (p.mod()) {
                case "START" -> " (بداية)";
                case "MID" -> " (منتصف)";
                default -> " (نهاية)";
            };
        }
        String prov = switch (p.provenance()) {
            case EXPLICIT -> "تعبير صريح";
            case INHERITED -> "موروث من السياق";
            case PUBLICATION_DATE -> "تاريخ النشر";
        };
        return "الدقة: " + g + " · المصدر: " + prov + (p.relative() ? " · نسبي إلى تاريخ النشر" : "");
    }

    private static String timeAr(String time) {
        if (time.startsWith("disjoint")) {
            return "متباعدان " + time.replaceAll("\\D+", " ").strip() + " يوم";
        }
        return switch (time) {
            case "same" -> "التاريخ نفسه";
            case "contains" -> "أحدهما يحتوي الآخر";
            default -> "متداخلان";
        };
    }

    private static final String CSS = """
            body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",sans-serif;margin:0 auto;max-width:960px;padding:1rem 1.5rem;color:#222;background:#fcfcfa;line-height:1.7}
            h1{font-size:1.6rem;margin:.2rem 0}.summary{color:#555;margin:.2rem 0 1rem}
            h2{border-bottom:2px solid #345;margin-top:2rem}h3{color:#345;margin:1.2rem 0 .4rem}
            .axis{position:relative;height:56px;margin:1rem 8px 1.5rem;direction:rtl}
            .axis .line{position:absolute;top:24px;left:0;right:0;height:2px;background:#345}
            .axis .tick{position:absolute;top:16px;width:10px;height:18px;margin-right:-5px;background:#6a8caf;border-radius:3px}
            .axis .tick.merged{background:#1f5f99}.axis .tick.conflict{background:#c0392b}
            .axis .year-mark{position:absolute;top:36px;margin-right:-1rem;font-size:.8rem;color:#345}
            .entry{border-right:4px solid #6a8caf;background:#fff;margin:.6rem 0;padding:.5rem 1rem;box-shadow:0 1px 2px #0002}
            .entry.conflict{border-right-color:#c0392b}
            .when{font-weight:bold}.when time{unicode-bidi:isolate}
            .precision{font-weight:normal;font-size:.85rem;color:#555;background:#eef2f6;border-radius:4px;padding:0 .4rem}
            .count{font-size:.85rem;color:#1f5f99}.conflict-flag{font-size:.85rem;color:#c0392b}
            .headline{font-size:1.1rem;margin:.3rem 0}
            mark{background:#ffe58a;padding:0 .1rem}
            .sources{margin:.2rem 0;padding-right:1.2rem}.sources li{margin:.3rem 0}
            .cite{font-size:.9rem}.pub,.ref{color:#777;font-size:.8rem}
            blockquote{margin:.1rem 0 .3rem;padding-right:.6rem;border-right:2px solid #ddd;color:#333}
            .why{font-size:.85rem;color:#444}
            """;

    private static final String SCRIPT = """
            (function () {
              function box(el) { var r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, width: r.width}; }
              function content(el) {
                var r = el.getBoundingClientRect(), s = getComputedStyle(el);
                return {left: r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth),
                        right: r.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth)};
              }
              function chars(node) {
                var t = node.firstChild;
                if (!t || t.nodeType !== 3 || t.length < 2) { return null; }
                var a = document.createRange(); a.setStart(t, 0); a.setEnd(t, 1);
                var z = document.createRange(); z.setStart(t, t.length - 1); z.setEnd(t, t.length);
                return {first: box(a), last: box(z)};
              }
              var report = {documentDirection: getComputedStyle(document.documentElement).direction,
                            lang: document.documentElement.lang, entries: [], ticks: []};
              document.querySelectorAll('.entry').forEach(function (el) {
                var p = el.querySelector('.when .precision');
                report.entries.push({id: el.id, direction: getComputedStyle(el).direction,
                  textAlign: getComputedStyle(el).textAlign, box: content(el), label: box(p), labelChars: chars(p),
                  sources: el.querySelectorAll('.sources li').length});
              });
              document.querySelectorAll('.axis .tick').forEach(function (t) {
                var r = t.getBoundingClientRect();
                report.ticks.push({entry: t.dataset.entry, start: t.dataset.start, center: (r.left + r.right) / 2});
              });
              document.getElementById('layout-report').textContent = JSON.stringify(report);
            })();
            """;
}
