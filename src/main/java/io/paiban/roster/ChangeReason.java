package io.paiban.roster;

/**
 * Why an agent-day changed: a supervisor edit, a re-plan result (against the published roster), a new publication, or an
 * approved shift swap between two agents (written to the published roster directly).
 */
public enum ChangeReason {
    MANUAL_EDIT, REPLAN, PUBLISH, SWAP
}
