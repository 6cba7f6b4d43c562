package io.paiban.kernel;

/** Approved leave, a sick call, or declared unavailability; all bind the roster once approved. */
public enum AbsenceKind {
    LEAVE, SICK, UNAVAILABLE
}
