package io.paiban.planning.forecast.model;

/**
 * Rolling-origin backtest shape: the last {@code heldOutWeeks} weeks of history are each forecast in
 * turn (origin moves one week at a time) from the data before them; folds whose training part is
 * shorter than {@code minTrainingWeeks} are skipped.
 */
public record BacktestSettings(int heldOutWeeks, int minTrainingWeeks) {

    public BacktestSettings {
        if (heldOutWeeks < 1 || minTrainingWeeks < 1) {
            throw new IllegalArgumentException("heldOutWeeks and minTrainingWeeks must be >= 1");
        }
    }

    public static BacktestSettings defaults() {
        return new BacktestSettings(4, 2);
    }
}
