package io.paiban.planning.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed site-local grid the models work on: whole local days of {@code 1440 / intervalMinutes}
 * slots. Real instants map onto it by their local wall time, so a 23-hour daylight-saving day leaves one
 * slot missing and a 25-hour day folds its repeated hour onto the same slots; time always advances by
 * iterating instants, never by wall-clock arithmetic.
 */
public record LocalGrid(ZoneId zone, LocalDate firstDay, int days, int intervalMinutes) {

    public int perDay() {
        return 1440 / intervalMinutes;
    }

    public int size() {
        return days * perDay();
    }

    public LocalDate endDay() {
        return firstDay.plusDays(days);
    }

    public Instant startInstant() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    public Instant endInstant() {
        return endDay().atStartOfDay(zone).toInstant();
    }

    /** Slot of the interval containing {@code t}, or -1 outside the grid. */
    public int indexOf(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        long day = local.toLocalDate().toEpochDay() - firstDay.toEpochDay();
        if (day < 0 || day >= days) {
            return -1;
        }
        int minute = local.getHour() * 60 + local.getMinute();
        return (int) day * perDay() + minute / intervalMinutes;
    }

    public LocalDateTime slotTime(int index) {
        return firstDay.atStartOfDay().plusMinutes((long) index * intervalMinutes);
    }

    /** The real interval starts of the grid's days, in order. */
    public List<Instant> instants() {
        List<Instant> instants = new ArrayList<>(size());
        Instant end = endInstant();
        for (Instant t = startInstant(); t.isBefore(end); t = t.plusSeconds(intervalMinutes * 60L)) {
            instants.add(t);
        }
        return instants;
    }
}
