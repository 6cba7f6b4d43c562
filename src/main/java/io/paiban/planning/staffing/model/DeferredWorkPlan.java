package io.paiban.planning.staffing.model;

import java.util.List;

/**
 * Staffing and backlog of deferred work per interval.
 *
 * @param carriedOverItems items still open after the last interval (their deadlines lie beyond the horizon)
 */
public record DeferredWorkPlan(List<DeferredIntervalPlan> intervals, double carriedOverItems) {

    public DeferredWorkPlan {
        intervals = List.copyOf(intervals);
    }

    public List<Integer> agents() {
        return intervals.stream().map(DeferredIntervalPlan::agents).toList();
    }

    public double overdueItems() {
        return intervals.stream().mapToDouble(DeferredIntervalPlan::overdueItems).sum();
    }
}
