package io.paiban.floor.intraday.engine;

import java.util.List;

/**
 * The reforecast factor: actual over forecast on the recent past, damped toward 1 so that one noisy interval
 * does not swing the rest of the day.
 *
 * <pre>
 *   raw    = sum(actual) / sum(forecast)            over the observed intervals of the look-back window
 *   damped = 1 + weight x (raw - 1),   clamped to [min, max]
 * </pre>
 * With less forecast volume in the window than {@code minForecastVolume} the evidence is too thin and the
 * factor is 1 (the forecast stands).
 *
 * @param raw      the undamped ratio (1 when there is no evidence)
 * @param damped   the factor applied to the remaining intervals
 * @param forecast forecast volume of the observed intervals
 * @param actual   actual volume of the observed intervals
 */
public record DampedRatio(double raw, double damped, double forecast, double actual, int intervals) {

    /** One observed interval: what was forecast and what came. */
    public record Observation(double forecast, double actual) {
    }

    public static final DampedRatio NONE = new DampedRatio(1.0, 1.0, 0, 0, 0);

    public static DampedRatio of(List<Observation> window, double weight, double min, double max, double minForecastVolume) {
        if (weight < 0 || weight > 1 || min <= 0 || max < min) {
            throw new IllegalArgumentException("weight must be in [0,1] and 0 < min <= max");
        }
        double forecast = window.stream().mapToDouble(Observation::forecast).sum();
        double actual = window.stream().mapToDouble(Observation::actual).sum();
        if (window.isEmpty() || forecast < minForecastVolume || forecast <= 0) {
            return new DampedRatio(1.0, 1.0, forecast, actual, window.size());
        }
        double raw = actual / forecast;
        double damped = Math.max(min, Math.min(max, 1 + weight * (raw - 1)));
        return new DampedRatio(raw, damped, forecast, actual, window.size());
    }
}
