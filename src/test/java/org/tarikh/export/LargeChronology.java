package org.tarikh.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.SourceEvent;

/**
 * A large chronology for scale tests, made from a small real one: each new entry copies a
 * template entry (its sentences, sources and merge evidence) under new article ids and a new
 * date drawn with a fixed seed: most days in 2014–2016 (a news archive), some years from 1800
 * to 2216 known only to the year (history mentioned in the news).
 */
final class LargeChronology {

    private LargeChronology() {
    }

    static Chronology of(Chronology template, int size, long seed) {
        Random random = new Random(seed);
        List<ChronologyEntry> out = new ArrayList<>(size);
        List<ChronologyEntry> t = template.entries();
        for (int i = 0; i < size; i++) {
            ChronologyEntry e = t.get(i % t.size());
            boolean yearOnly = random.nextInt(10) == 0;
            LocalDateTime start;
            LocalDateTime until;
            String granularity;
            String value;
            if (yearOnly) {
                int y = 1800 + random.nextInt(417);
                start = LocalDate.of(y, 1, 1).atStartOfDay();
                until = start.plusYears(1);
                granularity = "YEAR";
                value = String.valueOf(y);
            } else {
                LocalDate d = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3 * 365));
                start = d.atStartOfDay();
                until = start.plusDays(1);
                granularity = "DAY";
                value = d.toString();
            }
            List<SourceEvent> members = new ArrayList<>();
            SourceEvent primary = null;
            for (SourceEvent s : e.sources()) {
                SourceEvent c = new SourceEvent(s.articleId() + "-" + i, s.seq(), s.begin(), s.end(), s.text(), start, until,
                        granularity, false, s.expression(), s.type(), value, null, s.expressionBegin(), s.expressionEnd(),
                        s.dct(), s.title(), s.source(), s.url(), s.terms(), s.triggerText(), s.triggerBegin(), s.group(),
                        s.kind(), "ON");
                members.add(c);
                if (s == e.primary()) {
                    primary = c;
                }
            }
            out.add(new ChronologyEntry(e.id() + "-" + i, start, until, members.get(0).precision(),
                    primary == null ? members.get(0) : primary, members, e.dates(), e.links(), false));
        }
        out.sort(Comparator.comparing(ChronologyEntry::start).thenComparing(ChronologyEntry::id));
        return new Chronology(template.filter(), template.rule(), out.stream().mapToInt(x -> x.sources().size()).sum(), out);
    }
}
