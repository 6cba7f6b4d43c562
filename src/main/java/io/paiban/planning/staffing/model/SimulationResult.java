package io.paiban.planning.staffing.model;

import java.util.List;

/** Per-interval and overall outcome of a simulation run. */
public record SimulationResult(List<SimulatedStats> intervals, SimulatedStats overall) {

    public SimulationResult {
        intervals = List.copyOf(intervals);
    }

    /** Sum over intervals {@code fromInclusive..toExclusive}, e.g. to drop a warm-up period. */
    public SimulatedStats sum(int fromInclusive, int toExclusive) {
        SimulatedStats total = SimulatedStats.EMPTY;
        for (SimulatedStats stats : intervals.subList(fromInclusive, toExclusive)) {
            total = total.plus(stats);
        }
        return total;
    }
}
