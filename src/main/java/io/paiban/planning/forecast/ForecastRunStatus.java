package io.paiban.planning.forecast;

/** Runs are computed inside the request today; the status leaves room for queued background runs. */
public enum ForecastRunStatus {
    COMPLETED
}
