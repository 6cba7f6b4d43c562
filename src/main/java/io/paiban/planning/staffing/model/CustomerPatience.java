package io.paiban.planning.staffing.model;

/**
 * How long callers are willing to wait before hanging up, modelled as exponential with the given mean.
 * Infinite patience turns Erlang A into Erlang C, which is how the calculators choose the model.
 */
public record CustomerPatience(double meanSeconds) {

    private static final CustomerPatience INFINITE = new CustomerPatience(Double.POSITIVE_INFINITY);

    public CustomerPatience {
        if (Double.isNaN(meanSeconds) || meanSeconds <= 0) {
            throw new StaffingInputException("patienceSeconds", "must be greater than 0 (use infinite() for Erlang C), was " + meanSeconds);
        }
    }

    public static CustomerPatience infinite() {
        return INFINITE;
    }

    public static CustomerPatience exponentialWithMeanSeconds(double meanSeconds) {
        return new CustomerPatience(meanSeconds);
    }

    public boolean isInfinite() {
        return meanSeconds == Double.POSITIVE_INFINITY;
    }

    /** Abandonment rate theta per waiting caller per second (0 for infinite patience). */
    public double abandonRatePerSecond() {
        return isInfinite() ? 0.0 : 1.0 / meanSeconds;
    }
}
