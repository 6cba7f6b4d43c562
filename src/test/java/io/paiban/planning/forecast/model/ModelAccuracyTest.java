package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelAccuracyTest {

    private static final int WEEK = 336; // 30-minute intervals

    private static Map<String, Double> wapes(IntervalSeries history, List<ForecastModel> models) {
        return new Backtester(BacktestSettings.defaults()).run(history, models).stream()
                .collect(Collectors.toMap(BacktestScore::modelName, BacktestScore::meanWape));
    }

    @Test
    void smoothingModelsBeatSeasonalNaiveOnNoisyStableData() {
        IntervalSeries history = SyntheticSeries.seed(11).weeks(16).peak(30).generate().observed();
        List<ForecastModel> models = VolumeForecaster.defaultCandidates();
        Map<String, Double> wape = wapes(history, models);
        double naive = wape.get(SeasonalNaive.NAME);
        for (ForecastModel model : models) {
            if (!model.name().equals(SeasonalNaive.NAME)) {
                // Averaging several weeks cuts Poisson noise: expect a clear margin, not a tie.
                assertTrue(wape.get(model.name()) < 0.9 * naive,
                        model.name() + " " + wape.get(model.name()) + " vs naive " + naive);
            }
        }
    }

    @Test
    void profileTrendFollowsGrowthBetterThanPlainAverage() {
        IntervalSeries history = SyntheticSeries.seed(12).weeks(16).peak(120).trendPerWeek(0.03)
                .generate().observed();
        ForecastModel trend = new ProfileTrend(8, 0.5);
        ForecastModel average = WeekdayIntervalAverage.mean(4);
        List<BacktestScore> table = new Backtester(BacktestSettings.defaults()).run(history,
                List.of(trend, average));
        assertTrue(table.get(0).meanWape() < table.get(1).meanWape(), table.toString());
        // The average lags ~2.5 weeks of growth; the trend model should be nearly unbiased.
        assertTrue(Math.abs(table.get(0).meanBias()) < 0.02, table.toString());
        assertTrue(table.get(1).meanBias() < -0.04, table.toString());
    }

    @Test
    void forecastsTrackTheTrueMeanOneWeekAhead() {
        SyntheticSeries.Generated data = SyntheticSeries.seed(13).weeks(13).peak(60).generate();
        IntervalSeries history = data.history(12 * WEEK);
        double truth = data.expectedSum(12 * WEEK, 13 * WEEK);
        for (ForecastModel model : VolumeForecaster.defaultCandidates()) {
            IntervalSeries forecast = model.fit(history).forecast(WEEK);
            assertEquals(WEEK, forecast.size());
            assertEquals(history.end(), forecast.start());
            assertEquals(1.0, forecast.observedSum() / truth, 0.05, model.name());
        }
    }

    @Test
    void doubleSeasonalHoltWintersFitsParametersInsideTheUnitInterval() {
        IntervalSeries history = SyntheticSeries.seed(14).weeks(8).intervalMinutes(15).peak(20)
                .generate().observed();
        for (DoubleSeasonalHoltWinters.Seasonality seasonality : DoubleSeasonalHoltWinters.Seasonality.values()) {
            DoubleSeasonalHoltWinters.Fitted fitted =
                    new DoubleSeasonalHoltWinters(seasonality, true).fit(history);
            DoubleSeasonalHoltWinters.Parameters p = fitted.parameters();
            for (double value : new double[] {p.alpha(), p.gammaDay(), p.omegaWeek(), p.phi()}) {
                assertTrue(value > 0 && value < 1, p.toString());
            }
            IntervalSeries forecast = fitted.forecast(4 * 96 * 7);
            for (int k = 0; k < forecast.size(); k++) {
                assertTrue(forecast.value(k) >= 0 && Double.isFinite(forecast.value(k)));
            }
        }
    }

    @Test
    void doubleSeasonalHoltWintersPicksUpAutocorrelatedErrorsWithPhi() {
        // Level shocks that persist for a few hours: the AR(1) term should learn a clearly positive phi.
        SyntheticSeries.Generated data = SyntheticSeries.seed(15).weeks(8).peak(80).generate();
        double[] values = data.observed().values();
        java.util.Random random = new java.util.Random(5);
        double shock = 0;
        for (int t = 0; t < values.length; t++) {
            shock = 0.8 * shock + random.nextGaussian() * 6;
            values[t] = Math.max(0, values[t] + shock);
        }
        IntervalSeries history = data.observed().withValues(values);
        double phi = DoubleSeasonalHoltWinters.standard().fit(history).parameters().phi();
        assertTrue(phi > 0.4, "phi " + phi);
    }

    @Test
    void everyModelHandlesFifteenMinuteIntervals() {
        IntervalSeries history = SyntheticSeries.seed(16).weeks(6).intervalMinutes(15).peak(15)
                .generate().observed();
        Map<String, Double> wape = wapes(history, VolumeForecaster.defaultCandidates());
        assertEquals(VolumeForecaster.defaultCandidates().stream().map(ForecastModel::name)
                .collect(Collectors.toSet()), wape.keySet());
        wape.values().forEach(w -> assertTrue(w > 0 && w < 0.6, wape.toString()));
    }
}
