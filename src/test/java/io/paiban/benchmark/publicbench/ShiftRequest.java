package io.paiban.benchmark.publicbench;

/**
 * A shift-on request (costs {@code weight} when the employee does not work {@code shift} on {@code day}) or a
 * shift-off request (costs {@code weight} when the employee works {@code shift} on {@code day}). Compared by
 * identity: two equal lines in a file are two requests, and each costs its weight (as in the evaluator).
 */
public record ShiftRequest(Staff staff, int day, ShiftType shift, int weight, boolean on) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
