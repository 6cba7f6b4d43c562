package io.paiban.planning.staffing.model;

import java.util.List;

/** Expected metrics of a staffing curve, interval by interval and overall. */
public record CurveEvaluation(List<QueueMetrics> intervals, OverallMetrics overall) {

    public CurveEvaluation {
        intervals = List.copyOf(intervals);
    }
}
