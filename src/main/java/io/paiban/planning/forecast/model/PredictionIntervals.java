package io.paiban.planning.forecast.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Empirical prediction intervals from a model's own backtest errors, per lead day.
 *
 * <p>For every backtest interval with a known actual {@code a} and the model's forecast {@code f} from
 * that fold's origin, the scaled error {@code e = (a - f) / sqrt(max(f, 1))} is recorded under its lead
 * day {@code floor(k / intervalsPerDay)} (k = steps after the origin). Counts of contacts are roughly
 * Poisson, so dividing by the square root of the forecast makes errors of quiet and busy intervals
 * comparable; intervals where both are 0 (closed hours) carry no information and are skipped. The
 * bounds of a forecast value {@code f} at lead day {@code d} are
 * {@code lower = max(0, f + q_low(d) * sqrt(max(f, 1)))}, {@code upper = f + q_high(d) * sqrt(max(f, 1))}
 * with {@code q_p(d)} the empirical p-quantile (linear interpolation) of the lead day's errors; a lead
 * day with fewer than {@link #MIN_SAMPLES} errors, and every lead day past the backtest horizon, uses
 * the quantiles of all errors pooled. A forecast of 0 (closed) gets bounds 0. Without any error sample
 * the bounds equal the forecast.
 */
public final class PredictionIntervals {

    public static final int MIN_SAMPLES = 30;

    private final double lowerLevel;
    private final double upperLevel;
    private final double[] lowerQ;
    private final double[] upperQ;
    private final double pooledLower;
    private final double pooledUpper;
    private final int samples;

    private PredictionIntervals(double lowerLevel, double upperLevel, double[] lowerQ, double[] upperQ,
                                double pooledLower, double pooledUpper, int samples) {
        this.lowerLevel = lowerLevel;
        this.upperLevel = upperLevel;
        this.lowerQ = lowerQ;
        this.upperQ = upperQ;
        this.pooledLower = pooledLower;
        this.pooledUpper = pooledUpper;
        this.samples = samples;
    }

    public static double scale(double forecast) {
        return Math.sqrt(Math.max(forecast, 1.0));
    }

    /** From fold forecasts of one model on {@code history}. */
    public static PredictionIntervals fromBacktest(IntervalSeries history, List<Backtester.Fold> folds, double[][] perFold,
                                                   double lowerLevel, double upperLevel) {
        if (!(lowerLevel > 0 && lowerLevel < upperLevel && upperLevel < 1)) {
            throw new IllegalArgumentException("need 0 < lower < upper < 1: " + lowerLevel + ", " + upperLevel);
        }
        int perDay = history.intervalsPerDay();
        int leadDays = 1;
        for (Backtester.Fold fold : folds) {
            leadDays = Math.max(leadDays, (fold.length() + perDay - 1) / perDay);
        }
        List<List<Double>> byLead = new ArrayList<>();
        for (int d = 0; d < leadDays; d++) {
            byLead.add(new ArrayList<>());
        }
        List<Double> all = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            Backtester.Fold fold = folds.get(f);
            for (int k = 0; k < fold.length(); k++) {
                double a = history.value(fold.origin() + k);
                double fc = perFold[f][k];
                if (Double.isNaN(a) || Double.isNaN(fc) || (a == 0 && fc <= 0)) {
                    continue;
                }
                double e = (a - fc) / scale(fc);
                byLead.get(k / perDay).add(e);
                all.add(e);
            }
        }
        double pooledLower = all.isEmpty() ? 0 : quantile(all, lowerLevel);
        double pooledUpper = all.isEmpty() ? 0 : quantile(all, upperLevel);
        double[] lowerQ = new double[leadDays];
        double[] upperQ = new double[leadDays];
        for (int d = 0; d < leadDays; d++) {
            boolean enough = byLead.get(d).size() >= MIN_SAMPLES;
            lowerQ[d] = enough ? quantile(byLead.get(d), lowerLevel) : pooledLower;
            upperQ[d] = enough ? quantile(byLead.get(d), upperLevel) : pooledUpper;
        }
        return new PredictionIntervals(lowerLevel, upperLevel, lowerQ, upperQ, pooledLower, pooledUpper, all.size());
    }

    public double lowerLevel() {
        return lowerLevel;
    }

    public double upperLevel() {
        return upperLevel;
    }

    public int samples() {
        return samples;
    }

    /** {lower, upper} bounds of {@code forecast}, whose index 0 is lead 0. */
    public double[][] bounds(double[] forecast, int intervalsPerDay) {
        double[] lower = new double[forecast.length];
        double[] upper = new double[forecast.length];
        for (int k = 0; k < forecast.length; k++) {
            double f = forecast[k];
            if (!(f > 0)) {
                continue; // closed or zero: bounds 0
            }
            int d = k / intervalsPerDay;
            double lq = d < lowerQ.length ? lowerQ[d] : pooledLower;
            double uq = d < upperQ.length ? upperQ[d] : pooledUpper;
            double s = scale(f);
            lower[k] = Math.max(0, Math.min(f, f + lq * s));
            upper[k] = Math.max(f, f + uq * s);
        }
        return new double[][] {lower, upper};
    }

    /** Empirical p-quantile with linear interpolation between order statistics. */
    static double quantile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Share of known actuals from {@code from} within [lower, upper]; intervals where the actual and the
     * upper bound are both 0 (closed) are not counted. NaN when none is counted.
     */
    public static double coverage(IntervalSeries actual, int from, double[] lower, double[] upper) {
        int inside = 0;
        int known = 0;
        for (int k = 0; k < lower.length && from + k < actual.size(); k++) {
            double a = actual.value(from + k);
            if (Double.isNaN(a) || (a == 0 && upper[k] <= 0)) {
                continue; // unknown, or closed (nothing to cover)
            }
            known++;
            if (a >= lower[k] - 1e-9 && a <= upper[k] + 1e-9) {
                inside++;
            }
        }
        return known == 0 ? Double.NaN : (double) inside / known;
    }
}
