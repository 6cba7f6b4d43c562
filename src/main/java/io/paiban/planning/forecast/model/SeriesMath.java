package io.paiban.planning.forecast.model;

/** Small numeric helpers shared by the models. Stateless. */
final class SeriesMath {

    private SeriesMath() {
    }

    /**
     * Replaces NaN forecast slots (no usable history for that weekday-interval) by the mean of the same
     * interval-of-day over the whole history, then by the overall mean, so a model never returns
     * "unknown" and never silently returns zero demand for a slot it simply has not seen.
     */
    static double[] fillGaps(double[] forecast, IntervalSeries history) {
        boolean anyGap = false;
        for (double v : forecast) {
            if (Double.isNaN(v)) {
                anyGap = true;
                break;
            }
        }
        if (!anyGap) {
            return forecast;
        }
        int perDay = history.intervalsPerDay();
        double[] sum = new double[perDay];
        int[] count = new int[perDay];
        double total = 0;
        int totalCount = 0;
        for (int t = 0; t < history.size(); t++) {
            double v = history.value(t);
            if (!Double.isNaN(v)) {
                sum[t % perDay] += v;
                count[t % perDay]++;
                total += v;
                totalCount++;
            }
        }
        double overall = totalCount == 0 ? 0 : total / totalCount;
        int n = history.size();
        for (int k = 0; k < forecast.length; k++) {
            if (Double.isNaN(forecast[k])) {
                int slot = (n + k) % perDay;
                forecast[k] = count[slot] > 0 ? sum[slot] / count[slot] : overall;
            }
        }
        return forecast;
    }

    static double[] clampNonNegative(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                values[i] = 0; // also maps NaN, which should not survive fillGaps, to 0
            }
        }
        return values;
    }

    static double median(double[] values, int count) {
        double[] sorted = java.util.Arrays.copyOf(values, count);
        java.util.Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
    }
}
