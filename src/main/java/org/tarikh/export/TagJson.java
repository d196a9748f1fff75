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
 *  "events": [{"begin","end","text","timex","start","until","granularity","vague"}]}
 * </pre>
 * {@code begin}/{@code end} are UTF-16 indexes into the article text; {@code timex} is the
 * index of the anchoring expression in {@code timexes}. Tooling relies on this: add fields,
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
            em.put("timex", a.positionOf(e.anchor()));
            em.put("start", e.interval().start().toString());
            em.put("until", e.interval().end().toString());
            em.put("granularity", e.interval().granularity().name());
            em.put("vague", e.interval().vague());
            events.add(em);
        }
        m.put("events", events);
        return m;
    }
}
