package io.paiban.planning.forecast.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic contact volume: a two-peak daily shape, lower weekends, Poisson noise, optional
 * weekly growth, missing blocks and promotion uplifts. {@link Generated#expected()} is the noise-free
 * mean, so tests can compare forecasts with the truth rather than with one noisy draw.
 */
final class SyntheticSeries {

    private final long seed;
    private LocalDate start = LocalDate.of(2024, 1, 1); // a Monday
    private int intervalMinutes = 30;
    private int weeks = 16;
    private double peak = 40;
    private double trendPerWeek = 0;
    private double saturday = 0.6;
    private double sunday = 0.45;
    private double nightFloor = 0.03;
    private final List<int[]> missing = new ArrayList<>();
    private final Map<LocalDate, Map<Integer, Double>> promotions = new LinkedHashMap<>();

    private SyntheticSeries(long seed) {
        this.seed = seed;
    }

    static SyntheticSeries seed(long seed) {
        return new SyntheticSeries(seed);
    }

    SyntheticSeries start(LocalDate value) {
        start = value;
        return this;
    }

    SyntheticSeries intervalMinutes(int value) {
        intervalMinutes = value;
        return this;
    }

    SyntheticSeries weeks(int value) {
        weeks = value;
        return this;
    }

    /** Mean contacts per interval at the morning peak on a weekday. */
    SyntheticSeries peak(double value) {
        peak = value;
        return this;
    }

    /** Relative growth per week, e.g. 0.02 = +2% a week. */
    SyntheticSeries trendPerWeek(double value) {
        trendPerWeek = value;
        return this;
    }

    SyntheticSeries weekend(double saturdayFactor, double sundayFactor) {
        saturday = saturdayFactor;
        sunday = sundayFactor;
        return this;
    }

    /** Whole days [fromDay, fromDay + days) made missing. */
    SyntheticSeries missingDays(int fromDay, int days) {
        int perDay = 1440 / intervalMinutes;
        missing.add(new int[] {fromDay * perDay, (fromDay + days) * perDay});
        return this;
    }

    /** Intervals [from, to) made missing. */
    SyntheticSeries missingIntervals(int from, int to) {
        missing.add(new int[] {from, to});
        return this;
    }

    /** Uplift factors by day offset relative to {@code date}, e.g. {0: 3.0, 1: 1.5}. */
    SyntheticSeries promotion(LocalDate date, Map<Integer, Double> factorByDayOffset) {
        promotions.put(date, Map.copyOf(factorByDayOffset));
        return this;
    }

    record Generated(IntervalSeries observed, double[] expected) {

        /** The first {@code intervals} intervals as history. */
        IntervalSeries history(int intervals) {
            return observed.slice(0, intervals);
        }

        double expectedSum(int from, int to) {
            double sum = 0;
            for (int t = from; t < to; t++) {
                sum += expected[t];
            }
            return sum;
        }
    }

    Generated generate() {
        Random random = new Random(seed);
        int perDay = 1440 / intervalMinutes;
        int n = weeks * 7 * perDay;
        double[] expected = new double[n];
        double[] observed = new double[n];
        for (int t = 0; t < n; t++) {
            int day = t / perDay;
            LocalDate date = start.plusDays(day);
            double hour = (t % perDay + 0.5) * intervalMinutes / 60.0;
            double lambda = peak * dailyShape(hour) * weekly(date.getDayOfWeek())
                    * (1 + trendPerWeek * day / 7.0) * uplift(date);
            expected[t] = lambda;
            observed[t] = poisson(lambda, random);
        }
        for (int[] block : missing) {
            for (int t = Math.max(0, block[0]); t < Math.min(n, block[1]); t++) {
                observed[t] = Double.NaN;
            }
        }
        return new Generated(IntervalSeries.of(start, intervalMinutes, observed), expected);
    }

    /** Two peaks, late morning and afternoon, and a low night floor (normalised so the peak is ~1). */
    private double dailyShape(double hour) {
        double morning = Math.exp(-Math.pow(hour - 10.5, 2) / (2 * 1.5 * 1.5));
        double afternoon = 0.8 * Math.exp(-Math.pow(hour - 15.0, 2) / (2 * 2.0 * 2.0));
        double evening = 0.25 * Math.exp(-Math.pow(hour - 20.0, 2) / (2 * 1.5 * 1.5));
        return nightFloor + morning + afternoon + evening;
    }

    private double weekly(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.1;
            case SATURDAY -> saturday;
            case SUNDAY -> sunday;
            default -> 1.0;
        };
    }

    private double uplift(LocalDate date) {
        double factor = 1;
        for (Map.Entry<LocalDate, Map<Integer, Double>> promotion : promotions.entrySet()) {
            int offset = (int) (date.toEpochDay() - promotion.getKey().toEpochDay());
            factor *= promotion.getValue().getOrDefault(offset, 1.0);
        }
        return factor;
    }

    static int poisson(double lambda, Random random) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 40) {
            double limit = Math.exp(-lambda);
            double product = random.nextDouble();
            int k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        // Normal approximation is accurate enough here and avoids O(lambda) draws.
        return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
    }
}
