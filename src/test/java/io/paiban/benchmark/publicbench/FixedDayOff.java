package io.paiban.benchmark.publicbench;

/** SECTION_DAYS_OFF: the employee must not work on this day (hard). */
public record FixedDayOff(Staff staff, int day) {
}
