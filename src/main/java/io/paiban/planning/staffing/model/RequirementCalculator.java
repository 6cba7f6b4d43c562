package io.paiban.planning.staffing.model;

/**
 * Finds the least number of agents meeting a {@link ServiceTarget} for one interval.
 *
 * <p>Every metric used (service level, ASA, abandonment, occupancy) improves monotonically with more agents,
 * so "least N meeting all limits" is well defined and a search may skip values. The search is bounded by
 * {@code maxAgents}; targets that need more throw {@link StaffingInputException} on field "maxAgents".
 */
public final class RequirementCalculator {

    public static final int DEFAULT_MAX_AGENTS = 100_000;

    private final int maxAgents;

    public RequirementCalculator() {
        this(DEFAULT_MAX_AGENTS);
    }

    public RequirementCalculator(int maxAgents) {
        if (maxAgents < 1) {
            throw new StaffingInputException("maxAgents", "must be at least 1, was " + maxAgents);
        }
        this.maxAgents = maxAgents;
    }

    public int maxAgents() {
        return maxAgents;
    }

    /** Voice: Erlang C for infinite patience, Erlang A otherwise. */
    public StaffingRequirement requiredAgents(OfferedLoad load, ServiceTarget target, CustomerPatience patience) {
        return requiredAgents(load, target, new QueueModel(patience, ChatConcurrency.single()));
    }

    /** Chat: agents with several concurrent sessions, see {@link ChatConcurrency}. */
    public StaffingRequirement requiredChatAgents(OfferedLoad load, ServiceTarget target, CustomerPatience patience,
                                                  ChatConcurrency concurrency) {
        return requiredAgents(load, target, new QueueModel(patience, concurrency));
    }

    public StaffingRequirement requiredAgents(OfferedLoad load, ServiceTarget target, QueueModel model) {
        if (load == null || target == null || model == null) {
            throw new StaffingInputException(load == null ? "load" : target == null ? "target" : "model", "must not be null");
        }
        if (load.contacts() == 0) {
            return new StaffingRequirement(0, QueueMetrics.noTraffic(0));
        }
        double handle = model.sessionHandleSeconds(load);
        double lambda = load.arrivalRatePerSecond();
        double traffic = lambda * handle;
        int slotsPerAgent = model.concurrency().maxConcurrentChats();
        if (model.patience().isInfinite()) {
            StaffingRequirement found = searchErlangC(traffic, handle, target, slotsPerAgent);
            if (found == null) {
                throw unreachable(target, load);
            }
            return found;
        }
        return searchErlangA(lambda, traffic, handle, target, model.patience(), slotsPerAgent, load);
    }

    /**
     * Linear scan from the first stable size, advancing Erlang B in O(1) per server; the answer is typically
     * A + O(sqrt(A)), so the scan is short and never needs a from-scratch recursion per candidate.
     */
    private StaffingRequirement searchErlangC(double traffic, double handle, ServiceTarget target, int slotsPerAgent) {
        long stableServers = (long) Math.floor(traffic) + 1;
        long occupancyServers = (long) Math.ceil(traffic / target.maxOccupancy() - 1e-9);
        long firstServers = Math.max(stableServers, occupancyServers);
        long firstAgents = Math.max(1, (firstServers + slotsPerAgent - 1) / slotsPerAgent);
        if (firstAgents > maxAgents) {
            return null;
        }
        int servers = (int) firstAgents * slotsPerAgent;
        double blocking = ErlangB.blocking(servers, traffic);
        for (int agents = (int) firstAgents; agents <= maxAgents; agents++) {
            QueueMetrics metrics = ErlangC.fromBlockingMetrics(servers, traffic, handle, target.answerWithinSeconds(), blocking);
            if (target.isMetBy(metrics)) {
                return new StaffingRequirement(agents, metrics);
            }
            for (int step = 0; step < slotsPerAgent; step++) {
                servers++;
                blocking = ErlangB.next(blocking, servers, traffic);
            }
        }
        return null;
    }

    /**
     * Starts at the Erlang C answer (usually within a few agents of the Erlang A one), then gallops towards the
     * answer and bisects, so only O(log distance) Erlang A evaluations are needed.
     */
    private StaffingRequirement searchErlangA(double lambda, double traffic, double handle, ServiceTarget target,
                                              CustomerPatience patience, int slotsPerAgent, OfferedLoad load) {
        // Answered-in-time calls can never exceed the carried load N*mu, so N >= SL * A is necessary.
        int floorAgents = (int) Math.max(1, Math.min(maxAgents, Math.floor(target.serviceLevel() * traffic / slotsPerAgent)));
        ServiceTarget withoutAbandonLimit = new ServiceTarget(target.serviceLevel(), target.answerWithinSeconds(),
                target.maxAsaSeconds(), 1.0, 1.0);
        StaffingRequirement erlangC = searchErlangC(traffic, handle, withoutAbandonLimit, slotsPerAgent);
        int hint = erlangC == null ? floorAgents : Math.max(floorAgents, erlangC.agents());

        Probe probe = new Probe(lambda, traffic, handle, target, patience, slotsPerAgent);
        int infeasible;
        int feasible;
        QueueMetrics feasibleMetrics = probe.evaluate(hint);
        if (target.isMetBy(feasibleMetrics)) {
            feasible = hint;
            int step = 1;
            while (true) {
                int candidate = feasible - step;
                if (candidate < floorAgents) {
                    infeasible = floorAgents - 1;
                    break;
                }
                QueueMetrics metrics = probe.evaluate(candidate);
                if (!target.isMetBy(metrics)) {
                    infeasible = candidate;
                    break;
                }
                feasible = candidate;
                feasibleMetrics = metrics;
                step *= 2;
            }
        } else {
            infeasible = hint;
            int step = 1;
            while (true) {
                long candidate = Math.min((long) infeasible + step, maxAgents);
                if (candidate <= infeasible) {
                    throw unreachable(target, load);
                }
                QueueMetrics metrics = probe.evaluate((int) candidate);
                if (target.isMetBy(metrics)) {
                    feasible = (int) candidate;
                    feasibleMetrics = metrics;
                    break;
                }
                infeasible = (int) candidate;
                step *= 2;
            }
        }
        while (feasible - infeasible > 1) {
            int middle = infeasible + (feasible - infeasible) / 2;
            QueueMetrics metrics = probe.evaluate(middle);
            if (target.isMetBy(metrics)) {
                feasible = middle;
                feasibleMetrics = metrics;
            } else {
                infeasible = middle;
            }
        }
        return new StaffingRequirement(feasible, feasibleMetrics);
    }

    private StaffingInputException unreachable(ServiceTarget target, OfferedLoad load) {
        return new UnreachableTargetException("maxAgents", "target " + target + " for " + load
                + " is not reachable with at most " + maxAgents + " agents");
    }

    /** Erlang A evaluation of a candidate agent count. */
    private record Probe(double lambda, double traffic, double handle, ServiceTarget target,
                         CustomerPatience patience, int slotsPerAgent) {

        QueueMetrics evaluate(int agents) {
            int servers = Math.multiplyExact(agents, slotsPerAgent);
            return ErlangA.metrics(servers, lambda, handle, target.answerWithinSeconds(), patience,
                    ErlangB.blocking(servers, traffic));
        }
    }
}
