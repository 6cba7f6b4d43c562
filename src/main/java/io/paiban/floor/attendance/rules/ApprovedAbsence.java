package io.paiban.floor.attendance.rules;

import io.paiban.kernel.AbsenceKind;

import java.time.LocalDate;

/**
 * An approved absence as the rules see it: whole site-local days or an instant range, and the site-local day
 * it was recorded (personal leave needs notice).
 */
public record ApprovedAbsence(AbsenceKind kind, LocalDate firstDate, LocalDate lastDate, Span range, LocalDate recordedOn) {

    public static ApprovedAbsence days(AbsenceKind kind, LocalDate first, LocalDate last, LocalDate recordedOn) {
        return new ApprovedAbsence(kind, first, last, null, recordedOn);
    }

    public static ApprovedAbsence range(AbsenceKind kind, Span range, LocalDate recordedOn) {
        return new ApprovedAbsence(kind, null, null, range, recordedOn);
    }

    public boolean coversDay(LocalDate date) {
        return firstDate != null && !date.isBefore(firstDate) && !date.isAfter(lastDate);
    }

    /**
     * Personal leave asked for on the day (or later) is refused by the rules, so it does not excuse the shift
     * even when someone approved it; sickness and declared unavailability cannot be announced and always count.
     */
    public boolean honouredFor(LocalDate workDate, int noticeDays) {
        return kind != AbsenceKind.LEAVE || !recordedOn.isAfter(workDate.minusDays(noticeDays));
    }
}
