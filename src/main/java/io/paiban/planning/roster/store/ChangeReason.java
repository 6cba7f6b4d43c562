package io.paiban.planning.roster.store;

/**
 * Why an agent-day changed: a supervisor edit, a re-plan result (against the published roster), a new publication, an
 * approved shift swap between two agents, or an accepted intraday action (docs/intraday.md); swaps and intraday actions
 * are written to the published roster directly.
 */
public enum ChangeReason {
    MANUAL_EDIT, REPLAN, PUBLISH, SWAP, INTRADAY
}
