package io.paiban.planning.forecast.model;

/**
 * Rolling-origin backtest shape. {@code origins} forecast origins are placed {@code stepDays} apart,
 * the last one {@code horizonDays} before the end of the history; from each origin the model is fitted
 * on the data before it and forecasts the next {@code horizonDays} days (cut at the end of the
 * history). Origins whose training part is shorter than {@code minTrainingWeeks} are skipped.
 *
 * <p>The defaults (4 origins, 7-day steps, 7-day horizon) are the "last 4 held-out weeks" backtest.
 */
public record BacktestSettings(int origins, int stepDays, int horizonDays, int minTrainingWeeks) {

    public BacktestSettings {
        if (origins < 1 || stepDays < 1 || horizonDays < 1 || minTrainingWeeks < 1) {
            throw new IllegalArgumentException("origins, stepDays, horizonDays and minTrainingWeeks must be >= 1");
        }
    }

    /** Weekly origins: the last {@code heldOutWeeks} weeks are each forecast in turn. */
    public BacktestSettings(int heldOutWeeks, int minTrainingWeeks) {
        this(heldOutWeeks, 7, 7, minTrainingWeeks);
    }

    public static BacktestSettings defaults() {
        return new BacktestSettings(4, 2);
    }

    /** For run records and reports. */
    public String describe() {
        return "rolling origin, " + origins + " origin(s) " + stepDays + " day(s) apart, " + horizonDays
                + "-day horizon per origin, min " + minTrainingWeeks + " training week(s)";
    }
}
