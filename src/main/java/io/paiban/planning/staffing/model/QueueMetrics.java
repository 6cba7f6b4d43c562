package io.paiban.planning.staffing.model;

/**
 * Steady-state performance of a queue served by a fixed number of servers.
 *
 * @param servers              servers in the model (agents for voice, chat slots for chat)
 * @param trafficErlangs       offered load A
 * @param probabilityOfWaiting share of arrivals that find every server busy
 * @param serviceLevel         share of ALL arrivals answered within the target time
 * @param asaSeconds           mean time in queue over all arrivals, abandoners included (Lq / lambda);
 *                             {@code +Infinity} when an Erlang C queue is unstable (servers <= A)
 * @param occupancy            carried load per server, in [0, 1]
 * @param abandonRate          share of arrivals that hang up before being answered (0 for Erlang C)
 */
public record QueueMetrics(int servers, double trafficErlangs, double probabilityOfWaiting, double serviceLevel,
                           double asaSeconds, double occupancy, double abandonRate) {

    static QueueMetrics noTraffic(int servers) {
        return new QueueMetrics(servers, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0);
    }

    /** True when the ASA is finite, i.e. the queue does not grow without bound. */
    public boolean isStable() {
        return Double.isFinite(asaSeconds);
    }
}
