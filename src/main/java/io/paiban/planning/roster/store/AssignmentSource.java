package io.paiban.planning.roster.store;

/** Who set an agent-day: the solver, or a supervisor by hand (manual edits are pinned). */
public enum AssignmentSource {
    SOLVER, MANUAL
}
