package io.paiban.planning.roster.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The planned days of one site. Times inside the solver are minutes from the horizon start (local
 * midnight of the first day), measured in real elapsed time so a DST day simply has 23 or 25 hours.
 */
public record Horizon(LocalDate startDate, int days, ZoneId zone, int intervalMinutes) {

    public static final int MAX_DAYS = 28;

    public Horizon {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a horizon has 1 to " + MAX_DAYS + " days, was " + days);
        }
        if (intervalMinutes < 5 || 60 % intervalMinutes != 0) {
            throw new IllegalArgumentException("intervalMinutes must divide an hour, was " + intervalMinutes);
        }
    }

    public static Horizon ofWeeks(LocalDate startDate, int weeks, ZoneId zone) {
        if (weeks < 1 || weeks > 4) {
            throw new IllegalArgumentException("a horizon has 1 to 4 weeks, was " + weeks);
        }
        return new Horizon(startDate, weeks * 7, zone, 30);
    }

    public ZonedDateTime start() {
        return startDate.atStartOfDay(zone);
    }

    public int minuteOf(ZonedDateTime time) {
        return (int) Duration.between(start(), time).toMinutes();
    }

    public int totalMinutes() {
        return minuteOf(startDate.plusDays(days).atStartOfDay(zone));
    }

    public int intervalCount() {
        return totalMinutes() / intervalMinutes;
    }

    public LocalDate date(int dayIndex) {
        return startDate.plusDays(dayIndex);
    }

    /** Day index of the local date an interval starts on (a shift belongs to the day it starts). */
    public int dayIndexOfInterval(int interval) {
        ZonedDateTime t = start().plusMinutes((long) interval * intervalMinutes);
        return (int) (t.toLocalDate().toEpochDay() - startDate.toEpochDay());
    }

    /** Calendar week (Monday to Sunday) of a day, counted from the week holding the first day. */
    public int weekIndex(int dayIndex) {
        int offset = startDate.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        return (dayIndex + offset) / 7;
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
