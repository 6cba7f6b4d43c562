package io.paiban.planning.roster.solver;

import io.paiban.kernel.ShiftKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A shift template as the solver input (plain data, not the JPA entity): local start and end (an end at
 * or before the start ends the next day), paid minutes and breaks placed by offset from the start, and the dates
 * on which it is offered ({@code offeredDates}: null for a STANDARD template, offered every day; a WINDOWED peak
 * template only on the dates of its enabled windows).
 */
public record ShiftTemplateSpec(String code, ShiftKind kind, LocalTime start, LocalTime end, int paidMinutes,
                                List<Break> breaks, Set<LocalDate> offeredDates) {

    public record Break(int offsetMinutes, int minutes) {
    }

    public ShiftTemplateSpec {
        breaks = List.copyOf(breaks);
        offeredDates = offeredDates == null ? null : Set.copyOf(offeredDates);
    }

    /** A STANDARD template: offered every day. */
    public ShiftTemplateSpec(String code, ShiftKind kind, LocalTime start, LocalTime end, int paidMinutes, List<Break> breaks) {
        this(code, kind, start, end, paidMinutes, breaks, null);
    }

    public boolean isOfferedOn(LocalDate date) {
        return offeredDates == null || offeredDates.contains(date);
    }

    /** The same template offered only on these dates. */
    public ShiftTemplateSpec offeredOn(Set<LocalDate> dates) {
        return new ShiftTemplateSpec(code, kind, start, end, paidMinutes, breaks, dates);
    }

    /** Peak templates carry the peak premium in the cost. */
    public boolean isPeak() {
        return kind == ShiftKind.PEAK;
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** The seeded templates (docs/domain-defaults.md), all offered every day: see {@link #offeredOn} for the peak ones. */
    public static List<ShiftTemplateSpec> defaults() {
        return List.of(
                new ShiftTemplateSpec("DAY", ShiftKind.DAY, LocalTime.of(8, 30), LocalTime.of(17, 30), 480, List.of(new Break(210, 60))),
                new ShiftTemplateSpec("NIGHT", ShiftKind.NIGHT, LocalTime.of(17, 30), LocalTime.of(1, 0), 420, List.of(new Break(210, 30))),
                new ShiftTemplateSpec("PEAK_MID", ShiftKind.PEAK, LocalTime.of(12, 0), LocalTime.of(21, 0), 480, List.of(new Break(240, 60))),
                new ShiftTemplateSpec("PEAK_LATE", ShiftKind.PEAK, LocalTime.of(20, 0), LocalTime.of(4, 0), 450, List.of(new Break(390, 30))));
    }
}
