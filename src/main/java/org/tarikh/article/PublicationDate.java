package org.tarikh.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a publication date: an ISO date ({@code 2021-04-07}), a local ISO date-time, or one
 * with an offset or zone. The document creation time is the calendar day as the publisher
 * wrote it (the local day at the stated offset), because that is the day "today" means in
 * the article.
 */
public final class PublicationDate {

    private PublicationDate() {
    }

    public static Optional<LocalDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException ignored) {
            // try the longer forms
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).toLocalDate());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
