package io.paiban.planning.staffing.model;

/** Converts agents needed on the phones into agents to schedule, given the share of paid time lost. */
public final class Shrinkage {

    /**
     * Raw/(1-s) is often an integer in exact arithmetic (14/0.7 = 20) but lands just above it in binary
     * floating point; this slack stops ceil from adding a phantom agent.
     */
    private static final double ROUNDING_SLACK = 1e-9;

    private Shrinkage() {
    }

    /** scheduled = ceil(raw / (1 - shrinkage)), shrinkage in [0, 1). */
    public static int scheduledAgents(int rawAgents, double shrinkage) {
        if (rawAgents < 0) {
            throw new StaffingInputException("rawAgents", "must not be negative, was " + rawAgents);
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new StaffingInputException("shrinkage", "must be in [0, 1), was " + shrinkage);
        }
        return (int) Math.ceil(rawAgents / (1.0 - shrinkage) - ROUNDING_SLACK);
    }
}
