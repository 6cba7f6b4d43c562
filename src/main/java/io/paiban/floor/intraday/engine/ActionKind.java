package io.paiban.floor.intraday.engine;

/** What the supervisor can do about a gap on the floor. */
public enum ActionKind {
    /** Extend a present agent's shift after its end. */
    OVERTIME,
    /** Bring in a flex-pool agent who offered the day. */
    CALL_IN_FLEX,
    /** Move an agent certified for both queues from an overstaffed queue to an understaffed one for the rest of the shift. */
    MOVE_QUEUE,
    /** Offer an agent to go home early where the queue stays at its requirement without them. */
    VTO
}
