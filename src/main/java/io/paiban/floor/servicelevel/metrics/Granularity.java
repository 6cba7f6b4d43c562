package io.paiban.floor.servicelevel.metrics;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/** How report rows are grouped, always in the site's local time: weeks start on Monday, months on the 1st. */
public enum Granularity {
    INTERVAL, DAY, WEEK, MONTH;

    /** The period label of a local instant: 2026-11-02T08:30 for intervals, else the period's first date. */
    public String label(LocalDateTime local) {
        return switch (this) {
            case INTERVAL -> local.toString();
            case DAY -> local.toLocalDate().toString();
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).toString();
        };
    }
}
