package io.paiban.planning.forecast.model;

import java.util.ArrayList;
import java.util.List;

/** Rolling-origin evaluation of candidate models on one series. Stateless. */
public final class Backtester {

    private final BacktestSettings settings;

    public Backtester(BacktestSettings settings) {
        this.settings = settings;
    }

    public BacktestSettings settings() {
        return settings;
    }

    /** One backtest fold: train on [0, origin), forecast [origin, end). */
    public record Fold(int origin, int end) {

        public int length() {
            return end - origin;
        }
    }

    /**
     * The backtest of several models on one series: the folds, and per model (in the order given) its
     * forecast of every fold and its score.
     */
    public record Detail(IntervalSeries history, List<Fold> folds, List<double[][]> forecasts, List<BacktestScore> scores) {

        public Detail {
            folds = List.copyOf(folds);
            forecasts = List.copyOf(forecasts);
            scores = List.copyOf(scores);
        }
    }

    /** The folds of this series, earliest origin first. */
    public List<Fold> folds(IntervalSeries history) {
        int day = history.intervalsPerDay();
        int n = history.size();
        int lastOrigin = n - settings.horizonDays() * day;
        List<Fold> folds = new ArrayList<>();
        for (int i = settings.origins() - 1; i >= 0; i--) {
            int origin = lastOrigin - i * settings.stepDays() * day;
            if (origin >= settings.minTrainingWeeks() * history.intervalsPerWeek() && origin < n) {
                folds.add(new Fold(origin, Math.min(n, origin + settings.horizonDays() * day)));
            }
        }
        return folds;
    }

    /** One score per model, in the order given. */
    public List<BacktestScore> run(IntervalSeries history, List<ForecastModel> models) {
        return detail(history, models).scores();
    }

    /** Scores and the fold forecasts themselves (for combinations and prediction intervals). */
    public Detail detail(IntervalSeries history, List<ForecastModel> models) {
        List<Fold> folds = folds(history);
        List<double[][]> forecasts = new ArrayList<>(models.size());
        List<BacktestScore> scores = new ArrayList<>(models.size());
        for (ForecastModel model : models) {
            double[][] perFold = new double[folds.size()][];
            for (int f = 0; f < folds.size(); f++) {
                Fold fold = folds.get(f);
                IntervalSeries train = history.slice(0, fold.origin());
                perFold[f] = model.fit(train).forecast(fold.length()).values();
            }
            forecasts.add(perFold);
            scores.add(score(model.name(), history, folds, perFold));
        }
        return new Detail(history, folds, forecasts, scores);
    }

    /** Score of given fold forecasts (used for the combination too). */
    public static BacktestScore score(String name, IntervalSeries history, List<Fold> folds, double[][] perFold) {
        List<Double> wapes = new ArrayList<>();
        List<Double> biases = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            double[] error = wapeAndBias(history, folds.get(f).origin(), perFold[f]);
            if (!Double.isNaN(error[0])) {
                wapes.add(error[0]);
                biases.add(error[1]);
            }
        }
        return new BacktestScore(name, mean(wapes), mean(biases), wapes, biases);
    }

    /**
     * {WAPE, bias} of {@code forecast} against {@code actual} from index {@code from}, over the
     * intervals where the actual is not missing; NaN when those actuals sum to zero.
     */
    public static double[] wapeAndBias(IntervalSeries actual, int from, IntervalSeries forecast) {
        return wapeAndBias(actual, from, forecast.values());
    }

    public static double[] wapeAndBias(IntervalSeries actual, int from, double[] forecast) {
        double absError = 0;
        double signedError = 0;
        double actualSum = 0;
        for (int k = 0; k < forecast.length && from + k < actual.size(); k++) {
            double a = actual.value(from + k);
            if (Double.isNaN(a)) {
                continue;
            }
            double f = forecast[k];
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

    static double mean(List<Double> values) {
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
