package org.tarikh.curation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.DateReport;
import org.tarikh.chronology.MergeLink;
import org.tarikh.chronology.Precision;
import org.tarikh.chronology.SourceEvent;

/**
 * Applies the curations in force to a chronology after automatic merging, in the order they
 * were made. Each finds its events by {@link EventKey}; one whose event is not in this
 * chronology (filtered out, or no longer in the database) does nothing. Entries that
 * curations did not touch are returned as they were.
 */
public final class Curator {

    /**
     * A curated chronology.
     *
     * @param chronology the chronology after the curations, hidden entries left out
     * @param marks      entry id → the curations that shaped it (exports say which entries are curated)
     * @param hidden     entries hidden by a curation
     * @param applied    ids of the curations that found their events here
     */
    public record Result(Chronology chronology, Map<String, List<Curation>> marks, int hidden, Set<Long> applied) {

        public List<Curation> marksOf(ChronologyEntry e) {
            return marks.getOrDefault(e.id(), List.of());
        }
    }

    private Curator() {
    }

    /** A chronology nobody curated. */
    public static Result none(Chronology c) {
        return new Result(c, Map.of(), 0, Set.of());
    }

    /** The chronology with the curations stored in the database applied. */
    public static Result apply(DataSource dataSource, Chronology c) {
        return apply(c, new CurationStore(dataSource).list(false));
    }

    /** One entry being reshaped. */
    private static final class Group {
        final ChronologyEntry base;
        final List<SourceEvent> members = new ArrayList<>();
        final List<MergeLink> extraLinks = new ArrayList<>();
        final List<Curation> marks = new ArrayList<>();
        boolean changed;
        boolean hidden;
        Curation date;

        Group(ChronologyEntry base) {
            this.base = base;
        }
    }

    public static Result apply(Chronology c, List<Curation> curations) {
        if (curations.isEmpty()) {
            return new Result(c, Map.of(), 0, Set.of());
        }
        List<Group> groups = new ArrayList<>();
        Map<String, Group> where = new HashMap<>();
        Map<String, SourceEvent> events = new HashMap<>();
        for (ChronologyEntry e : c.entries()) {
            Group g = new Group(e);
            g.members.addAll(e.sources());
            groups.add(g);
            for (SourceEvent s : e.sources()) {
                String k = EventKey.of(s);
                where.put(k, g);
                events.put(k, s);
            }
        }
        Set<Long> applied = new LinkedHashSet<>();
        for (Curation k : curations) {
            if (!k.active()) {
                continue;
            }
            Group g = where.get(k.eventKey());
            SourceEvent ev = events.get(k.eventKey());
            if (g == null) {
                continue;
            }
            Group other = k.otherKey() == null ? null : where.get(k.otherKey());
            switch (k.action()) {
                case HIDE -> g.hidden = true;
                case NOTE -> { }
                case DATE -> {
                    if (parseDate(k.value()) == null) {
                        continue;
                    }
                    g.date = k;
                    g.changed = true;
                }
                case SPLIT -> {
                    if (g.members.size() < 2) {
                        continue;
                    }
                    Group alone = moveOut(g, ev, where, groups);
                    alone.marks.add(k);
                }
                case REJECT_MERGE -> {
                    if (other == null || other != g) {
                        continue;
                    }
                    Group alone = moveOut(g, events.get(k.otherKey()), where, groups);
                    alone.marks.add(k);
                }
                case MOVE -> {
                    if (other == null || other == g) {
                        continue;
                    }
                    g.members.remove(ev);
                    g.changed = true;
                    g.marks.add(k);
                    other.members.add(ev);
                    other.changed = true;
                    other.extraLinks.add(curatedLink(ev, other, k));
                    where.put(k.eventKey(), other);
                    g = other;
                }
                case ACCEPT_MERGE -> {
                    if (other == null || other == g) {
                        continue;
                    }
                    for (SourceEvent s : other.members) {
                        where.put(EventKey.of(s), g);
                    }
                    g.members.addAll(other.members);
                    g.extraLinks.addAll(other.extraLinks);
                    if (other.base != null) {
                        g.extraLinks.addAll(other.base.links());
                    }
                    g.extraLinks.add(curatedLink(events.get(k.otherKey()), g, k));
                    g.marks.addAll(other.marks);
                    other.members.clear();
                    g.changed = true;
                }
                default -> throw new IllegalStateException(k.action().name());
            }
            g.marks.add(k);
            applied.add(k.id());
        }
        List<ChronologyEntry> out = new ArrayList<>();
        Map<String, List<Curation>> marks = new LinkedHashMap<>();
        int hidden = 0;
        Set<String> ids = new java.util.HashSet<>();
        for (Group g : groups) {
            if (g.members.isEmpty()) {
                continue;
            }
            if (g.hidden) {
                hidden++;
                continue;
            }
            ChronologyEntry e = g.changed ? rebuild(g) : g.base;
            if (!ids.add(e.id())) {
                e = withId(e, e.id() + "-" + ids.size());
                ids.add(e.id());
            }
            out.add(e);
            if (!g.marks.isEmpty()) {
                marks.put(e.id(), List.copyOf(new LinkedHashSet<>(g.marks)));
            }
        }
        out.sort(Comparator.comparing(ChronologyEntry::start).thenComparing(ChronologyEntry::until));
        return new Result(new Chronology(c.filter(), c.rule(), c.sourceEvents(), out, c.hidden(), c.captures()), marks, hidden, applied);
    }

    private static Group moveOut(Group g, SourceEvent ev, Map<String, Group> where, List<Group> groups) {
        g.members.remove(ev);
        g.changed = true;
        Group alone = new Group(null);
        alone.members.add(ev);
        alone.changed = true;
        groups.add(alone);
        where.put(EventKey.of(ev), alone);
        return alone;
    }

    private static MergeLink curatedLink(SourceEvent ev, Group into, Curation k) {
        return new MergeLink(ev.ref(), into.members.get(0).ref(), 1.0, List.of(), "same", false,
                "curated #" + k.id() + " by " + k.by());
    }

    /** A date as a curation gives it: {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; null if none of these. */
    public static LocalDate[] parseDate(String v) {
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                LocalDate a = LocalDate.of(Integer.parseInt(v), 1, 1);
                return new LocalDate[] {a, a.plusYears(1)};
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate a = LocalDate.parse(v + "-01");
                return new LocalDate[] {a, a.plusMonths(1)};
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate a = LocalDate.parse(v);
                return new LocalDate[] {a, a.plusDays(1)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static ChronologyEntry rebuild(Group g) {
        List<SourceEvent> members = new ArrayList<>(new LinkedHashSet<>(g.members));
        members.sort(Comparator.comparing(SourceEvent::start).thenComparing(SourceEvent::ref));
        Set<String> refs = new java.util.HashSet<>();
        members.forEach(s -> refs.add(s.ref()));
        SourceEvent primary = g.base != null && refs.contains(g.base.primary().ref()) ? g.base.primary() : members.get(0);
        LocalDateTime start;
        LocalDateTime until;
        Precision precision;
        SourceEvent dating = null;
        if (g.base != null) {
            for (SourceEvent s : members) {
                if (s.start().equals(g.base.start()) && s.precision().equals(g.base.precision())) {
                    dating = s;
                }
            }
        }
        if (dating == null) {
            dating = members.stream().min(Comparator.comparing((SourceEvent s) ->
                    java.time.Duration.between(s.start(), s.until())).thenComparing(SourceEvent::start)).orElseThrow();
        }
        start = dating.start();
        until = dating.until();
        precision = dating.precision();
        if (g.date != null) {
            LocalDate[] d = parseDate(g.date.value());
            start = d[0].atStartOfDay();
            until = d[1].atStartOfDay();
            String v = g.date.value();
            String gran = v.length() == 4 ? "YEAR" : v.length() == 7 ? "MONTH" : "DAY";
            precision = new Precision(gran, null, false, "curated " + gran.toLowerCase(java.util.Locale.ROOT), v,
                    Precision.Provenance.EXPLICIT, false);
        }
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        Map<String, Precision> firstPrecision = new HashMap<>();
        for (SourceEvent s : members) {
            String v = s.value() == null ? s.precision().display() : s.value();
            byValue.computeIfAbsent(v, x -> new ArrayList<>()).add(s.ref());
            firstPrecision.putIfAbsent(v, s.precision());
        }
        List<DateReport> dates = new ArrayList<>();
        byValue.forEach((v, r) -> dates.add(new DateReport(v, firstPrecision.get(v), r)));
        List<MergeLink> links = new ArrayList<>();
        if (g.base != null) {
            for (MergeLink l : g.base.links()) {
                if (refs.contains(l.a()) && refs.contains(l.b())) {
                    links.add(l);
                }
            }
        }
        for (MergeLink l : g.extraLinks) {
            if (refs.contains(l.a()) && refs.contains(l.b()) && !links.contains(l)) {
                links.add(l);
            }
        }
        boolean conflict = g.date == null && dates.size() > 1 && g.base != null && g.base.dateConflict();
        String id = g.base != null && members.get(0).ref().equals(g.base.sources().get(0).ref()) ? g.base.id()
                : id(members.get(0));
        return new ChronologyEntry(id, start, until, precision, primary, members, dates, links, conflict);
    }

    private static ChronologyEntry withId(ChronologyEntry e, String id) {
        return new ChronologyEntry(id, e.start(), e.until(), e.precision(), e.primary(), e.sources(), e.dates(), e.links(),
                e.dateConflict());
    }

    /** As the builder's ids: short, stable, derived from the first member's reference. */
    static String id(SourceEvent first) {
        return org.tarikh.chronology.ChronologyBuilder.id(first);
    }
}
