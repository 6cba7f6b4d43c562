package io.paiban.planning.forecast.model;

/**
 * Same interval last week; if that was missing, the same interval in the most recent week that has a
 * value. The benchmark every other model has to beat.
 */
public final class SeasonalNaive implements ForecastModel {

    public static final String NAME = "SeasonalNaive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedModel fit(IntervalSeries history) {
        return new Fitted(history);
    }

    private record Fitted(IntervalSeries history) implements FittedModel {

        @Override
        public String modelName() {
            return NAME;
        }

        @Override
        public IntervalSeries forecast(int horizon) {
            int n = history.size();
            int week = history.intervalsPerWeek();
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                int t = n + k;
                double value = Double.NaN;
                // Step back whole weeks until inside the history and not missing.
                for (int past = t - week * (1 + k / week); past >= 0; past -= week) {
                    if (!history.isMissing(past)) {
                        value = history.value(past);
                        break;
                    }
                }
                out[k] = value;
            }
            return history.following(SeriesMath.clampNonNegative(SeriesMath.fillGaps(out, history)));
        }
    }
}
