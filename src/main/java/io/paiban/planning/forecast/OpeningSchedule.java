package io.paiban.planning.forecast;

import io.paiban.masterdata.queue.OpeningHours;
import io.paiban.masterdata.queue.OpeningTimes;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Whether a queue is open in a site-local interval, from its opening periods (which may run past
 * midnight). A queue without opening hours counts as always open: then nothing is assumed closed.
 */
public final class OpeningSchedule {

    private final OpeningTimes times;

    public OpeningSchedule(List<OpeningHours> hours) {
        this.times = new OpeningTimes(hours);
    }

    /** Open for any part of the interval starting at {@code start}. */
    public boolean isOpen(LocalDateTime start, int intervalMinutes) {
        return times.isOpen(start, intervalMinutes);
    }

    boolean isOpenAt(LocalDateTime t) {
        return times.isOpenAt(t);
    }
}
