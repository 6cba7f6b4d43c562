package io.paiban.roster;

/** Why an agent-day changed: a supervisor edit, a re-plan result (against the published roster), a new publication, or an accepted intraday action (docs/intraday.md). */
public enum ChangeReason {
    MANUAL_EDIT, REPLAN, PUBLISH, INTRADAY
}
