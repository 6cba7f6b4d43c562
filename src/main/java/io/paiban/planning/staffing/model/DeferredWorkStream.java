package io.paiban.planning.staffing.model;

import java.util.List;

/**
 * A type of deferred work (email, ticket) with its forecast arrivals.
 *
 * @param name              label used in error messages
 * @param itemsPerInterval  forecast items arriving in each planning interval (same length as the intervals)
 * @param handleTimeSeconds agent time needed per item
 * @param deadline          when an item must be finished
 */
public record DeferredWorkStream(String name, List<Double> itemsPerInterval, double handleTimeSeconds,
                                 DeadlineRule deadline) {

    public DeferredWorkStream {
        if (name == null || itemsPerInterval == null || deadline == null) {
            throw new StaffingInputException("stream", "name, items and deadline must not be null");
        }
        itemsPerInterval = List.copyOf(itemsPerInterval);
        for (Double items : itemsPerInterval) {
            StaffingInputException.requireNonNegative("itemsPerInterval", items);
        }
        StaffingInputException.requirePositive("handleTimeSeconds", handleTimeSeconds);
    }
}
