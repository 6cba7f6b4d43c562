package io.paiban.planning.forecast;

/** PERCENT scales each interval (+10 = 10% more); ABSOLUTE adds contacts to each interval (may be negative). */
public enum AdjustmentKind {
    PERCENT, ABSOLUTE
}
