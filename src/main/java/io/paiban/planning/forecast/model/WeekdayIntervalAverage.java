package io.paiban.planning.forecast.model;

/**
 * Mean (or median) of the same weekday and interval over the last N weeks, skipping missing values.
 * Averaging N weeks divides the Poisson-like noise variance by about N, which is why it beats
 * {@link SeasonalNaive} on stable queues; it lags behind a trend by about N/2 weeks.
 */
public final class WeekdayIntervalAverage implements ForecastModel {

    private final int weeks;
    private final boolean median;

    public WeekdayIntervalAverage(int weeks, boolean median) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be >= 1");
        }
        this.weeks = weeks;
        this.median = median;
    }

    public static WeekdayIntervalAverage mean(int weeks) {
        return new WeekdayIntervalAverage(weeks, false);
    }

    public static WeekdayIntervalAverage median(int weeks) {
        return new WeekdayIntervalAverage(weeks, true);
    }

    @Override
    public String name() {
        return (median ? "WeekdayIntervalMedian(" : "WeekdayIntervalMean(") + weeks + "w)";
    }

    @Override
    public FittedModel fit(IntervalSeries history) {
        int n = history.size();
        int week = history.intervalsPerWeek();
        // One value per position in the week, indexed relative to the end of the history so that
        // profile[k % week] is the forecast for step k.
        double[] profile = new double[week];
        double[] buffer = new double[weeks];
        for (int k = 0; k < week; k++) {
            int count = 0;
            for (int w = 1; w <= weeks; w++) {
                int past = n + k - w * week;
                if (past >= 0 && !history.isMissing(past)) {
                    buffer[count++] = history.value(past);
                }
            }
            if (count == 0) {
                profile[k] = Double.NaN;
            } else if (median) {
                profile[k] = SeriesMath.median(buffer, count);
            } else {
                double sum = 0;
                for (int i = 0; i < count; i++) {
                    sum += buffer[i];
                }
                profile[k] = sum / count;
            }
        }
        return new Fitted(name(), history, profile);
    }

    private record Fitted(String modelName, IntervalSeries history, double[] weekProfile)
            implements FittedModel {

        @Override
        public IntervalSeries forecast(int horizon) {
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                out[k] = weekProfile[k % weekProfile.length];
            }
            return history.following(SeriesMath.clampNonNegative(SeriesMath.fillGaps(out, history)));
        }
    }
}
