package io.paiban.benchmark.publicbench;

/** SECTION_SHIFTS: {@code next} must not be worked on the day after {@code first}. */
public record ForbiddenSuccession(ShiftType first, ShiftType next) {
}
