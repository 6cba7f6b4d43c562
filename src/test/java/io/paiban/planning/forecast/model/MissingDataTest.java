package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingDataTest {

    private static final int WEEK = 336;

    @Test
    void forecastAfterAnOutageWeekStaysAtNormalLevel() {
        // The whole last history week is missing (outage), plus a half-day gap earlier.
        SyntheticSeries.Generated data = SyntheticSeries.seed(41).weeks(13).peak(50)
                .missingDays(11 * 7, 7)
                .missingIntervals(3 * WEEK + 20, 3 * WEEK + 44)
                .generate();
        IntervalSeries history = data.history(12 * WEEK);
        assertEquals(WEEK + 24, history.missingCount());
        double truth = data.expectedSum(12 * WEEK, 13 * WEEK);
        for (ForecastModel model : VolumeForecaster.defaultCandidates()) {
            IntervalSeries forecast = model.fit(history).forecast(WEEK);
            assertEquals(1.0, forecast.observedSum() / truth, 0.06, model.name());
            for (int k = 0; k < WEEK; k++) {
                assertTrue(Double.isFinite(forecast.value(k)), model.name() + " k=" + k);
            }
        }
    }

    @Test
    void zerosInsteadOfMissingWouldDragTheForecastDown() {
        // Guard for the contract: the same outage recorded as 0 is read as zero demand.
        SyntheticSeries.Generated data = SyntheticSeries.seed(42).weeks(13).peak(50).missingDays(11 * 7, 7).generate();
        double[] zeros = data.history(12 * WEEK).values();
        for (int t = 0; t < zeros.length; t++) {
            if (Double.isNaN(zeros[t])) {
                zeros[t] = 0;
            }
        }
        IntervalSeries zeroed = data.observed().slice(0, 12 * WEEK).withValues(zeros);
        double truth = data.expectedSum(12 * WEEK, 13 * WEEK);
        assertTrue(new SeasonalNaive().fit(zeroed).forecast(WEEK).observedSum() < 0.1 * truth);
        assertEquals(1.0, new SeasonalNaive().fit(data.history(12 * WEEK)).forecast(WEEK).observedSum() / truth, 0.06);
    }

    @Test
    void backtestScoresOnlyObservedActuals() {
        SyntheticSeries.Generated data = SyntheticSeries.seed(43).weeks(10).peak(40)
                .missingIntervals(9 * WEEK, 9 * WEEK + 100).generate();
        IntervalSeries history = data.observed();
        BacktestScore score = new Backtester(new BacktestSettings(1, 2))
                .run(history, List.of(WeekdayIntervalAverage.mean(4))).get(0);
        assertEquals(1, score.folds());
        assertTrue(score.meanWape() > 0.05 && score.meanWape() < 0.4, score.toString());
    }

    @Test
    void slotWithNoHistoryFallsBackToIntervalOfDayMean() {
        // Every Monday 10:00 is missing in the history: forecast falls back to the 10:00 mean, not 0.
        SyntheticSeries generator = SyntheticSeries.seed(44).weeks(6).peak(40);
        for (int w = 0; w < 6; w++) {
            generator.missingIntervals(w * WEEK + 20, w * WEEK + 21);
        }
        IntervalSeries history = generator.generate().observed();
        for (ForecastModel model : List.of(new SeasonalNaive(), WeekdayIntervalAverage.mean(4))) {
            double mondayTen = model.fit(history).forecast(WEEK).value(20);
            assertTrue(mondayTen > 20, model.name() + " " + mondayTen);
        }
    }
}
