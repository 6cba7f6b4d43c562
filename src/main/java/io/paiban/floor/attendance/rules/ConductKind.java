package io.paiban.floor.attendance.rules;

/** Conduct violations of seed 004 (DOMAIN.md "Attendance and conduct rules"). */
public enum ConductKind {
    /** Refusing customer calls, or private talk on calls: 100 yuan, then 300, the third time in a month dismissal. */
    REFUSED_CALL,
    /** Private calls on company phones: 100 yuan each. */
    PRIVATE_PHONE_CALL,
    /** Fraud causing loss: at least 500 yuan (the loss when larger), flagged for dismissal and damages. */
    FRAUD
}
