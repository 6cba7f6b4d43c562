package io.paiban.planning.forecast;

import io.paiban.masterdata.queue.OpeningHours;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Whether a queue is open in a site-local interval, from its opening periods (which may run past
 * midnight). A queue without opening hours counts as always open: then nothing is assumed closed.
 */
public final class OpeningSchedule {

    private final List<OpeningHours> hours;

    public OpeningSchedule(List<OpeningHours> hours) {
        this.hours = List.copyOf(hours);
    }

    /** Open for any part of the interval starting at {@code start}. */
    public boolean isOpen(LocalDateTime start, int intervalMinutes) {
        return isOpenAt(start) || isOpenAt(start.plusMinutes(intervalMinutes - 1L));
    }

    boolean isOpenAt(LocalDateTime t) {
        if (hours.isEmpty()) {
            return true;
        }
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        for (OpeningHours h : hours) {
            if (h.crossesMidnight()) {
                if ((day.getDayOfWeek() == h.dayOfWeek && !time.isBefore(h.opensAt))
                        || (day.getDayOfWeek() == h.dayOfWeek.plus(1) && time.isBefore(h.closesAt))) {
                    return true;
                }
            } else if (day.getDayOfWeek() == h.dayOfWeek && !time.isBefore(h.opensAt) && time.isBefore(h.closesAt)) {
                return true;
            }
        }
        return false;
    }
}
