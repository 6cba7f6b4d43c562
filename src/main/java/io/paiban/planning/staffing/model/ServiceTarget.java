package io.paiban.planning.staffing.model;

/**
 * What a staffing requirement must achieve. Optional limits are disabled by their neutral value
 * (infinite ASA, abandon rate 1, occupancy 1), which keeps the record primitive and comparable.
 *
 * @param serviceLevel        share of all arrivals to answer within {@code answerWithinSeconds}, in (0, 1)
 * @param answerWithinSeconds the T of "X% answered within T seconds"
 * @param maxAsaSeconds       upper limit for the average speed of answer (Lq/lambda), or +Infinity
 * @param maxAbandonRate      upper limit for the share of callers hanging up (Erlang A only), or 1
 * @param maxOccupancy        upper limit for agent occupancy, in (0, 1]
 */
public record ServiceTarget(double serviceLevel, double answerWithinSeconds, double maxAsaSeconds,
                            double maxAbandonRate, double maxOccupancy) {

    public ServiceTarget {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new StaffingInputException("serviceLevel", "must be in (0, 1), was " + serviceLevel);
        }
        StaffingInputException.requireNonNegative("answerWithinSeconds", answerWithinSeconds);
        if (Double.isNaN(maxAsaSeconds) || maxAsaSeconds <= 0) {
            throw new StaffingInputException("maxAsaSeconds", "must be greater than 0, was " + maxAsaSeconds);
        }
        if (!(maxAbandonRate > 0 && maxAbandonRate <= 1)) {
            throw new StaffingInputException("maxAbandonRate", "must be in (0, 1], was " + maxAbandonRate);
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new StaffingInputException("maxOccupancy", "must be in (0, 1], was " + maxOccupancy);
        }
    }

    /** "serviceLevel of contacts answered within answerWithinSeconds", no other limit. */
    public static ServiceTarget of(double serviceLevel, double answerWithinSeconds) {
        return new ServiceTarget(serviceLevel, answerWithinSeconds, Double.POSITIVE_INFINITY, 1.0, 1.0);
    }

    public ServiceTarget withMaxAsaSeconds(double seconds) {
        return new ServiceTarget(serviceLevel, answerWithinSeconds, seconds, maxAbandonRate, maxOccupancy);
    }

    public ServiceTarget withMaxAbandonRate(double rate) {
        return new ServiceTarget(serviceLevel, answerWithinSeconds, maxAsaSeconds, rate, maxOccupancy);
    }

    public ServiceTarget withMaxOccupancy(double occupancy) {
        return new ServiceTarget(serviceLevel, answerWithinSeconds, maxAsaSeconds, maxAbandonRate, occupancy);
    }

    /** True when the metrics satisfy every limit of this target. */
    public boolean isMetBy(QueueMetrics metrics) {
        return metrics.serviceLevel() >= serviceLevel
                && metrics.asaSeconds() <= maxAsaSeconds
                && metrics.abandonRate() <= maxAbandonRate
                && metrics.occupancy() <= maxOccupancy;
    }
}
