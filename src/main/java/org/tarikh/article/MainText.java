package org.tarikh.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a news page: readability-style. Page furniture (menus, share bars, related
 * links, comments, ads) is removed by tag and by class or id; the remaining blocks of text are
 * scored (one point, one per comma, Arabic «،» included, a point per hundred characters up to
 * three), each score goes to the block's parent and half of it to the grandparent, and the
 * element with the best score, discounted by its share of link text, is the article. Its blocks
 * of text, those not mostly links and not the headline, are the text kept: the body with its
 * dateline (the title is the article's title).
 */
final class MainText {

    /** Furniture whatever else its class says. */
    private static final Pattern FURNITURE = Pattern.compile(
            "comment|share|sharing|social|related|advert|(^|[-_ ])ads?([-_ ]|$)|adslot|banner|sponsor|outbrain|taboola"
                    + "|newsletter|subscribe|breadcrumb|most-?read|read-?also|more-?news|cookie|popup|modal",
            Pattern.CASE_INSENSITIVE);
    /** Furniture unless the class also says content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "menu|(^|[-_ ])nav|footer|sidebar|widget|(^|[-_ ])tags?([-_ ]|$)|promo|popular|pagination|masthead|header"
                    + "|author-?box|toolbar|login|search|ticker|trending|print",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKELY = Pattern.compile(
            "article|body|content|entry|main|story|text|post|detail|news-?item|dateline", Pattern.CASE_INSENSITIVE);

    private static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "svg",
            "nav", "footer", "aside", "button", "input", "select", "textarea", "figure", "template", "object", "embed");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "td");

    private MainText() {
    }

    /** The page's main text, blocks separated by a blank line; empty when the page has none. */
    static String of(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        // the headline is the article's title, not its text, wherever the layout puts it
        Set<String> titles = new java.util.HashSet<>();
        titles.add(doc.title().strip());
        doc.select("meta[property=og:title]").forEach(m -> titles.add(m.attr("content").strip()));
        doc.select("h1").forEach(h -> titles.add(h.text().strip()));
        clean(body);
        Map<Element, Double> scores = new HashMap<>();
        for (Element block : blocks(body)) {
            String text = block.text().strip();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(3, text.length() / 100);
            Element parent = block.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score + initial(parent), (a, b) -> a + score);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2 + initial(grand), (a, b) -> a + score / 2);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return "";
        }
        // siblings that score well belong to the article too (a body split in two containers)
        List<Element> parts = new ArrayList<>();
        Element parent = top.parent();
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent == null ? List.of(top) : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold) {
                parts.add(sibling);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        for (Element part : parts) {
            for (String block : texts(part)) {
                if (!titles.contains(block) && seen.add(block)) {
                    out.append(out.length() > 0 ? "\n\n" : "").append(block);
                }
            }
        }
        return out.toString();
    }

    /** Removes furniture: by tag, and by class or id. */
    private static void clean(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            String names = e.className() + " " + e.id();
            if (REMOVED_TAGS.contains(tag)
                    || tag.equals("header") && e.closest("article") == null
                    || FURNITURE.matcher(names).find()
                    || UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find()
                    || "true".equals(e.attr("aria-hidden")) || e.attr("role").matches("navigation|complementary|banner")) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /** Elements holding text: the block tags, and divs whose own text nodes carry the text (lines split by br). */
    private static List<Element> blocks(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (BLOCKS.contains(e.normalName()) || e.normalName().equals("div") && ownText(e).length() >= 25) {
                out.add(e);
            }
        }
        return out;
    }

    /** The texts kept from the article element: each block not mostly links, and a div's own lines. */
    private static List<String> texts(Element root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<String> out) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag) || tag.equals("h1")) {
            String text = e.text().strip();
            if (!text.isEmpty() && !tag.equals("h1") && linkDensity(e) <= 0.5) {
                out.add(text);
            }
            return;
        }
        StringBuilder line = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.text());
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br") || c.isBlock()) {
                    flush(line, out);
                    if (!c.normalName().equals("br")) {
                        collect(c, out);
                    }
                } else if (c.normalName().equals("a")) {
                    line.append(c.text()); // a link inside a running line is part of it
                } else {
                    line.append(c.text());
                }
            }
        }
        flush(line, out);
    }

    private static void flush(StringBuilder line, List<String> out) {
        String s = line.toString().replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        line.setLength(0);
    }

    private static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            }
        }
        return b.toString().strip();
    }

    /** Class and id say content (+25) or furniture (-25); a div or article tag is a likely container. */
    private static double initial(Element e) {
        String names = e.className() + " " + e.id();
        double w = LIKELY.matcher(names).find() ? 25 : 0;
        w -= UNLIKELY.matcher(names).find() ? 25 : 0;
        return w + switch (e.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "ol", "ul" -> -3;
            default -> 0;
        };
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / all);
    }
}
