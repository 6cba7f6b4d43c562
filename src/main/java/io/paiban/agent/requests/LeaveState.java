package io.paiban.agent.requests;

/** A leave request waits for a supervisor (PENDING) and ends APPROVED, REFUSED, or CANCELLED by the agent. */
public enum LeaveState {
    PENDING, APPROVED, REFUSED, CANCELLED
}
