package io.paiban.benchmark.publicbench;

/** A shift type of the benchmark: identifier, length in minutes, position in the instance's shift list. */
public record ShiftType(int index, String id, int minutes) {
    @Override
    public String toString() {
        return id;
    }
}
