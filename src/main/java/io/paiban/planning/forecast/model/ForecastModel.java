package io.paiban.planning.forecast.model;

import java.util.Map;

/**
 * A forecasting method. {@link #fit} is a pure function of the history, so one model instance can be
 * shared across threads and backtest folds.
 */
public interface ForecastModel {

    /** Stable name, used in backtest tables and to force a model. */
    String name();

    /** Fits on {@code history} (NaN = missing) and returns the fitted state. */
    FittedModel fit(IntervalSeries history);

    /** A model fitted to one history; forecasts continue right after that history. */
    interface FittedModel {

        String modelName();

        /** The next {@code horizon} intervals after the history. Values are finite and >= 0. */
        IntervalSeries forecast(int horizon);

        /** What the fit estimated (smoothing weights, weekly level, ...), for run records and docs. */
        default Map<String, Double> parameterValues() {
            return Map.of();
        }
    }
}
