package io.paiban.planning.staffing.model;

/**
 * One interval of a simulation.
 *
 * @param lengthSeconds   interval length
 * @param arrivals        expected arrivals (Poisson mean), or the exact count for batch arrivals
 * @param agents          agents present during the interval
 * @param deadlineSeconds absolute simulation time by which items arriving in this interval must be finished,
 *                        or NaN when contacts of this interval have no deadline
 */
public record SimulationInterval(double lengthSeconds, double arrivals, int agents, double deadlineSeconds) {

    public SimulationInterval {
        StaffingInputException.requirePositive("lengthSeconds", lengthSeconds);
        StaffingInputException.requireNonNegative("arrivals", arrivals);
        if (agents < 0) {
            throw new StaffingInputException("agents", "must not be negative, was " + agents);
        }
    }

    public static SimulationInterval of(double lengthSeconds, double arrivals, int agents) {
        return new SimulationInterval(lengthSeconds, arrivals, agents, Double.NaN);
    }

    public boolean hasDeadline() {
        return !Double.isNaN(deadlineSeconds);
    }
}
