package io.paiban.planning.staffing.model;

/** Erlang B (M/M/N/N loss system): probability that an arrival finds all N servers busy and is lost. */
public final class ErlangB {

    private ErlangB() {
    }

    /**
     * Uses B(0)=1, B(n) = A*B(n-1) / (n + A*B(n-1)): every step is a ratio of positive numbers, so it neither
     * overflows nor cancels, unlike evaluating A^N/N! directly.
     */
    public static double blocking(int servers, double trafficErlangs) {
        if (servers < 0) {
            throw new StaffingInputException("servers", "must not be negative, was " + servers);
        }
        StaffingInputException.requireNonNegative("trafficErlangs", trafficErlangs);
        double b = 1.0;
        for (int n = 1; n <= servers; n++) {
            double ab = trafficErlangs * b;
            b = ab / (n + ab);
        }
        return b;
    }

    /** Advances B(n-1) to B(n) so that searches over increasing n cost O(1) per step. */
    static double next(double previousBlocking, int n, double trafficErlangs) {
        double ab = trafficErlangs * previousBlocking;
        return ab / (n + ab);
    }

    /** Least number of servers whose blocking probability does not exceed {@code maxBlocking}. */
    public static int requiredServers(double trafficErlangs, double maxBlocking, int maxServers) {
        StaffingInputException.requireNonNegative("trafficErlangs", trafficErlangs);
        if (!(maxBlocking > 0 && maxBlocking < 1)) {
            throw new StaffingInputException("maxBlocking", "must be in (0, 1), was " + maxBlocking);
        }
        if (trafficErlangs == 0) {
            return 0;
        }
        double b = 1.0;
        for (int n = 1; n <= maxServers; n++) {
            b = next(b, n, trafficErlangs);
            if (b <= maxBlocking) {
                return n;
            }
        }
        throw new StaffingInputException("maxServers",
                "blocking " + maxBlocking + " is not reachable with at most " + maxServers + " servers");
    }
}
