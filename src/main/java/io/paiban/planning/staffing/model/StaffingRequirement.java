package io.paiban.planning.staffing.model;

/**
 * Least staffing meeting a {@link ServiceTarget}.
 *
 * @param agents  agents needed on the queue (before shrinkage)
 * @param metrics expected performance with exactly that many agents
 */
public record StaffingRequirement(int agents, QueueMetrics metrics) {

    public int scheduledAgents(double shrinkage) {
        return Shrinkage.scheduledAgents(agents, shrinkage);
    }
}
