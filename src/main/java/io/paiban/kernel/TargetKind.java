package io.paiban.kernel;

/** How a service target is measured. */
public enum TargetKind {
    /** A share of live contacts answered within a threshold (phone within 5 min, chat within 2 min). */
    ANSWER_WITHIN,
    /** A share of items replied to within a duration, optionally counted in opening hours (email 24 h, JD ticket 3 h). */
    REPLY_WITHIN,
    /** Items received before a cut-off are due the same day at a fixed time, later ones the next day (JD 16:00/18:00 email rule). */
    REPLY_BY_CUTOFF
}
