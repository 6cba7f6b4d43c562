package io.paiban.benchmark.publicbench;

/** SECTION_COVER: the number of employees wanted on a shift of a day and the weights of falling short or over. */
public record Cover(int day, ShiftType shift, int requirement, int underWeight, int overWeight) {
}
