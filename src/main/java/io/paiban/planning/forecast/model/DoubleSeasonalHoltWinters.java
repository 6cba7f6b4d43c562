package io.paiban.planning.forecast.model;

/**
 * Taylor (2003) double seasonal Holt-Winters exponential smoothing: a level, an intraday cycle
 * (period s1 = intervals per day) and an intraweek cycle (period s2 = intervals per week), with an
 * optional AR(1) adjustment of the one-step error. Multiplicative form, on the data shifted by a small
 * offset c:
 *
 * <pre>
 *   z_t  = y_t + c
 *   L_t  = alpha (z_t / (D_{t-s1} W_{t-s2})) + (1 - alpha) L_{t-1}
 *   D_t  = gammaDay (z_t / (L_t W_{t-s2})) + (1 - gammaDay) D_{t-s1}
 *   W_t  = omegaWeek (z_t / (L_t D_{t-s1})) + (1 - omegaWeek) W_{t-s2}
 *   e_t  = z_t - L_{t-1} D_{t-s1} W_{t-s2}
 *   zhat_t(k) = L_t D_{t-s1+k} W_{t-s2+k} + phi^k e_t,    yhat = max(0, zhat - c)
 * </pre>
 *
 * <p>Why multiplicative with an offset: contact volume scales its whole daily shape when the level moves
 * (a 10% busier week is 10% busier at 10:00 and at 22:00), which additive seasonality gets wrong at
 * night; the offset c (2% of the mean, at least 1 contact) keeps the ratios finite in the many
 * zero-volume night intervals. Why the additive form too: with a short history and long closures (the
 * bank log: 3 weeks, closed Friday afternoon to Saturday evening) the one-step fit of the
 * multiplicative form over-reacts to relative noise in thin intervals, and additive was clearly better
 * there. Both are default candidates and the backtest picks per series. No trend term: over a 1-4 week
 * horizon an extrapolated intraday slope risks more than it gains; level drift is tracked by alpha and by
 * {@link ProfileTrend}.
 *
 * <p>Fitting: (alpha, gammaDay, omegaWeek, phi) minimise the in-sample one-step-ahead squared error
 * (skipping the first week, which the initial states were estimated from) by Nelder-Mead on a logistic
 * transform, so every parameter stays inside (0, 1). Initial states come from the first weeks: level =
 * their mean, daily index = interval-of-day mean / level, weekly index = weekday-interval mean /
 * (level x daily index). A missing observation is replaced by the model's own one-step forecast, which
 * leaves the states unchanged and lets the AR error decay.
 */
public final class DoubleSeasonalHoltWinters implements ForecastModel {

    public enum Seasonality { ADDITIVE, MULTIPLICATIVE }

    private static final double MIN_PARAM = 0.0005;
    private static final int MAX_EVALUATIONS = 160;

    private final Seasonality seasonality;
    private final boolean arErrorAdjustment;
    private final double maxSmoothing;
    private final double offsetFraction;

    public DoubleSeasonalHoltWinters(Seasonality seasonality, boolean arErrorAdjustment) {
        this(seasonality, arErrorAdjustment, 0.9995, 0.02);
    }

    DoubleSeasonalHoltWinters(Seasonality seasonality, boolean arErrorAdjustment, double maxSmoothing,
                              double offsetFraction) {
        this.seasonality = seasonality;
        this.arErrorAdjustment = arErrorAdjustment;
        this.maxSmoothing = maxSmoothing;
        this.offsetFraction = offsetFraction;
    }

    /** The default: multiplicative with offset and AR(1) error adjustment. */
    public static DoubleSeasonalHoltWinters standard() {
        return new DoubleSeasonalHoltWinters(Seasonality.MULTIPLICATIVE, true);
    }

    @Override
    public String name() {
        return "DoubleSeasonalHW(" + (seasonality == Seasonality.MULTIPLICATIVE ? "mul" : "add")
                + (arErrorAdjustment ? ",ar1" : "") + ")";
    }

    /** Fitted parameters, exposed for diagnostics and docs. */
    public record Parameters(double alpha, double gammaDay, double omegaWeek, double phi) {
    }

    @Override
    public Fitted fit(IntervalSeries history) {
        int s1 = history.intervalsPerDay();
        int s2 = history.intervalsPerWeek();
        int n = history.size();
        double offset = 0;
        if (seasonality == Seasonality.MULTIPLICATIVE) {
            double observed = history.observedSum();
            int count = n - history.missingCount();
            offset = Math.max(1.0, offsetFraction * (count == 0 ? 0 : observed / count));
        }
        double[] z = history.values();
        for (int t = 0; t < n; t++) {
            z[t] += offset; // NaN stays NaN
        }
        States initial = initialStates(z, s1, s2);
        int scoredFrom = Math.min(n, s2);
        double[] start = {logit(0.05, maxSmoothing), logit(0.10, maxSmoothing), logit(0.10, maxSmoothing),
                logit(0.5, 0.9995)};
        int dim = arErrorAdjustment ? 4 : 3;
        double[] x0 = java.util.Arrays.copyOf(start, dim);
        double[] best = NelderMead.minimise(
                x -> {
                    double sse = run(toParameters(x), z, initial.copy(), scoredFrom);
                    return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
                },
                x0, 1.5, MAX_EVALUATIONS, 1e-7);
        Parameters parameters = toParameters(best);
        States end = initial.copy();
        run(parameters, z, end, scoredFrom);
        return new Fitted(name(), history, parameters, end, offset, seasonality);
    }

    private Parameters toParameters(double[] x) {
        double phi = arErrorAdjustment ? squash(x[3], 0.9995) : 0;
        return new Parameters(squash(x[0], maxSmoothing), squash(x[1], maxSmoothing),
                squash(x[2], maxSmoothing), phi);
    }

    private static double squash(double x, double max) {
        return MIN_PARAM + (max - MIN_PARAM) / (1 + Math.exp(-x));
    }

    private static double logit(double p, double max) {
        double u = (p - MIN_PARAM) / (max - MIN_PARAM);
        return Math.log(u / (1 - u));
    }

    /** Mutable recursion state; each optimiser evaluation works on its own copy. */
    private static final class States {
        double level;
        final double[] day;
        final double[] week;
        double lastError;

        States(double level, double[] day, double[] week) {
            this.level = level;
            this.day = day;
            this.week = week;
        }

        States copy() {
            States c = new States(level, day.clone(), week.clone());
            c.lastError = lastError;
            return c;
        }
    }

    private States initialStates(double[] z, int s1, int s2) {
        int fullWeeks = z.length / s2;
        int initWeeks = Math.max(1, Math.min(4, fullWeeks / 2));
        int initLength = Math.min(z.length, initWeeks * s2);
        double[] weekSum = new double[s2];
        int[] weekCount = new int[s2];
        double[] daySum = new double[s1];
        int[] dayCount = new int[s1];
        double total = 0;
        int totalCount = 0;
        for (int t = 0; t < initLength; t++) {
            if (!Double.isNaN(z[t])) {
                weekSum[t % s2] += z[t];
                weekCount[t % s2]++;
                daySum[t % s1] += z[t];
                dayCount[t % s1]++;
                total += z[t];
                totalCount++;
            }
        }
        boolean multiplicative = seasonality == Seasonality.MULTIPLICATIVE;
        double level = totalCount == 0 ? (multiplicative ? 1 : 0) : total / totalCount;
        if (multiplicative && level <= 0) {
            level = 1;
        }
        double[] day = new double[s1];
        for (int i = 0; i < s1; i++) {
            double mean = dayCount[i] == 0 ? level : daySum[i] / dayCount[i];
            day[i] = multiplicative ? mean / level : mean - level;
        }
        double[] week = new double[s2];
        for (int j = 0; j < s2; j++) {
            int i = j % s1;
            double dayMean = multiplicative ? level * day[i] : level + day[i];
            double mean = weekCount[j] == 0 ? dayMean : weekSum[j] / weekCount[j];
            week[j] = multiplicative ? mean / dayMean : mean - dayMean;
        }
        return new States(level, day, week);
    }

    /** Runs the recursion over z, updating {@code s}; returns the one-step SSE from {@code scoredFrom}. */
    private double run(Parameters p, double[] z, States s, int scoredFrom) {
        int s1 = s.day.length;
        int s2 = s.week.length;
        double alpha = p.alpha();
        double gamma = p.gammaDay();
        double omega = p.omegaWeek();
        double phi = p.phi();
        double level = s.level;
        double lastError = s.lastError;
        double[] day = s.day;
        double[] week = s.week;
        double sse = 0;
        boolean multiplicative = seasonality == Seasonality.MULTIPLICATIVE;
        int i = 0;
        int j = 0;
        for (int t = 0; t < z.length; t++) {
            double d = day[i];
            double w = week[j];
            double y = z[t];
            if (Double.isNaN(y)) {
                // Using the model's own forecast as the observation leaves every state unchanged.
                lastError *= phi;
            } else if (multiplicative) {
                double base = level * d * w;
                double error = y - base;
                if (t >= scoredFrom) {
                    double e1 = error - phi * lastError;
                    sse += e1 * e1;
                }
                double newLevel = alpha * (y / (d * w)) + (1 - alpha) * level;
                day[i] = gamma * (y / (newLevel * w)) + (1 - gamma) * d;
                week[j] = omega * (y / (newLevel * d)) + (1 - omega) * w;
                level = newLevel;
                lastError = error;
            } else {
                double base = level + d + w;
                double error = y - base;
                if (t >= scoredFrom) {
                    double e1 = error - phi * lastError;
                    sse += e1 * e1;
                }
                double newLevel = alpha * (y - d - w) + (1 - alpha) * level;
                day[i] = gamma * (y - newLevel - w) + (1 - gamma) * d;
                week[j] = omega * (y - newLevel - d) + (1 - omega) * w;
                level = newLevel;
                lastError = error;
            }
            if (++i == s1) {
                i = 0;
            }
            if (++j == s2) {
                j = 0;
            }
        }
        s.level = level;
        s.lastError = lastError;
        return sse;
    }

    /** The fitted model: parameters plus end-of-history states. */
    public static final class Fitted implements FittedModel {
        private final String modelName;
        private final IntervalSeries history;
        private final Parameters parameters;
        private final States states;
        private final double offset;
        private final Seasonality seasonality;

        private Fitted(String modelName, IntervalSeries history, Parameters parameters, States states,
                       double offset, Seasonality seasonality) {
            this.modelName = modelName;
            this.history = history;
            this.parameters = parameters;
            this.states = states;
            this.offset = offset;
            this.seasonality = seasonality;
        }

        @Override
        public String modelName() {
            return modelName;
        }

        public Parameters parameters() {
            return parameters;
        }

        @Override
        public java.util.Map<String, Double> parameterValues() {
            java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
            values.put("alpha", parameters.alpha());
            values.put("gammaDay", parameters.gammaDay());
            values.put("omegaWeek", parameters.omegaWeek());
            values.put("phi", parameters.phi());
            values.put("offset", offset);
            values.put("level", states.level);
            return values;
        }

        @Override
        public IntervalSeries forecast(int horizon) {
            int n = history.size();
            int s1 = states.day.length;
            int s2 = states.week.length;
            double[] out = new double[horizon];
            double arTerm = states.lastError;
            for (int k = 1; k <= horizon; k++) {
                int t = n - 1 + k;
                double d = states.day[t % s1];
                double w = states.week[t % s2];
                arTerm *= parameters.phi();
                double base = seasonality == Seasonality.MULTIPLICATIVE
                        ? states.level * d * w
                        : states.level + d + w;
                out[k - 1] = base + arTerm - offset;
            }
            return history.following(SeriesMath.clampNonNegative(out));
        }
    }
}
