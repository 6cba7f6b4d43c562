package io.paiban.benchmark.publicbench;

/**
 * One employee's contract from SECTION_STAFF. {@code maxShifts[t]} is the limit for shift type index t (0 forbids
 * the type). The record is compared by identity of its array, so each staff member is its own group key.
 */
public record Staff(int index, String id, int[] maxShifts, int maxTotalMinutes, int minTotalMinutes,
                    int maxConsecutiveShifts, int minConsecutiveShifts, int minConsecutiveDaysOff, int maxWeekends) {

    public int maxShifts(ShiftType type) {
        return maxShifts[type.index()];
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return id;
    }
}
