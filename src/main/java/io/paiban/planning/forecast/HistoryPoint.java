package io.paiban.planning.forecast;

import java.time.Instant;

/** One stored history interval, as forecasting reads it. */
public record HistoryPoint(Instant intervalStart, int offered, int answered, Double ahtSeconds) {
}
