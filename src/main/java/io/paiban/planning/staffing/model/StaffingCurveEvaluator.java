package io.paiban.planning.staffing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a staffing curve (agents present per interval) against forecast load, treating each interval as an
 * independent steady state, which is the standard Erlang planning assumption.
 */
public final class StaffingCurveEvaluator {

    private StaffingCurveEvaluator() {
    }

    public static CurveEvaluation evaluate(List<IntervalStaffing> intervals, double targetAnswerSeconds, QueueModel model) {
        if (intervals == null || model == null) {
            throw new StaffingInputException(intervals == null ? "intervals" : "model", "must not be null");
        }
        StaffingInputException.requireNonNegative("targetAnswerSeconds", targetAnswerSeconds);
        List<QueueMetrics> perInterval = new ArrayList<>(intervals.size());
        double contacts = 0;
        double answeredInTime = 0;
        double queueSeconds = 0;
        double abandoned = 0;
        double busyServerMinutes = 0;
        double staffedServerMinutes = 0;
        double unstableContacts = 0;
        for (IntervalStaffing interval : intervals) {
            OfferedLoad load = interval.load();
            QueueMetrics metrics = model.metrics(load, interval.agents(), targetAnswerSeconds);
            perInterval.add(metrics);
            double offered = load.contacts();
            staffedServerMinutes += metrics.servers() * load.intervalMinutes();
            busyServerMinutes += metrics.occupancy() * metrics.servers() * load.intervalMinutes();
            if (offered == 0) {
                continue; // zero weight; skipping also avoids 0 * Infinity for an unstaffed, unloaded interval
            }
            contacts += offered;
            answeredInTime += offered * metrics.serviceLevel();
            queueSeconds += offered * metrics.asaSeconds();
            abandoned += offered * metrics.abandonRate();
            if (!metrics.isStable()) {
                unstableContacts += offered;
            }
        }
        OverallMetrics overall = contacts == 0
                ? new OverallMetrics(0, 1.0, 0.0, 0.0, ratio(busyServerMinutes, staffedServerMinutes), 0)
                : new OverallMetrics(contacts, answeredInTime / contacts, queueSeconds / contacts,
                abandoned / contacts, ratio(busyServerMinutes, staffedServerMinutes), unstableContacts);
        return new CurveEvaluation(perInterval, overall);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }
}
