package io.paiban.floor.servicelevel.calendar;

import io.paiban.masterdata.queue.OpeningHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A queue's opening hours as real instants in the site's zone, for deadlines counted in business hours.
 * Periods may run past midnight (08:30-01:00); 00:00-00:00 is a whole day. A queue without opening
 * hours is always open, so business time equals elapsed time (the same reading as forecasting's
 * OpeningSchedule). Daylight-saving days are as long as the zone makes them.
 */
public final class BusinessCalendar {

    /** A deadline more than this far away means the calendar has (almost) no open time: refuse, do not loop. */
    private static final int MAX_DAYS_AHEAD = 400;

    private final List<OpeningHours> hours;
    private final ZoneId zone;

    public BusinessCalendar(List<OpeningHours> hours, ZoneId zone) {
        this.hours = List.copyOf(hours);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean alwaysOpen() {
        return hours.isEmpty();
    }

    /** The instant when {@code amount} of open time has passed since {@code start}; closed time does not count. */
    public Instant plusOpenTime(Instant start, Duration amount) {
        if (alwaysOpen()) {
            return start.plus(amount);
        }
        Duration left = amount;
        LocalDate day = LocalDateTime.ofInstant(start, zone).toLocalDate().minusDays(1);
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            for (Period p : periodsStartingOn(day)) {
                Instant from = p.start.isAfter(start) ? p.start : start;
                if (!p.end.isAfter(from)) {
                    continue;
                }
                Duration open = Duration.between(from, p.end);
                if (open.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(open);
            }
        }
        throw new IllegalStateException("no deadline within " + MAX_DAYS_AHEAD + " days: the opening hours have too little open time");
    }

    /** True when the queue is open at some moment of {@code date} before {@code time} (site-local). */
    public boolean openOnDateBefore(LocalDate date, LocalTime time) {
        if (alwaysOpen()) {
            return true;
        }
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant limit = ZonedDateTime.of(date, time, zone).toInstant();
        for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
            for (Period p : periodsStartingOn(d)) {
                if (p.start.isBefore(limit) && p.end.isAfter(dayStart)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first date from {@code date} on with open time before {@code time}. */
    public LocalDate nextOpenDate(LocalDate date, LocalTime time) {
        LocalDate d = date;
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, d = d.plusDays(1)) {
            if (openOnDateBefore(d, time)) {
                return d;
            }
        }
        throw new IllegalStateException("no open day before " + time + " within " + MAX_DAYS_AHEAD + " days");
    }

    private List<Period> periodsStartingOn(LocalDate day) {
        List<Period> periods = new ArrayList<>();
        for (OpeningHours h : hours) {
            if (h.dayOfWeek != day.getDayOfWeek()) {
                continue;
            }
            LocalDate endDay = h.crossesMidnight() ? day.plusDays(1) : day;
            periods.add(new Period(ZonedDateTime.of(day, h.opensAt, zone).toInstant(),
                    ZonedDateTime.of(endDay, h.closesAt, zone).toInstant()));
        }
        periods.sort(Comparator.comparing(Period::start));
        return periods;
    }

    private record Period(Instant start, Instant end) {
    }
}
