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
            assertEquals(VolumeForecaster.defaultCandidates().size(), result.backtest().size());
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
        assertEquals(VolumeForecaster.defaultCandidates().size(), forced.backtest().size());
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
}
