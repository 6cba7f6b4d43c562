package io.paiban.planning.staffing;

import java.time.Instant;

/**
 * The staffing of one queue interval: required agents before ({@code rawAgents}) and after shrinkage
 * ({@code scheduledAgents}), with the expected service at the raw requirement (live queues) or the
 * backlog left at the end of the interval (email, tickets). Metrics are null where they do not apply.
 */
public record IntervalRequirement(long queueId, Instant intervalStart, boolean open, double volume, double ahtSeconds,
                                  int rawAgents, double shrinkage, int scheduledAgents, Double serviceLevel,
                                  Double asaSeconds, Double abandonRate, Double occupancy, Double backlogItems) {
}
