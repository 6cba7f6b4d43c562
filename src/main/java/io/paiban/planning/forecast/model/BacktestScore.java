package io.paiban.planning.forecast.model;

import java.util.List;

/**
 * One model's rolling-origin backtest result. WAPE = sum|actual - forecast| / sum actual and
 * bias = sum(forecast - actual) / sum actual, both over the non-missing intervals of each held-out
 * week; the means are over folds (a fold whose actuals sum to zero has no WAPE and is skipped).
 */
public record BacktestScore(String modelName, double meanWape, double meanBias, List<Double> foldWapes,
                            List<Double> foldBiases) {

    public BacktestScore {
        foldWapes = List.copyOf(foldWapes);
        foldBiases = List.copyOf(foldBiases);
    }

    public int folds() {
        return foldWapes.size();
    }
}
