package io.paiban.floor.attendance.rules;

/** The headline of a shift's evaluation; the details are in the outcome's fields. */
public enum Outcome {
    /** Worked as scheduled (overtime allowed). */
    ON_TIME,
    LATE,
    EARLY_LEAVE,
    LATE_AND_EARLY,
    /** Away from the seat longer than the report limit without telling the supervisor. */
    AWAY_VIOLATION,
    /** One absence from lateness, early leave or away time beyond the limits. */
    ABSENCE,
    /** Never clocked in on a published shift without approved leave: one absence. */
    NO_SHOW,
    /** Approved leave or sickness covered the whole shift. */
    EXCUSED
}
