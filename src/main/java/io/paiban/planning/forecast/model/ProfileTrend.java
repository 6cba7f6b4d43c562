package io.paiban.planning.forecast.model;

/**
 * Weekly level x weekday-interval profile, with a linear trend on the weekly level.
 *
 * <pre>
 *   p_j   = mean_b y_{b,j} / sum_j' mean_b y_{b,j'}          share of the week in slot j (last N weeks b)
 *   T_b   = sum_{j observed in b} y_{b,j} / sum_{j observed in b} p_j   week total, scaled up for gaps
 *   T_b   ~ a + beta * b   (ordinary least squares over the N weeks)
 *   yhat_{n+k} = (a + beta * week(k)) * p_{slot(n+k)}
 * </pre>
 *
 * <p>Why: the profile is as stable as {@link WeekdayIntervalAverage} but the level follows growth or
 * decline instead of lagging N/2 weeks behind it. The slope is damped by {@code trendDamping}
 * (1 = none) because a slope from a handful of noisy weekly totals extrapolated a month ahead is the
 * usual way such models go wrong.
 */
public final class ProfileTrend implements ForecastModel {

    private final int weeks;
    private final double trendDamping;

    public ProfileTrend(int weeks, double trendDamping) {
        if (weeks < 2) {
            throw new IllegalArgumentException("need at least 2 weeks for a trend");
        }
        if (trendDamping < 0 || trendDamping > 1) {
            throw new IllegalArgumentException("trendDamping in [0,1]");
        }
        this.weeks = weeks;
        this.trendDamping = trendDamping;
    }

    @Override
    public String name() {
        return "ProfileTrend(" + weeks + "w,damp" + trendDamping + ")";
    }

    @Override
    public FittedModel fit(IntervalSeries history) {
        int n = history.size();
        int week = history.intervalsPerWeek();
        int usable = Math.min(weeks, n / week);
        if (usable < 1) {
            return WeekdayIntervalAverage.mean(weeks).fit(history);
        }
        // Block b (b = 0 is the most recent) covers [n - (b+1) week, n - b week); its position k in
        // the block lines up with forecast step k (mod week).
        double[] share = new double[week];
        double shareTotal = 0;
        for (int k = 0; k < week; k++) {
            double sum = 0;
            int count = 0;
            for (int b = 0; b < usable; b++) {
                int t = n - (b + 1) * week + k;
                if (!history.isMissing(t)) {
                    sum += history.value(t);
                    count++;
                }
            }
            share[k] = count == 0 ? Double.NaN : sum / count;
            if (count > 0) {
                shareTotal += share[k];
            }
        }
        if (shareTotal <= 0) {
            return WeekdayIntervalAverage.mean(weeks).fit(history);
        }
        for (int k = 0; k < week; k++) {
            share[k] /= shareTotal;
        }
        double[] x = new double[usable];
        double[] totals = new double[usable];
        int points = 0;
        for (int b = 0; b < usable; b++) {
            double observed = 0;
            double coveredShare = 0;
            for (int k = 0; k < week; k++) {
                int t = n - (b + 1) * week + k;
                if (!history.isMissing(t) && !Double.isNaN(share[k])) {
                    observed += history.value(t);
                    coveredShare += share[k];
                }
            }
            // A mostly-missing week would give a wild scaled total; leave it out of the trend.
            if (coveredShare >= 0.5) {
                x[points] = -b;
                totals[points] = observed / coveredShare;
                points++;
            }
        }
        double intercept;
        double slope = 0;
        if (points == 0) {
            return WeekdayIntervalAverage.mean(weeks).fit(history);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < points; i++) {
            mx += x[i];
            my += totals[i];
        }
        mx /= points;
        my /= points;
        if (points >= 2) {
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < points; i++) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (totals[i] - my);
            }
            slope = sxx > 0 ? sxy / sxx : 0;
        }
        // The regression line at x = 0 (the most recent week) uses the full slope; only the
        // extrapolation beyond the data is damped.
        intercept = my - slope * mx;
        return new Fitted(name(), history, share, intercept, trendDamping * slope);
    }

    private record Fitted(String modelName, IntervalSeries history, double[] share, double lastWeekTotal,
                          double weeklySlope) implements FittedModel {

        @Override
        public java.util.Map<String, Double> parameterValues() {
            return java.util.Map.of("weeklyTotal", lastWeekTotal, "dampedWeeklySlope", weeklySlope);
        }

        @Override
        public IntervalSeries forecast(int horizon) {
            int week = share.length;
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                double total = Math.max(0, lastWeekTotal + weeklySlope * (1 + k / week));
                out[k] = total * share[k % week];
            }
            return history.following(SeriesMath.clampNonNegative(SeriesMath.fillGaps(out, history)));
        }
    }
}
