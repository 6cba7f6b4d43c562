package io.paiban.planning.roster.jobs;

/**
 * QUEUED waits for a solver thread; SOLVING runs; DONE ended by its termination; STOPPED ended early on
 * request; FAILED threw; INTERRUPTED was queued or solving when the service stopped (the roster keeps its
 * last saved assignments; restart it to continue).
 */
public enum SolveJobStatus {
    QUEUED, SOLVING, DONE, FAILED, STOPPED, INTERRUPTED;

    public boolean isLive() {
        return this == QUEUED || this == SOLVING;
    }
}
