package io.paiban.roster;

/** Why an agent-day changed: a supervisor edit, a re-plan result (against the published roster), or a new publication. */
public enum ChangeReason {
    MANUAL_EDIT, REPLAN, PUBLISH
}
