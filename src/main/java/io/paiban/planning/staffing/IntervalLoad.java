package io.paiban.planning.staffing;

import java.time.Instant;
import java.time.LocalDateTime;

/** One interval of a queue to staff: when (instant and site-local), open or not, forecast load, shrinkage. */
public record IntervalLoad(Instant start, LocalDateTime localStart, boolean open, double volume, double ahtSeconds,
                           double shrinkage) {
}
