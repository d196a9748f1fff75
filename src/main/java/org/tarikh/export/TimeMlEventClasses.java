package org.tarikh.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.tarikh.RuleData;
import org.tarikh.chronology.SourceEvent;

/**
 * The TimeML 1.2.1 EVENT class of a Tarikh event, from {@code timeml-event-classes.txt}: the
 * line of its trigger group ({@code report:call}), else of its kind ({@code STATE}), else of its
 * trigger class ({@code report:*}), else OCCURRENCE.
 */
public final class TimeMlEventClasses {

    /** The classes of TimeML 1.2.1. */
    static final Set<String> CLASSES = Set.of("OCCURRENCE", "REPORTING", "STATE", "I_STATE", "I_ACTION", "ASPECTUAL",
            "PERCEPTION");

    private final Map<String, String> classes;

    private TimeMlEventClasses(Map<String, String> classes) {
        this.classes = Map.copyOf(classes);
    }

    public static TimeMlEventClasses load() {
        Map<String, String> classes = new HashMap<>();
        for (String line : RuleData.lines(TimeMlEventClasses.class, "timeml-event-classes.txt")) {
            String[] f = line.split("\\s+");
            if (f.length != 2 || !CLASSES.contains(f[1])) {
                throw new IllegalStateException("timeml-event-classes.txt: not KEY CLASS (a TimeML class): " + line);
            }
            if (classes.putIfAbsent(f[0], f[1]) != null) {
                throw new IllegalStateException("timeml-event-classes.txt: " + f[0] + " twice");
            }
        }
        return new TimeMlEventClasses(classes);
    }

    /** The class of an event with this trigger group (may be null) and kind. */
    public String of(String group, String kind) {
        if (group != null && classes.containsKey(group)) {
            return classes.get(group);
        }
        if (kind != null && classes.containsKey(kind)) {
            return classes.get(kind);
        }
        if (group != null && group.indexOf(':') > 0) {
            String any = group.substring(0, group.indexOf(':')) + ":*";
            if (classes.containsKey(any)) {
                return classes.get(any);
            }
        }
        return "OCCURRENCE";
    }

    public String of(SourceEvent e) {
        return of(e.group(), e.kind());
    }
}
