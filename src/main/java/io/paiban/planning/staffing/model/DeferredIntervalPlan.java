package io.paiban.planning.staffing.model;

/**
 * Outcome of one interval of a deferred-work plan, in items.
 *
 * @param agents         agents working deferred items in this interval
 * @param arrivedItems   items arriving in this interval
 * @param completedItems items finished in this interval (fluid, so fractions are possible)
 * @param backlogItems   items still open at the end of the interval
 * @param overdueItems   items whose deadline passed at the end of this interval without being finished
 */
public record DeferredIntervalPlan(PlanningInterval interval, int agents, double arrivedItems, double completedItems,
                                   double backlogItems, double overdueItems) {
}
