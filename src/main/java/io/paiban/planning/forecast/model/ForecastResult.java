package io.paiban.planning.forecast.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outcome of {@link VolumeForecaster#forecast}: the model used (best backtest WAPE unless forced), the
 * backtest table of every candidate, the base forecast of that model and the final forecast with
 * calendar effects applied, plus the effects used per event key and what the final fit estimated (for a
 * combination: its weights), and the prediction bounds of the final forecast at the two quantile levels
 * ({@link PredictionIntervals}).
 */
public record ForecastResult(String chosenModel, boolean forced, List<BacktestScore> backtest,
                             IntervalSeries baseForecast, IntervalSeries forecast,
                             Map<String, EventEffect> appliedEffects, Map<String, Double> fittedParameters,
                             IntervalSeries lower, IntervalSeries upper, double lowerLevel, double upperLevel) {

    public ForecastResult {
        backtest = List.copyOf(backtest);
        appliedEffects = Map.copyOf(appliedEffects);
        fittedParameters = fittedParameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(fittedParameters));
    }

    public Optional<BacktestScore> score(String modelName) {
        return backtest.stream().filter(s -> s.modelName().equals(modelName)).findFirst();
    }
}
