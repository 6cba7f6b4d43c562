package io.paiban.planning.staffing.model;

/**
 * Aggregate of several intervals.
 *
 * @param offeredContacts  total contacts offered
 * @param serviceLevel     contact-weighted share answered within target
 * @param asaSeconds       contact-weighted mean time in queue; +Infinity if any loaded interval is unstable
 * @param abandonRate      contact-weighted abandonment share
 * @param occupancy        total busy server time over total staffed server time (not contact-weighted,
 *                         because an idle agent in a quiet interval is idle time all the same)
 * @param unstableContacts contacts offered in intervals whose queue grows without bound (Erlang C, N &lt;= A)
 */
public record OverallMetrics(double offeredContacts, double serviceLevel, double asaSeconds, double abandonRate,
                             double occupancy, double unstableContacts) {
}
