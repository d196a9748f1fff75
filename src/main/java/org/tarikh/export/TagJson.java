package org.tarikh.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.Event;
import org.tarikh.annotate.Timex;

/**
 * The stable JSON shape of {@code tarikh tag} output, one object per article:
 * <pre>
 * {"id", "timexes": [{"begin","end","text","type","value","mod"}],
 *  "events": [{"begin","end","text","timex","start","until","granularity","vague",
 *              "value","relation","kind","trigger":{"begin","end","text"}}]}
 * </pre>
 * {@code begin}/{@code end} are UTF-16 indexes into the article text; {@code timex} is the
 * index of the anchoring expression in {@code timexes}, null when the event inherits the
 * publication date; {@code relation} is {@code on} or {@code on_or_before} (no time of its own);
 * {@code kind} is {@code happening}, {@code state} or {@code opinion}; {@code trigger} is the
 * event's verb or event noun (null for a dated sentence without one). Tooling relies on this: add fields,
 * never rename or remove them.
 */
public final class TagJson {

    private TagJson() {
    }

    public static Map<String, Object> of(AnnotatedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.article().id());
        List<Map<String, Object>> timexes = new ArrayList<>();
        for (Timex t : a.timexes()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("begin", t.begin());
            tm.put("end", t.end());
            tm.put("text", t.text());
            tm.put("type", t.type());
            tm.put("value", t.value());
            tm.put("mod", t.mod());
            tm.put("rule", t.rule());
            timexes.add(tm);
        }
        m.put("timexes", timexes);
        List<Map<String, Object>> events = new ArrayList<>();
        for (Event e : a.events()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("begin", e.begin());
            em.put("end", e.end());
            em.put("text", e.text());
            em.put("timex", e.anchor() == null ? null : a.positionOf(e.anchor()));
            em.put("start", e.interval().start().toString());
            em.put("until", e.interval().end().toString());
            em.put("granularity", e.interval().granularity().name());
            em.put("vague", e.interval().vague());
            em.put("value", e.anchor() == null ? a.article().dct().toString() : e.anchor().value());
            em.put("relation", e.relation().name().toLowerCase(java.util.Locale.ROOT));
            em.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (e.trigger() != null) {
                Map<String, Object> tr = new LinkedHashMap<>();
                tr.put("begin", e.trigger().begin());
                tr.put("end", e.trigger().end());
                tr.put("text", e.trigger().text());
                em.put("trigger", tr);
            } else {
                em.put("trigger", null);
            }
            events.add(em);
        }
        m.put("events", events);
        return m;
    }
}
