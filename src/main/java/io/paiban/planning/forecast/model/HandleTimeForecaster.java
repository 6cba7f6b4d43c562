package io.paiban.planning.forecast.model;

/**
 * Average handle time (AHT) per interval as a weekday-interval shape, not one number.
 *
 * <pre>
 *   aht_j   = (sum_w v_{w,j} a_{w,j} + K * dayAht_d(j)) / (sum_w v_{w,j} + K)
 *   dayAht_d = sum over that weekday's intervals of v a / sum v          (fallback: all-week mean)
 * </pre>
 *
 * over the last {@code weeks} weeks, where v is the handled volume and a the AHT of an interval. The
 * volume weighting makes the profile the handle time per contact that staffing needs; the credibility
 * weight K (in contacts) blends a thinly-staffed interval towards its day's mean, so a night slot with
 * three calls does not get a wild AHT, while busy slots keep their own shape.
 */
public final class HandleTimeForecaster {

    private final int weeks;
    private final double credibilityContacts;

    public HandleTimeForecaster(int weeks, double credibilityContacts) {
        if (weeks < 1 || credibilityContacts < 0) {
            throw new IllegalArgumentException("bad handle time settings");
        }
        this.weeks = weeks;
        this.credibilityContacts = credibilityContacts;
    }

    public static HandleTimeForecaster defaults() {
        return new HandleTimeForecaster(8, 10);
    }

    /**
     * @param volume handled contacts per interval (NaN = missing)
     * @param aht    average handle time per interval in any unit (NaN where unknown or no contacts)
     * @return AHT for the {@code horizon} intervals after the history; NaN only if no AHT was ever seen
     */
    public IntervalSeries forecast(IntervalSeries volume, IntervalSeries aht, int horizon) {
        if (volume.size() != aht.size() || !volume.start().equals(aht.start())
                || volume.intervalMinutes() != aht.intervalMinutes()) {
            throw new IllegalArgumentException("volume and AHT must share one grid");
        }
        int n = volume.size();
        int week = volume.intervalsPerWeek();
        int perDay = volume.intervalsPerDay();
        double[] weighted = new double[week];
        double[] weight = new double[week];
        for (int k = 0; k < week; k++) {
            for (int w = 1; w <= weeks; w++) {
                int t = n + k - w * week;
                if (t < 0) {
                    break;
                }
                double v = volume.value(t);
                double a = aht.value(t);
                if (v > 0 && !Double.isNaN(a)) {
                    weighted[k] += v * a;
                    weight[k] += v;
                }
            }
        }
        double allWeighted = 0;
        double allWeight = 0;
        double[] dayWeighted = new double[7];
        double[] dayWeight = new double[7];
        for (int k = 0; k < week; k++) {
            int day = weekday(n + k, perDay);
            dayWeighted[day] += weighted[k];
            dayWeight[day] += weight[k];
            allWeighted += weighted[k];
            allWeight += weight[k];
        }
        double overall = allWeight > 0 ? allWeighted / allWeight : Double.NaN;
        double[] profile = new double[week];
        for (int k = 0; k < week; k++) {
            int day = weekday(n + k, perDay);
            double dayMean = dayWeight[day] > 0 ? dayWeighted[day] / dayWeight[day] : overall;
            profile[k] = (weighted[k] + credibilityContacts * dayMean) / (weight[k] + credibilityContacts);
            if (weight[k] == 0) {
                profile[k] = dayMean; // also covers credibilityContacts == 0
            }
        }
        double[] out = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            out[k] = profile[k % week];
        }
        return volume.following(out);
    }

    /** Day of the week of interval t, counted from the series start (the history may end mid-day). */
    private static int weekday(int t, int perDay) {
        return (t / perDay) % 7;
    }
}
