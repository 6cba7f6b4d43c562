package io.paiban.kernel;

/** Day (白班), night (晚班) or an extra peak-season shift. */
public enum ShiftKind {
    DAY, NIGHT, PEAK
}
