package io.paiban.planning.staffing.model;

/**
 * Erlang C (M/M/N, infinite patience, FCFS). Derived from Erlang B so that it stays finite for
 * thousands of servers: C = N*B / (N - A*(1 - B)) for N > A.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Probability that an arrival has to wait; 1 when the queue is unstable (N <= A). */
    public static double probabilityOfWaiting(int servers, double trafficErlangs) {
        if (servers <= trafficErlangs) {
            return trafficErlangs == 0 ? 0.0 : 1.0;
        }
        return fromBlocking(servers, trafficErlangs, ErlangB.blocking(servers, trafficErlangs));
    }

    static double fromBlocking(int servers, double trafficErlangs, double blocking) {
        if (servers <= trafficErlangs) {
            return trafficErlangs == 0 ? 0.0 : 1.0;
        }
        return servers * blocking / (servers - trafficErlangs * (1.0 - blocking));
    }

    /** Metrics for {@code servers} agents handling {@code load}, answering target {@code targetAnswerSeconds}. */
    public static QueueMetrics metrics(OfferedLoad load, int servers, double targetAnswerSeconds) {
        return metrics(servers, load.trafficErlangs(), load.ahtSeconds(), targetAnswerSeconds);
    }

    public static QueueMetrics metrics(int servers, double trafficErlangs, double ahtSeconds, double targetAnswerSeconds) {
        validate(servers, trafficErlangs, ahtSeconds, targetAnswerSeconds);
        if (trafficErlangs == 0) {
            return QueueMetrics.noTraffic(servers);
        }
        if (servers <= trafficErlangs) {
            return unstable(servers, trafficErlangs);
        }
        return fromBlockingMetrics(servers, trafficErlangs, ahtSeconds, targetAnswerSeconds,
                ErlangB.blocking(servers, trafficErlangs));
    }

    static QueueMetrics fromBlockingMetrics(int servers, double a, double aht, double target, double blocking) {
        if (servers <= a) {
            return unstable(servers, a);
        }
        double c = fromBlocking(servers, a, blocking);
        double slack = servers - a;
        double serviceLevel = Math.max(0.0, 1.0 - c * Math.exp(-slack * target / aht));
        double asa = c * aht / slack;
        return new QueueMetrics(servers, a, c, serviceLevel, asa, a / servers, 0.0);
    }

    // Without abandonment an overloaded queue grows forever: nobody is answered within any finite target.
    private static QueueMetrics unstable(int servers, double a) {
        return new QueueMetrics(servers, a, 1.0, 0.0, Double.POSITIVE_INFINITY, servers == 0 ? 0.0 : 1.0, 0.0);
    }

    static void validate(int servers, double trafficErlangs, double ahtSeconds, double targetAnswerSeconds) {
        if (servers < 0) {
            throw new StaffingInputException("agents", "must not be negative, was " + servers);
        }
        StaffingInputException.requireNonNegative("trafficErlangs", trafficErlangs);
        StaffingInputException.requirePositive("ahtSeconds", ahtSeconds);
        StaffingInputException.requireNonNegative("targetAnswerSeconds", targetAnswerSeconds);
    }
}
