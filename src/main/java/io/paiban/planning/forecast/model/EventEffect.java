package io.paiban.planning.forecast.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * Multiplicative uplift of one event key on one series: a factor per day offset relative to the event
 * date (e.g. -3..+7) and per block of the day (e.g. 4-hour blocks; 1440 minutes = whole day).
 * 1.0 = no effect. Either learned from history ({@link EventEffectLearner}) or given by the user
 * for an event the history has never seen.
 */
public final class EventEffect {

    public enum Source { LEARNED, USER_GIVEN }

    private final String key;
    private final int firstDayOffset;
    private final int blockMinutes;
    private final double[][] factors;
    private final double[] dayFactors;
    private final Source source;
    private final int occurrencesUsed;

    /**
     * @param factors    [dayOffset - firstDayOffset][block of the day]
     * @param dayFactors [dayOffset - firstDayOffset]: whole-day volume ratio, for reporting
     */
    public EventEffect(String key, int firstDayOffset, int blockMinutes, double[][] factors,
                       double[] dayFactors, Source source, int occurrencesUsed) {
        Objects.requireNonNull(key, "key");
        if (blockMinutes <= 0 || 1440 % blockMinutes != 0) {
            throw new IllegalArgumentException("block must divide a day: " + blockMinutes);
        }
        if (factors.length == 0 || dayFactors.length != factors.length) {
            throw new IllegalArgumentException("one factor row per day offset");
        }
        int blocks = 1440 / blockMinutes;
        this.factors = new double[factors.length][];
        for (int d = 0; d < factors.length; d++) {
            if (factors[d].length != blocks) {
                throw new IllegalArgumentException("row " + d + " needs " + blocks + " blocks");
            }
            for (double f : factors[d]) {
                if (!(f >= 0) || Double.isInfinite(f)) {
                    throw new IllegalArgumentException("factors must be finite and >= 0");
                }
            }
            this.factors[d] = factors[d].clone();
        }
        this.key = key;
        this.firstDayOffset = firstDayOffset;
        this.blockMinutes = blockMinutes;
        this.dayFactors = dayFactors.clone();
        this.source = source;
        this.occurrencesUsed = occurrencesUsed;
    }

    /** A user-given effect with every factor 1.0; refine it with the {@code with...} methods. */
    public static EventEffect neutral(String key, int firstDayOffset, int lastDayOffset, int blockMinutes) {
        int days = lastDayOffset - firstDayOffset + 1;
        if (days < 1) {
            throw new IllegalArgumentException("lastDayOffset < firstDayOffset");
        }
        double[][] factors = new double[days][1440 / blockMinutes];
        for (double[] row : factors) {
            Arrays.fill(row, 1.0);
        }
        double[] dayFactors = new double[days];
        Arrays.fill(dayFactors, 1.0);
        return new EventEffect(key, firstDayOffset, blockMinutes, factors, dayFactors, Source.USER_GIVEN, 0);
    }

    /** Same effect with the whole day at {@code dayOffset} multiplied by {@code factor}. */
    public EventEffect withDayFactor(int dayOffset, double factor) {
        return withFactor(dayOffset, LocalTime.MIDNIGHT, null, factor);
    }

    /**
     * Same effect with the blocks starting in [from, to) of day {@code dayOffset} set to {@code factor};
     * {@code to == null} means until midnight.
     */
    public EventEffect withFactor(int dayOffset, LocalTime from, LocalTime to, double factor) {
        int row = dayOffset - firstDayOffset;
        if (row < 0 || row >= factors.length) {
            throw new IllegalArgumentException("day offset outside the effect window: " + dayOffset);
        }
        double[][] copy = new double[factors.length][];
        for (int d = 0; d < factors.length; d++) {
            copy[d] = factors[d].clone();
        }
        int fromMinute = from.getHour() * 60 + from.getMinute();
        int toMinute = to == null ? 1440 : to.getHour() * 60 + to.getMinute();
        for (int b = 0; b < copy[row].length; b++) {
            int blockStart = b * blockMinutes;
            if (blockStart >= fromMinute && blockStart < toMinute) {
                copy[row][b] = factor;
            }
        }
        double[] days = dayFactors.clone();
        days[row] = Arrays.stream(copy[row]).average().orElse(1.0);
        return new EventEffect(key, firstDayOffset, blockMinutes, copy, days, source, occurrencesUsed);
    }

    public String key() {
        return key;
    }

    public int firstDayOffset() {
        return firstDayOffset;
    }

    public int lastDayOffset() {
        return firstDayOffset + factors.length - 1;
    }

    public int blockMinutes() {
        return blockMinutes;
    }

    public Source source() {
        return source;
    }

    public int occurrencesUsed() {
        return occurrencesUsed;
    }

    /** Factor for the interval starting {@code minuteOfDay} on day {@code dayOffset}; 1 outside the window. */
    public double factor(int dayOffset, int minuteOfDay) {
        int row = dayOffset - firstDayOffset;
        if (row < 0 || row >= factors.length) {
            return 1.0;
        }
        return factors[row][minuteOfDay / blockMinutes];
    }

    /** Whole-day volume ratio at {@code dayOffset} (learned: sum actual / sum baseline). */
    public double dayFactor(int dayOffset) {
        int row = dayOffset - firstDayOffset;
        return row < 0 || row >= dayFactors.length ? 1.0 : dayFactors[row];
    }

    /** {@code forecast} with this effect applied for an occurrence on {@code eventDate}. */
    public IntervalSeries applyTo(IntervalSeries forecast, LocalDate eventDate) {
        double[] values = forecast.values();
        int perDay = forecast.intervalsPerDay();
        for (int offset = firstDayOffset; offset <= lastDayOffset(); offset++) {
            int dayStart = forecast.indexOfDay(eventDate.plusDays(offset));
            for (int i = 0; i < perDay; i++) {
                int t = dayStart + i;
                if (t >= 0 && t < values.length && !Double.isNaN(values[t])) {
                    values[t] *= factor(offset, i * forecast.intervalMinutes());
                }
            }
        }
        return forecast.withValues(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("EventEffect[" + key + ", " + source + ", occurrences "
                + occurrencesUsed + ", day factors");
        for (int d = 0; d < dayFactors.length; d++) {
            s.append(String.format(" %+d:%.2f", firstDayOffset + d, dayFactors[d]));
        }
        return s.append(']').toString();
    }
}
