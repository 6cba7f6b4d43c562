package io.paiban.planning.forecast.model;

import java.util.ArrayList;
import java.util.List;

/** Rolling-origin evaluation of candidate models on one series. Stateless. */
public final class Backtester {

    private final BacktestSettings settings;

    public Backtester(BacktestSettings settings) {
        this.settings = settings;
    }

    /** One score per model, in the order given. */
    public List<BacktestScore> run(IntervalSeries history, List<ForecastModel> models) {
        int week = history.intervalsPerWeek();
        int n = history.size();
        List<int[]> folds = new ArrayList<>();
        for (int i = settings.heldOutWeeks(); i >= 1; i--) {
            int origin = n - i * week;
            if (origin >= settings.minTrainingWeeks() * week) {
                folds.add(new int[] {origin, Math.min(n, origin + week)});
            }
        }
        List<BacktestScore> scores = new ArrayList<>(models.size());
        for (ForecastModel model : models) {
            List<Double> wapes = new ArrayList<>();
            List<Double> biases = new ArrayList<>();
            for (int[] fold : folds) {
                IntervalSeries train = history.slice(0, fold[0]);
                IntervalSeries forecast = model.fit(train).forecast(fold[1] - fold[0]);
                double[] error = wapeAndBias(history, fold[0], forecast);
                if (!Double.isNaN(error[0])) {
                    wapes.add(error[0]);
                    biases.add(error[1]);
                }
            }
            scores.add(new BacktestScore(model.name(), mean(wapes), mean(biases), wapes, biases));
        }
        return scores;
    }

    /**
     * {WAPE, bias} of {@code forecast} against {@code actual} from index {@code from}, over the
     * intervals where the actual is not missing; NaN when those actuals sum to zero.
     */
    public static double[] wapeAndBias(IntervalSeries actual, int from, IntervalSeries forecast) {
        double absError = 0;
        double signedError = 0;
        double actualSum = 0;
        for (int k = 0; k < forecast.size() && from + k < actual.size(); k++) {
            double a = actual.value(from + k);
            if (Double.isNaN(a)) {
                continue;
            }
            double f = forecast.value(k);
            if (Double.isNaN(f)) {
                f = 0; // a model that cannot answer is scored as if it forecast nothing
            }
            absError += Math.abs(a - f);
            signedError += f - a;
            actualSum += a;
        }
        if (actualSum <= 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {absError / actualSum, signedError / actualSum};
    }

    private static double mean(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }
}
