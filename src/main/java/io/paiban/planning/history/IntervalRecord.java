package io.paiban.planning.history;

import java.time.Instant;

/** One validated history row, ready to be upserted. */
public record IntervalRecord(long queueId, Instant intervalStart, int intervalMinutes, int offered, int answered,
                             int abandoned, Double ahtSeconds, Double avgWaitSeconds) {
}
