package io.paiban.floor.intraday;

/** A proposed action waits for the supervisor, who accepts (the roster changes or the offer goes out) or rejects it. */
public enum ActionState {
    PROPOSED, ACCEPTED, REJECTED
}
