package io.paiban.masterdata.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Whether a queue is open in a site-local interval, from its opening periods (which may run past midnight).
 * A queue without opening hours counts as always open: then nothing is assumed closed. Used by forecasting
 * (closed intervals are 0, not missing) and by the history imports (volume in closed hours is refused).
 */
public final class OpeningTimes {

    private final List<OpeningHours> hours;

    public OpeningTimes(List<OpeningHours> hours) {
        this.hours = List.copyOf(hours);
    }

    public boolean alwaysOpen() {
        return hours.isEmpty();
    }

    /** Open for any part of the interval starting at {@code start}. */
    public boolean isOpen(LocalDateTime start, int intervalMinutes) {
        return isOpenAt(start) || isOpenAt(start.plusMinutes(intervalMinutes - 1L));
    }

    public boolean isOpenAt(LocalDateTime t) {
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
