package io.paiban.planning.forecast.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Objects;

/**
 * A regular series of per-interval values (contact volume, handle time, ...) in site-local wall time.
 *
 * <p>{@link Double#NaN} marks a MISSING value (outage, not recorded, masked event day). Missing is never
 * read as zero demand: every model skips or imputes it. A genuinely open-but-empty interval is 0.
 *
 * <p>The series starts at the start of a day, and every day has {@code 1440 / intervalMinutes}
 * intervals: the caller has already mapped time zones and DST onto that fixed grid. Instances are
 * immutable; the value array is copied in and out.
 */
public final class IntervalSeries {

    private final LocalDateTime start;
    private final int intervalMinutes;
    private final double[] values;

    public IntervalSeries(LocalDateTime start, int intervalMinutes, double[] values) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(values, "values");
        if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
            throw new IllegalArgumentException("interval must divide a day: " + intervalMinutes);
        }
        if (!start.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            // Models index daily and weekly cycles by position, which only works from a day start.
            throw new IllegalArgumentException("series must start at a day start: " + start);
        }
        this.start = start;
        this.intervalMinutes = intervalMinutes;
        this.values = values.clone();
    }

    public static IntervalSeries of(LocalDate firstDay, int intervalMinutes, double[] values) {
        return new IntervalSeries(firstDay.atStartOfDay(), intervalMinutes, values);
    }

    public LocalDateTime start() {
        return start;
    }

    public int intervalMinutes() {
        return intervalMinutes;
    }

    public int intervalsPerDay() {
        return 1440 / intervalMinutes;
    }

    public int intervalsPerWeek() {
        return 7 * intervalsPerDay();
    }

    public int size() {
        return values.length;
    }

    public double value(int index) {
        return values[index];
    }

    public boolean isMissing(int index) {
        return Double.isNaN(values[index]);
    }

    /** A copy, so callers cannot mutate the series. */
    public double[] values() {
        return values.clone();
    }

    public LocalDateTime timeAt(int index) {
        return start.plusMinutes((long) index * intervalMinutes);
    }

    /** First instant after the last interval: where a forecast of this history starts. */
    public LocalDateTime end() {
        return timeAt(values.length);
    }

    public LocalDate dateAt(int index) {
        return start.toLocalDate().plusDays(Math.floorDiv(index, intervalsPerDay()));
    }

    public DayOfWeek dayOfWeekAt(int index) {
        return dateAt(index).getDayOfWeek();
    }

    /** Interval of the day, 0 = the one starting at midnight. */
    public int intervalOfDay(int index) {
        return Math.floorMod(index, intervalsPerDay());
    }

    /** Index of the first interval of {@code date}; may lie outside the series. */
    public int indexOfDay(LocalDate date) {
        long days = date.toEpochDay() - start.toLocalDate().toEpochDay();
        return Math.toIntExact(days * intervalsPerDay());
    }

    public int missingCount() {
        int missing = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing++;
            }
        }
        return missing;
    }

    /** Intervals [from, to) as a new series starting at interval {@code from}. */
    public IntervalSeries slice(int from, int to) {
        if (from < 0 || to > values.length || from > to || from % intervalsPerDay() != 0) {
            throw new IllegalArgumentException("bad slice [" + from + "," + to + ") of " + values.length);
        }
        return new IntervalSeries(timeAt(from), intervalMinutes, Arrays.copyOfRange(values, from, to));
    }

    /** A series with the same grid and other values, e.g. a forecast. */
    public IntervalSeries withValues(double[] newValues) {
        return new IntervalSeries(start, intervalMinutes, newValues);
    }

    /** The continuation grid of this series, carrying {@code newValues}. */
    public IntervalSeries following(double[] newValues) {
        return new IntervalSeries(end(), intervalMinutes, newValues);
    }

    /** Sum of non-missing values. */
    public double observedSum() {
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalSeries other
                && start.equals(other.start)
                && intervalMinutes == other.intervalMinutes
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, intervalMinutes, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "IntervalSeries[" + start + ", " + intervalMinutes + "min x " + values.length
                + ", missing " + missingCount() + "]";
    }
}
