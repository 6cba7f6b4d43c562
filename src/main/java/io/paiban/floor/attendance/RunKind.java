package io.paiban.floor.attendance;

/** What the scheduled job completed for a site: a day evaluated or a month reported. */
public enum RunKind {
    DAY, MONTH
}
