package org.tarikh.chronology;

import java.util.List;

/**
 * One date that sources give for an entry. An entry whose sources disagree has several, each
 * with the events that report it: conflicting dates are kept side by side, never averaged.
 *
 * @param value     the TIMEX3 value
 * @param precision how precise it is (of the first event that reports it)
 * @param refs      the events ({@link SourceEvent#ref()}) that give this date
 */
public record DateReport(String value, Precision precision, List<String> refs) {
}
