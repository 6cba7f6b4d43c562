package io.paiban.planning.roster.jobs;

/** SOLVE: a first or repeated solve; REPLAN: after a change to a published roster; RESTART: continues an interrupted, stopped or failed job from the saved roster. */
public enum SolveJobKind {
    SOLVE, REPLAN, RESTART
}
