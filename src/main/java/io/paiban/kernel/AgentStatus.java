package io.paiban.kernel;

/** Trainees are never rostered on live queues; agents who left keep their history. */
public enum AgentStatus {
    TRAINEE, ACTIVE, LEFT
}
