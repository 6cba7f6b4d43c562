package io.paiban.planning.staffing;

/**
 * Run-wide assumptions on top of each queue's own target, handle time and concurrency. Null means
 * "not used": no patience is Erlang C, no caps are no limits.
 */
public record StaffingOptions(Double phonePatienceSeconds, Double chatPatienceSeconds, Double maxOccupancy,
                              Double maxAsaSeconds, Double maxAbandonRate, double chatConcurrencyInflation) {

    public static StaffingOptions defaults() {
        return new StaffingOptions(null, null, null, null, null, 0.0);
    }
}
