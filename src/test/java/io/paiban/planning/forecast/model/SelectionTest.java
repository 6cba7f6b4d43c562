package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void pickFollowsTheSelectionRuleOnTheReturnedTable() {
        for (long seed = 21; seed <= 23; seed++) {
            IntervalSeries history = SyntheticSeries.seed(seed).weeks(14).peak(25 + 20 * (seed - 21))
                    .trendPerWeek(0.01 * (seed - 21)).generate().observed();
            ForecastResult result = VolumeForecaster.withDefaults().forecast(ForecastRequest.of(history, WEEK));
            assertEquals(VolumeForecaster.defaultCandidates().size(), result.backtest().size() - 1); // + the combination
            BacktestScore best = result.backtest().stream()
                    .min(Comparator.comparingDouble(BacktestScore::meanWape)).orElseThrow();
            int combo = result.backtest().size() - 1;
            assertEquals(result.backtest().get(VolumeForecaster.selectIndex(result.backtest(), combo,
                    VolumeForecaster.DEFAULT_SELECTION)).modelName(), result.chosenModel());
            // the combination, or a single candidate only if it is the best one and clearly better than the combination
            assertTrue(result.chosenModel().equals(Combination.name(3)) || (result.chosenModel().equals(best.modelName())
                    && VolumeForecaster.clearlyBetter(best, result.backtest().get(combo))), result.chosenModel());
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

    private static BacktestScore score(String name, double... folds) {
        List<Double> w = java.util.Arrays.stream(folds).boxed().toList();
        return new BacktestScore(name, w.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), 0, w,
                java.util.Collections.nCopies(folds.length, 0.0));
    }

    @Test
    void combinationIsKeptUnlessASingleModelBeatsItByMoreThanOneStandardError() {
        VolumeForecaster.Selection rule = VolumeForecaster.Selection.COMBINATION_UNLESS_CLEARLY_BEATEN;
        // Single b is better on average (0.20 vs 0.21) but the fold differences 0.05, -0.03, 0.01 have
        // mean 0.01 and standard error 0.0231: not clearly better, the combination stays.
        List<BacktestScore> noisy = List.of(score("a", 0.30, 0.30, 0.30), score("b", 0.15, 0.25, 0.20),
                score("combo", 0.20, 0.22, 0.21));
        assertEquals(2, VolumeForecaster.selectIndex(noisy, 2, rule));
        assertEquals(1, VolumeForecaster.selectIndex(noisy, 2, VolumeForecaster.Selection.LOWEST));
        // Differences 0.011, 0.009, 0.010: mean 0.010 > standard error 0.00058, so b is clearly better.
        List<BacktestScore> clear = List.of(score("a", 0.30, 0.30, 0.30), score("b", 0.20, 0.21, 0.20),
                score("combo", 0.211, 0.219, 0.210));
        assertEquals(1, VolumeForecaster.selectIndex(clear, 2, rule));
        // Boundary: one fold gives no standard error, so nothing is clearly better than the combination.
        List<BacktestScore> oneFold = List.of(score("a", 0.10), score("combo", 0.20));
        assertEquals(1, VolumeForecaster.selectIndex(oneFold, 1, rule));
        // The combination wins outright when its mean is lowest; without a combination row, the lowest single.
        List<BacktestScore> comboBest = List.of(score("a", 0.30, 0.10), score("combo", 0.15, 0.15));
        assertEquals(1, VolumeForecaster.selectIndex(comboBest, 1, rule));
        assertEquals(1, VolumeForecaster.selectIndex(List.of(score("a", 0.3, 0.3), score("b", 0.2, 0.2)), -1, rule));
    }

    @Test
    void equalAndMedianCombinationsOfTheBestK() {
        double[] wapes = {0.2, 0.1, Double.NaN, 0.4, 0.3};
        double[] equal = new Combination(3, Combination.Weighting.EQUAL).weights(wapes);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 0, 0, 1 / 3.0}, equal, 1e-12);
        List<double[]> forecasts = List.of(new double[] {1, 10}, new double[] {2, 30}, new double[] {100, 100},
                new double[] {100, 100}, new double[] {9, 20});
        assertArrayEquals(new double[] {4, 20}, new Combination(3, Combination.Weighting.EQUAL).apply(equal, forecasts), 1e-9);
        Combination median = new Combination(3, Combination.Weighting.MEDIAN);
        assertArrayEquals(new double[] {2, 20}, median.apply(median.weights(wapes), forecasts), 1e-12);
        Combination median2 = new Combination(2, Combination.Weighting.MEDIAN); // even count: mean of the middle two
        assertArrayEquals(new double[] {1.5, 20}, median2.apply(median2.weights(wapes), forecasts), 1e-12);
    }
}
