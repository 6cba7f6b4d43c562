package io.paiban.planning.staffing.model;

/**
 * Items of one stream that arrive in the same interval and therefore share a deadline.
 *
 * @param stream           index of the stream in the planner's input
 * @param releaseInterval  interval in which the items arrive and can first be worked
 * @param deadlineInterval last interval in which they may still be worked; equal to the number of intervals
 *                         when the deadline lies after the planning horizon (no constraint inside it)
 * @param items            number of items (fractional forecasts allowed)
 * @param workSeconds      items times handle time
 */
public record WorkBatch(int stream, int releaseInterval, int deadlineInterval, double items, double workSeconds) {
}
