package io.paiban.floor.intraday;

/** An offer to the agent (overtime, call-in, VTO) once the supervisor accepted the action. */
public enum OfferState {
    OPEN, ACCEPTED, DECLINED
}
