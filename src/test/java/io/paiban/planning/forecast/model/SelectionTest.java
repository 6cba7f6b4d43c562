package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final int WEEK = 336;

    @Test
    void bestPickIsTheLowestBacktestWapeInTheReturnedTable() {
        for (long seed = 21; seed <= 23; seed++) {
            IntervalSeries history = SyntheticSeries.seed(seed).weeks(14).peak(25 + 20 * (seed - 21))
                    .trendPerWeek(0.01 * (seed - 21)).generate().observed();
            ForecastResult result = VolumeForecaster.withDefaults().forecast(ForecastRequest.of(history, WEEK));
            assertEquals(VolumeForecaster.defaultCandidates().size(), result.backtest().size() - 1); // + the combination
            BacktestScore best = result.backtest().stream()
                    .min(Comparator.comparingDouble(BacktestScore::meanWape)).orElseThrow();
            assertEquals(best.modelName(), result.chosenModel());
            assertFalse(result.forced());
            for (BacktestScore score : result.backtest()) {
                assertEquals(4, score.folds());
                double mean = score.foldWapes().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                assertEquals(mean, score.meanWape(), 1e-12);
            }
            // No events: the final forecast is the chosen model's base forecast.
            assertEquals(result.baseForecast(), result.forecast());
            assertEquals(WEEK, result.forecast().size());
        }
    }

    @Test
    void backtestScoresAreTheFoldWapesOfThatModel() {
        IntervalSeries history = SyntheticSeries.seed(24).weeks(10).peak(30).generate().observed();
        ForecastModel model = WeekdayIntervalAverage.mean(4);
        BacktestScore score = new Backtester(new BacktestSettings(3, 2)).run(history, List.of(model)).get(0);
        // Recompute the last fold by hand.
        int origin = history.size() - WEEK;
        IntervalSeries forecast = model.fit(history.slice(0, origin)).forecast(WEEK);
        double abs = 0;
        double signed = 0;
        double actual = 0;
        for (int k = 0; k < WEEK; k++) {
            abs += Math.abs(history.value(origin + k) - forecast.value(k));
            signed += forecast.value(k) - history.value(origin + k);
            actual += history.value(origin + k);
        }
        assertEquals(3, score.folds());
        assertEquals(abs / actual, score.foldWapes().get(2), 1e-12);
        assertEquals(signed / actual, score.foldBiases().get(2), 1e-12);
    }

    @Test
    void forcingAModelUsesItAndStillReportsTheTable() {
        IntervalSeries history = SyntheticSeries.seed(25).weeks(12).peak(30).generate().observed();
        VolumeForecaster forecaster = VolumeForecaster.withDefaults();
        ForecastResult forced = forecaster.forecast(ForecastRequest.of(history, WEEK).forceModel(SeasonalNaive.NAME));
        assertEquals(SeasonalNaive.NAME, forced.chosenModel());
        assertTrue(forced.forced());
        assertEquals(new SeasonalNaive().fit(history).forecast(WEEK), forced.forecast());
        // a forced model backtests only itself (for its prediction bounds), not the other candidates
        assertEquals(List.of(SeasonalNaive.NAME), forced.backtest().stream().map(BacktestScore::modelName).toList());
        assertThrows(IllegalArgumentException.class,
                () -> forecaster.forecast(ForecastRequest.of(history, WEEK).forceModel("NoSuchModel")));
    }

    @Test
    void tableSkipsFoldsWithoutEnoughTraining() {
        IntervalSeries history = SyntheticSeries.seed(26).weeks(4).peak(30).generate().observed();
        List<BacktestScore> table = new Backtester(BacktestSettings.defaults())
                .run(history, List.of(new SeasonalNaive()));
        assertEquals(2, table.get(0).folds()); // origins after week 2 and week 3 only
    }

    @Test
    void combinationCompetesAndBoundsEncloseTheForecast() {
        IntervalSeries history = SyntheticSeries.seed(27).weeks(12).peak(30).generate().observed();
        ForecastResult result = VolumeForecaster.withDefaults().forecast(ForecastRequest.of(history, WEEK));
        assertEquals(VolumeForecaster.defaultCandidates().size() + 1, result.backtest().size());
        assertEquals(Combination.name(3), result.backtest().get(result.backtest().size() - 1).modelName());
        double[] f = result.forecast().values();
        double[] lo = result.lower().values();
        double[] hi = result.upper().values();
        boolean wider = false;
        for (int k = 0; k < f.length; k++) {
            assertTrue(lo[k] >= 0 && lo[k] <= f[k] + 1e-9 && f[k] <= hi[k] + 1e-9, "bounds at " + k);
            wider |= hi[k] - lo[k] > 1;
        }
        assertTrue(wider, "bounds have width");
        ForecastResult combined = VolumeForecaster.withDefaults().forecast(ForecastRequest.of(history, WEEK).forceModel(Combination.name(3)));
        assertEquals(Combination.name(3), combined.chosenModel());
        assertEquals(3, combined.fittedParameters().keySet().stream().filter(k -> k.startsWith("weight:")).count());
        assertEquals(1.0, combined.fittedParameters().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-3);
    }

    @Test
    void combinationWeightsAreInverseWapeOfTheBestK() {
        double[] w = new Combination(2).weights(new double[] {0.2, 0.1, Double.NaN, 0.4});
        assertEquals((1 / 0.2) / (1 / 0.2 + 1 / 0.1), w[0], 1e-12);
        assertEquals((1 / 0.1) / (1 / 0.2 + 1 / 0.1), w[1], 1e-12);
        assertEquals(0, w[2]);
        assertEquals(0, w[3]);
    }
}
