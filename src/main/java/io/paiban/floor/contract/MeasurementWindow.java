package io.paiban.floor.contract;

/**
 * The period whose result must reach the target. MONTH: the month's total; WEEK and DAY: every week
 * (Monday-based, cut at the month's edges) or every day of the month with contacts must reach it.
 */
public enum MeasurementWindow {
    DAY, WEEK, MONTH
}
