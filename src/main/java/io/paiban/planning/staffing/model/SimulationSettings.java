package io.paiban.planning.staffing.model;

import java.util.List;

/**
 * Everything a simulation run needs; the same settings and seed always give the same result.
 *
 * @param answerTargetSeconds the T of the service level: contacts answered after waiting at most T count
 */
public record SimulationSettings(List<SimulationInterval> intervals, ServiceTimeDistribution serviceTime,
                                 CustomerPatience patience, ChatConcurrency concurrency, double answerTargetSeconds,
                                 ArrivalPattern arrivalPattern, QueueDiscipline discipline, long seed) {

    public enum ArrivalPattern {
        /** Poisson arrivals at a constant rate within each interval. */
        POISSON,
        /** All of an interval's arrivals (rounded to whole items) at its start; for deferred work. */
        BATCH_AT_INTERVAL_START
    }

    public enum QueueDiscipline {
        FIRST_COME_FIRST_SERVED,
        /** Waiting items are taken in order of their deadline (ties by arrival). */
        EARLIEST_DEADLINE_FIRST
    }

    public SimulationSettings {
        if (intervals == null || intervals.isEmpty()) {
            throw new StaffingInputException("intervals", "must contain at least one interval");
        }
        intervals = List.copyOf(intervals);
        if (serviceTime == null || patience == null || concurrency == null || arrivalPattern == null || discipline == null) {
            throw new StaffingInputException("settings", "service time, patience, concurrency, arrival pattern and discipline are required");
        }
        StaffingInputException.requireNonNegative("answerTargetSeconds", answerTargetSeconds);
    }

    /** Voice or chat: Poisson arrivals served first come, first served. */
    public static SimulationSettings contacts(List<SimulationInterval> intervals, ServiceTimeDistribution serviceTime,
                                              CustomerPatience patience, ChatConcurrency concurrency,
                                              double answerTargetSeconds, long seed) {
        return new SimulationSettings(intervals, serviceTime, patience, concurrency, answerTargetSeconds,
                ArrivalPattern.POISSON, QueueDiscipline.FIRST_COME_FIRST_SERVED, seed);
    }
}
