package io.paiban.planning.staffing.model;

/**
 * Which closed-form model describes a contact queue: Erlang C when patience is infinite, Erlang A otherwise,
 * each applied to agents * maxConcurrentChats slots with the concurrency-adjusted handle time.
 */
public record QueueModel(CustomerPatience patience, ChatConcurrency concurrency) {

    public QueueModel {
        if (patience == null) {
            throw new StaffingInputException("patience", "must not be null");
        }
        if (concurrency == null) {
            throw new StaffingInputException("concurrency", "must not be null");
        }
    }

    public static QueueModel erlangC() {
        return new QueueModel(CustomerPatience.infinite(), ChatConcurrency.single());
    }

    public static QueueModel erlangA(double meanPatienceSeconds) {
        return new QueueModel(CustomerPatience.exponentialWithMeanSeconds(meanPatienceSeconds), ChatConcurrency.single());
    }

    public static QueueModel chat(ChatConcurrency concurrency, CustomerPatience patience) {
        return new QueueModel(patience, concurrency);
    }

    public int serversFor(int agents) {
        if (agents < 0) {
            throw new StaffingInputException("agents", "must not be negative, was " + agents);
        }
        return Math.multiplyExact(agents, concurrency.maxConcurrentChats());
    }

    public double sessionHandleSeconds(OfferedLoad load) {
        return concurrency.effectiveHandleSeconds(load.ahtSeconds());
    }

    /** Expected steady-state metrics when {@code agents} agents serve {@code load}. */
    public QueueMetrics metrics(OfferedLoad load, int agents, double targetAnswerSeconds) {
        return ErlangA.metrics(serversFor(agents), load.arrivalRatePerSecond(), sessionHandleSeconds(load),
                targetAnswerSeconds, patience);
    }
}
