package io.paiban.benchmark.publicbench;

/**
 * A shift-on request (costs {@code weight} when the employee does not work {@code shift} on {@code day}) or a
 * shift-off request (costs {@code weight} when the employee works {@code shift} on {@code day}).
 */
public record ShiftRequest(Staff staff, int day, ShiftType shift, int weight, boolean on) {
}
