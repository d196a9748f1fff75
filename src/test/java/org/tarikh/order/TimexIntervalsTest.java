package org.tarikh.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexIntervalsTest {

    private static final LocalDate DCT = LocalDate.of(2021, 4, 7);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {
            "2021-04-07,   -,     2021-04-07T00:00, 2021-04-08T00:00, DAY",
            "2021-W14,     -,     2021-04-05T00:00, 2021-04-12T00:00, WEEK",
            "2020-W53,     -,     2020-12-28T00:00, 2021-01-04T00:00, WEEK",
            "2021-03,      -,     2021-03-01T00:00, 2021-04-01T00:00, MONTH",
            "2021-Q2,      -,     2021-04-01T00:00, 2021-07-01T00:00, QUARTER",
            "2021-WI,      -,     2020-12-01T00:00, 2021-03-01T00:00, SEASON",
            "2021-SU,      -,     2021-06-01T00:00, 2021-09-01T00:00, SEASON",
            "2021-H2,      -,     2021-07-01T00:00, 2022-01-01T00:00, HALF_YEAR",
            "2020,         -,     2020-01-01T00:00, 2021-01-01T00:00, YEAR",
            "198,          -,     1980-01-01T00:00, 1990-01-01T00:00, DECADE",
            "19,           -,     1900-01-01T00:00, 2000-01-01T00:00, CENTURY",
            "2021-04-07T10:30, -, 2021-04-07T10:30, 2021-04-07T10:31, MINUTE",
            "2021-04-07T15,    -, 2021-04-07T15:00, 2021-04-07T16:00, HOUR",
            "2021-04-06TNI,    -, 2021-04-06T21:00, 2021-04-07T00:00, PART_OF_DAY",
            "2021-04-07TMO,    -, 2021-04-07T06:00, 2021-04-07T12:00, PART_OF_DAY",
            "2021-03,      END,   2021-03-21T16:00, 2021-04-01T00:00, MONTH",
            "2021,         START, 2021-01-01T00:00, 2021-05-02T16:00, YEAR",
            "2021,         MID,   2021-05-02T16:00, 2021-09-01T08:00, YEAR",
            "2021,         APPROX,2021-01-01T00:00, 2022-01-01T00:00, YEAR",
            "PRESENT_REF,  -,     2021-04-07T00:00, 2021-04-08T00:00, VAGUE",
            "PAST_REF,     -,     2021-04-06T23:59, 2021-04-07T00:00, VAGUE",
            "FUTURE_REF,   -,     2021-04-08T00:00, 2021-04-08T00:01, VAGUE"})
    void placesValuesOnTheTimeline(String value, String mod, String start, String end, Granularity granularity) {
        TimeInterval i = TimexIntervals.of(value, mod, DCT).orElseThrow();
        assertThat(i.start()).isEqualTo(LocalDateTime.parse(start));
        assertThat(i.end()).isEqualTo(LocalDateTime.parse(end));
        assertThat(i.granularity()).isEqualTo(granularity);
    }

    @Test
    void onlyPastAndFutureReferencesAreVague() {
        assertThat(TimexIntervals.of("PAST_REF", null, DCT).orElseThrow().vague()).isTrue();
        assertThat(TimexIntervals.of("FUTURE_REF", null, DCT).orElseThrow().vague()).isTrue();
        assertThat(TimexIntervals.of("PRESENT_REF", null, DCT).orElseThrow().vague()).isFalse();
        assertThat(TimexIntervals.of("2021", null, DCT).orElseThrow().vague()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"P3D", "XXXX-WXX-5", "2021-02-30", "UNDEF-last-month", "''", "2021-13"})
    void durationsSetsAndImpossibleValuesAreNotPlaced(String value) {
        assertThat(TimexIntervals.of(value, null, DCT)).isEmpty();
    }

    @Test
    void narrowerIntervalsOfTheSameStartSortFirstByEnd() {
        TimeInterval day = TimexIntervals.of("2021-03-01", null, DCT).orElseThrow();
        TimeInterval month = TimexIntervals.of("2021-03", null, DCT).orElseThrow();
        assertThat(day.start()).isEqualTo(month.start());
        assertThat(day.end()).isBefore(month.end());
    }
}
