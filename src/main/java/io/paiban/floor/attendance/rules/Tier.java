package io.paiban.floor.attendance.rules;

/** How bad a late arrival or early leave is: none, the two fined tiers, or an absence. */
public enum Tier {
    NONE, MINOR, MAJOR, ABSENCE;

    public boolean isFined() {
        return this == MINOR || this == MAJOR;
    }
}
