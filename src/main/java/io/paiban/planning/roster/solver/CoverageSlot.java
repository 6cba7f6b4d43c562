package io.paiban.planning.roster.solver;

/**
 * One queue in one interval with the agents the staffing run requires there (0 where nothing is
 * required, so that overstaffing is seen too). Identity equality: it is the coverage group key.
 */
public final class CoverageSlot {

    private final RosterQueue queue;
    private final int interval;
    private final int dayIndex;
    private final int required;

    public CoverageSlot(RosterQueue queue, int interval, int dayIndex, int required) {
        if (required < 0) {
            throw new IllegalArgumentException("required must not be negative");
        }
        this.queue = queue;
        this.interval = interval;
        this.dayIndex = dayIndex;
        this.required = required;
    }

    public RosterQueue getQueue() {
        return queue;
    }

    public int getInterval() {
        return interval;
    }

    /** Day index of the local date the interval starts on. */
    public int getDayIndex() {
        return dayIndex;
    }

    public int getRequired() {
        return required;
    }

    @Override
    public String toString() {
        return queue + "@" + interval + "(" + required + ")";
    }
}
