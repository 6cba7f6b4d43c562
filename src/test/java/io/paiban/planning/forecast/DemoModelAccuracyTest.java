package io.paiban.planning.forecast;

import io.paiban.demo.DemoCenter;
import io.paiban.planning.forecast.model.BacktestScore;
import io.paiban.planning.forecast.model.BacktestSettings;
import io.paiban.planning.forecast.model.Backtester;
import io.paiban.planning.forecast.model.ForecastModel;
import io.paiban.planning.forecast.model.IntervalSeries;
import io.paiban.planning.forecast.model.SeasonalNaive;
import io.paiban.planning.forecast.model.VolumeForecaster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The models on the demo center's 8 queues x 26 weeks, as the service forecasts them (events masked). */
class DemoModelAccuracyTest {

    static final LocalDate HISTORY_END = LocalDate.of(2026, 11, 23);
    static List<DemoSeries.Queue> queues;
    static final Map<String, List<BacktestScore>> tables = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void backtestEveryQueue() {
        DemoCenter center = DemoSeries.center(8, 26, HISTORY_END);
        queues = DemoSeries.queues(center, 26, HISTORY_END);
        Backtester backtester = new Backtester(BacktestSettings.defaults());
        for (DemoSeries.Queue q : queues) {
            IntervalSeries masked = QueueForecaster.LEARNER.maskEvents(q.series().volume(), q.events());
            tables.put(q.spec().code(), backtester.run(masked, VolumeForecaster.defaultCandidates()));
        }
        tables.forEach((code, table) -> System.out.println(code + " " + table.stream()
                .map(s -> String.format("%s=%.3f/%+.3f", s.modelName(), s.meanWape(), s.meanBias())).collect(Collectors.joining(" "))));
    }

    @Test
    void everyModelBeatsOrMatchesSeasonalNaiveOnEveryDemoQueue() {
        for (Map.Entry<String, List<BacktestScore>> entry : tables.entrySet()) {
            double naive = wape(entry.getValue(), SeasonalNaive.NAME);
            for (BacktestScore score : entry.getValue()) {
                // "matches" allows 2% relative: on these Poisson series naive is the noisiest estimate of all.
                assertTrue(score.meanWape() <= naive * 1.02,
                        entry.getKey() + ": " + score.modelName() + " " + score.meanWape() + " vs naive " + naive);
            }
        }
    }

    @Test
    void averagingAndSmoothingModelsClearlyBeatNaiveOnAverage() {
        for (ForecastModel model : VolumeForecaster.defaultCandidates()) {
            if (model.name().equals(SeasonalNaive.NAME)) {
                continue;
            }
            double ratio = tables.values().stream().mapToDouble(t -> wape(t, model.name()) / wape(t, SeasonalNaive.NAME))
                    .average().orElseThrow();
            assertTrue(ratio < 0.9, model.name() + " averages " + ratio + " of naive's WAPE");
        }
    }

    @Test
    void selectionPicksTheCombinationUnlessTheBestSingleIsClearlyBetter() {
        QueueForecaster forecaster = new QueueForecaster();
        for (DemoSeries.Queue q : queues.subList(0, 3)) {
            QueueForecaster.Output out = forecaster.forecast(new QueueForecaster.Input(1, q.series(), 7 * 48, null, Optional.empty(),
                    q.events(), Map.of(), 300));
            BacktestScore best = out.result().backtest().stream().min(Comparator.comparingDouble(BacktestScore::meanWape)).orElseThrow();
            List<BacktestScore> table = out.result().backtest();
            BacktestScore combo = table.get(table.size() - 1);
            String expected = best != combo && VolumeForecaster.clearlyBetter(best, combo) ? best.modelName() : combo.modelName();
            assertEquals(expected, out.result().chosenModel(), q.spec().code());
            List<String> names = new ArrayList<>(out.result().backtest().stream().map(BacktestScore::modelName).toList());
            assertEquals(QueueForecaster.modelNames(), names);
        }
    }

    private static double wape(List<BacktestScore> table, String model) {
        return table.stream().filter(s -> s.modelName().equals(model)).findFirst().orElseThrow().meanWape();
    }
}
