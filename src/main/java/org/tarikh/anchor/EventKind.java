package org.tarikh.anchor;

/** What an anchored span reports. Chronologies show happenings by default and count the rest. */
public enum EventKind {
    /** Something that happened (or is to happen) at a time: an attack, a meeting, a statement. */
    HAPPENING,
    /** A state, background or running count: «تمر عبر القناة حالياً 8% من التجارة العالمية». */
    STATE,
    /** An opinion, expectation or wish: «يرى», «توقع», «نأمل». */
    OPINION,
    /** A line a source repeats across its articles (links, tag lists); decided per source at query time. */
    BOILERPLATE
}
