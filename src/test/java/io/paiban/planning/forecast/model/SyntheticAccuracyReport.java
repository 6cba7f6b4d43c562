package io.paiban.planning.forecast.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Prints the backtest tables and calendar-effect recovery on seeded synthetic data, for the figures in
 * FORECASTING.md. Run: {@code java -cp target/classes:target/test-classes
 * io.paiban.planning.forecast.model.SyntheticAccuracyReport}
 */
public final class SyntheticAccuracyReport {

    private static final int WEEK = 336;

    public static void main(String[] args) {
        scenario("stable, peak 30/interval", SyntheticSeries.seed(301).weeks(26).peak(30));
        scenario("stable, peak 150/interval", SyntheticSeries.seed(302).weeks(26).peak(150));
        scenario("growth +2%/week, peak 80", SyntheticSeries.seed(303).weeks(26).peak(80).trendPerWeek(0.02));
        scenario("peak 80, outage in last 2 weeks (4 days missing)",
                SyntheticSeries.seed(304).weeks(26).peak(80).missingDays(26 * 7 - 10, 4));
        scenario("15-minute, peak 20", SyntheticSeries.seed(305).weeks(26).intervalMinutes(15).peak(20));
        calendar();
    }

    private static void scenario(String title, SyntheticSeries generator) {
        SyntheticSeries.Generated data = generator.generate();
        IntervalSeries history = data.observed();
        List<BacktestScore> table = new Backtester(BacktestSettings.defaults())
                .run(history, VolumeForecaster.defaultCandidates());
        int best = VolumeForecaster.bestIndex(table);
        System.out.println("### " + title + " (26 weeks, 4 folds)");
        for (int i = 0; i < table.size(); i++) {
            BacktestScore s = table.get(i);
            System.out.printf("  %-28s WAPE %.3f bias %+.3f%s%n", s.modelName(), s.meanWape(), s.meanBias(),
                    i == best ? "  <- chosen" : "");
        }
        // Noise floor: the true mean as the forecast, scored on the same 4 held-out weeks.
        int week = history.intervalsPerWeek();
        int from = history.size() - 4 * week;
        double[] truth = java.util.Arrays.copyOfRange(data.expected(), from, history.size());
        System.out.printf("  %-28s WAPE %.3f%n", "(true mean, noise floor)",
                Backtester.wapeAndBias(history, from, history.slice(from, history.size()).withValues(truth))[0]);
    }

    private static void calendar() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<LocalDate> days = List.of(start.plusDays(23), start.plusDays(66), start.plusDays(106),
                start.plusDays(143));
        Map<Integer, Double> uplift = Map.of(0, 3.0, 1, 1.5);
        SyntheticSeries generator = SyntheticSeries.seed(31).start(start).weeks(22).peak(50);
        days.forEach(d -> generator.promotion(d, uplift));
        SyntheticSeries.Generated data = generator.generate();
        IntervalSeries history = data.history(20 * WEEK);
        List<EventOccurrence> events = days.stream().map(d -> EventOccurrence.of("DOUBLE_11", d)).toList();
        EventEffect effect = EventEffectLearner.defaults().learn(history, "DOUBLE_11", events).orElseThrow();
        System.out.println("### calendar: true uplift x3.0 day 0, x1.5 day +1, 3 past occurrences");
        System.out.println("  learned: " + effect);
        ForecastResult result = VolumeForecaster.withDefaults()
                .forecast(ForecastRequest.of(history, 2 * WEEK).withEvents(events));
        for (int offset = 0; offset <= 1; offset++) {
            int from = (int) (days.get(3).plusDays(offset).toEpochDay() - start.toEpochDay()) * 48;
            double forecast = 0;
            for (int i = 0; i < 48; i++) {
                forecast += result.forecast().value(from - history.size() + i);
            }
            System.out.printf("  next occurrence day %+d: forecast %.0f, true mean %.0f, ratio %.3f (model %s)%n",
                    offset, forecast, data.expectedSum(from, from + 48), forecast / data.expectedSum(from, from + 48),
                    result.chosenModel());
        }
    }
}
