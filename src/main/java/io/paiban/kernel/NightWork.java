package io.paiban.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one definition of night work. Night work is time worked between 22:00 and 06:00 site-local time, counted
 * in real elapsed minutes in the site's zone (a night with a clock change has 7 or 9 hours). A <em>night
 * shift</em> is a shift with at least one minute of night work: the night shift 17:30-01:00 (180 night minutes,
 * 22:00-01:00) and PEAK_LATE 20:00-04:00 are, DAY 08:30-17:30 and PEAK_MID 12:00-21:00 are not. A shift belongs
 * to the day it starts, so the night work after midnight counts for that day's shift. Work past a shift's end
 * (the night shift kept on after 01:00 while customers are still served) is overtime, not a new shift; its minutes
 * before 06:00 are night work too.
 * <p>
 * The roster solver prices night minutes with the night premium and counts night shifts for eligibility and
 * fairness; intraday keeps agents who are not night-eligible out of the window; published duties carry their
 * night minutes. All of them ask this class.
 */
public final class NightWork {

    /** Night work starts at 22:00 site-local time ... */
    public static final LocalTime STARTS = LocalTime.of(22, 0);
    /** ... and ends at 06:00 the next morning. */
    public static final LocalTime ENDS = LocalTime.of(6, 0);

    private NightWork() {
    }

    /** Real minutes of [from, to) that fall between 22:00 and 06:00 in the zone of {@code from}. */
    public static int minutes(ZonedDateTime from, ZonedDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZoneId zone = from.getZone();
        LocalDate last = to.withZoneSameInstant(zone).toLocalDate();
        long minutes = 0;
        // the night that began the evening before from's date may still be running at from
        for (LocalDate d = from.toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            minutes += overlapMinutes(from.toInstant(), to.toInstant(), startOn(d, zone).toInstant(), endAfter(d, zone).toInstant());
        }
        return (int) minutes;
    }

    /** Whether a shift with these night minutes is a night shift. */
    public static boolean isNightShift(int nightMinutes) {
        return nightMinutes > 0;
    }

    /**
     * Whether wall times {@code start}-{@code end} (an end at or before the start is the next day) make a night
     * shift on an ordinary day without a clock change: for naming templates, which hold no date.
     */
    public static boolean isNightShift(LocalTime start, LocalTime end) {
        LocalDate day = LocalDate.of(2000, 1, 3);
        ZonedDateTime from = day.atTime(start).atZone(ZoneId.of("UTC"));
        ZonedDateTime to = (end.isAfter(start) ? day : day.plusDays(1)).atTime(end).atZone(ZoneId.of("UTC"));
        return isNightShift(minutes(from, to));
    }

    /** 22:00 of the date: the start of the night that begins on it. */
    public static ZonedDateTime startOn(LocalDate date, ZoneId zone) {
        return date.atTime(STARTS).atZone(zone);
    }

    /** 06:00 of the next day: the end of the night that begins on the date. */
    public static ZonedDateTime endAfter(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atTime(ENDS).atZone(zone);
    }

    /** Minutes from {@code t} until night work begins: 0 inside the night window, else until 22:00 of t's day. */
    public static int minutesUntilNight(ZonedDateTime t) {
        LocalDate d = t.toLocalDate();
        ZonedDateTime morningEnd = endAfter(d.minusDays(1), t.getZone());
        ZonedDateTime eveningStart = startOn(d, t.getZone());
        if (t.isBefore(morningEnd) || !t.isBefore(eveningStart)) {
            return 0;
        }
        return (int) Duration.between(t, eveningStart).toMinutes();
    }

    private static long overlapMinutes(Instant startA, Instant endA, Instant startB, Instant endB) {
        Instant from = startA.isAfter(startB) ? startA : startB;
        Instant to = endA.isBefore(endB) ? endA : endB;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }
}
