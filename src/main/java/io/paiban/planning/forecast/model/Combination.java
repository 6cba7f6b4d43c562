package io.paiban.planning.forecast.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combination of the best {@code k} candidates (lowest mean backtest WAPE): per interval the median of their
 * forecasts ({@link Weighting#MEDIAN}, the default), their plain mean ({@link Weighting#EQUAL}) or the mean
 * weighted by inverse backtest WAPE {@code w_i = (1 / WAPE_i) / sum_j (1 / WAPE_j)} (WAPE floored at 1e-6). Its own backtest score is honest: the forecast of fold f combines the
 * candidates' forecasts of fold f with ranks and weights from the other folds only (leave one fold
 * out), so no fold is scored with weights that have seen it; with a single fold, all candidates get
 * equal weight.
 */
public final class Combination {

    public static final String PREFIX = "Combination(top";

    /** How the k best candidates are combined. */
    public enum Weighting {
        /** w_i proportional to 1 / WAPE_i. */
        INVERSE_WAPE,
        /** w_i = 1 / k. */
        EQUAL,
        /** Per interval, the median of the k forecasts. */
        MEDIAN
    }

    private final int k;
    private final Weighting weighting;

    public Combination(int k) {
        this(k, Weighting.INVERSE_WAPE);
    }

    public Combination(int k, Weighting weighting) {
        if (k < 2) {
            throw new IllegalArgumentException("a combination needs k >= 2");
        }
        this.k = k;
        this.weighting = weighting;
    }

    public Weighting weighting() {
        return weighting;
    }

    public int k() {
        return k;
    }

    public String name() {
        return name(k);
    }

    public static String name(int k) {
        return PREFIX + k + ")";
    }

    public static boolean isCombination(String modelName) {
        return modelName != null && modelName.startsWith(PREFIX);
    }

    /** Weights by candidate index (0 for those left out) from per-candidate WAPEs (NaN = unscored). */
    public double[] weights(double[] wapes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < wapes.length; i++) {
            if (!Double.isNaN(wapes[i])) {
                order.add(i);
            }
        }
        double[] w = new double[wapes.length];
        if (order.isEmpty()) {
            java.util.Arrays.fill(w, 1.0 / wapes.length);
            return w;
        }
        order.sort(Comparator.comparingDouble(i -> wapes[i]));
        double sum = 0;
        for (int r = 0; r < Math.min(k, order.size()); r++) {
            int i = order.get(r);
            w[i] = weighting == Weighting.INVERSE_WAPE ? 1.0 / Math.max(wapes[i], 1e-6) : 1.0;
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** The combined forecast: the weighted mean, or for {@link Weighting#MEDIAN} the median of the chosen ones. */
    public double[] apply(double[] weights, List<double[]> forecasts) {
        if (weighting != Weighting.MEDIAN) {
            return combine(weights, forecasts);
        }
        int n = forecasts.get(0).length;
        double[] out = new double[n];
        double[] column = new double[forecasts.size()];
        for (int t = 0; t < n; t++) {
            int m = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0) {
                    double f = forecasts.get(i)[t];
                    column[m++] = Double.isNaN(f) ? 0 : f;
                }
            }
            java.util.Arrays.sort(column, 0, m);
            out[t] = m % 2 == 1 ? column[m / 2] : (column[m / 2 - 1] + column[m / 2]) / 2;
        }
        return out;
    }

    public static double[] combine(double[] weights, List<double[]> forecasts) {
        int n = forecasts.get(0).length;
        double[] out = new double[n];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            double[] f = forecasts.get(i);
            for (int t = 0; t < n; t++) {
                out[t] += weights[i] * (Double.isNaN(f[t]) ? 0 : f[t]);
            }
        }
        return out;
    }

    /** Fold forecasts of the combination, leave-one-fold-out weights (see class comment). */
    public double[][] foldForecasts(Backtester.Detail detail) {
        int folds = detail.folds().size();
        int models = detail.forecasts().size();
        double[][] out = new double[folds][];
        for (int f = 0; f < folds; f++) {
            double[] wapes = new double[models];
            for (int i = 0; i < models; i++) {
                double sum = 0;
                int count = 0;
                for (int g = 0; g < folds; g++) {
                    if (g == f) {
                        continue;
                    }
                    double wape = Backtester.wapeAndBias(detail.history(), detail.folds().get(g).origin(),
                            detail.forecasts().get(i)[g])[0];
                    if (!Double.isNaN(wape)) {
                        sum += wape;
                        count++;
                    }
                }
                wapes[i] = count == 0 ? Double.NaN : sum / count;
            }
            double[] w = weights(wapes);
            List<double[]> forecasts = new ArrayList<>();
            for (int i = 0; i < models; i++) {
                forecasts.add(detail.forecasts().get(i)[f]);
            }
            out[f] = apply(w, forecasts);
        }
        return out;
    }

    /** Weights of the final combination, from every candidate's mean backtest WAPE. */
    public double[] finalWeights(List<BacktestScore> candidateScores) {
        return weights(candidateScores.stream().mapToDouble(BacktestScore::meanWape).toArray());
    }

    /** Weights by model name, for run records. */
    public static Map<String, Double> named(double[] weights, List<ForecastModel> candidates) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                named.put("weight:" + candidates.get(i).name(), Math.round(weights[i] * 1e4) / 1e4);
            }
        }
        return named;
    }
}
