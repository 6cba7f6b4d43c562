package io.paiban.floor.intraday.engine;

/**
 * Email and tickets are worked from a backlog against reply deadlines, so an interval has no answer-within
 * service level of its own. Intraday uses the workload: agents needed = ceil(volume x AHT / interval seconds),
 * and the share of that work the agents present can do stands in for the service level.
 */
public record WorkloadServiceCurve(int intervalMinutes) implements ServiceCurve {

    @Override
    public int required(double volume, double ahtSeconds) {
        if (volume <= 0 || ahtSeconds <= 0) {
            return 0;
        }
        return (int) Math.ceil(volume * ahtSeconds / (intervalMinutes * 60.0) - 1e-9);
    }

    @Override
    public double serviceLevel(double volume, double ahtSeconds, int agents) {
        if (volume <= 0 || ahtSeconds <= 0) {
            return 1.0;
        }
        double workload = volume * ahtSeconds / (intervalMinutes * 60.0);
        return Math.min(1.0, agents / workload);
    }
}
