package io.paiban.floor.intraday;

import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.shift.ShiftBreak;
import io.paiban.kernel.NightWork;
import io.paiban.kernel.ShiftKind;
import io.paiban.masterdata.shift.ShiftTemplate;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Published duties are shift templates, so an intraday change of hours is a template too: the base shift
 * extended ({@code DAY+60}), cut short by VTO ({@code DAY-1500}: ends 15:00), or a call-in shift
 * ({@code CALLIN-1500-1900}, kind NIGHT when it holds night work, {@link NightWork}). They are created once, inactive (the solver never plans with them), and shown by
 * the agents' shift views and calendar feeds like any other template.
 */
@ApplicationScoped
public class IntradayTemplates {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    ShiftTemplate extended(ShiftTemplate base, int minutes) {
        LocalTime end = base.endTime.plusMinutes(minutes);
        return findOrCreate(base.code + "+" + minutes, base.name + ", extended by " + minutes + " min", base.kind, base.startTime, end,
                base.paidMinutes + minutes, base.breaks);
    }

    ShiftTemplate endingAt(ShiftTemplate base, LocalTime end) {
        int length = ShiftTemplate.durationMinutes(base.startTime, end);
        List<ShiftBreak> kept = new ArrayList<>();
        int unpaid = 0;
        for (ShiftBreak b : base.breaks) {
            if (b.offsetMinutes + b.durationMinutes <= length) {
                kept.add(b);
                unpaid += b.paid ? 0 : b.durationMinutes;
            }
        }
        return findOrCreate(base.code + "-" + HHMM.format(end), base.name + ", voluntary time off from " + end, base.kind, base.startTime,
                end, length - unpaid, kept);
    }

    ShiftTemplate callIn(LocalTime start, LocalTime end) {
        boolean night = NightWork.isNightShift(start, end);
        return findOrCreate("CALLIN-" + HHMM.format(start) + "-" + HHMM.format(end), "Flex call-in " + start + "-" + end,
                night ? ShiftKind.NIGHT : ShiftKind.DAY, start, end, ShiftTemplate.durationMinutes(start, end), List.of());
    }

    private static ShiftTemplate findOrCreate(String code, String name, ShiftKind kind, LocalTime start, LocalTime end, int paid,
                                              List<ShiftBreak> breaks) {
        if (code.length() > 40) {
            throw ApiException.unprocessable("Intraday shift code " + code + " is longer than 40 characters");
        }
        ShiftTemplate existing = ShiftTemplate.find("code", code).firstResult();
        if (existing != null) {
            if (!existing.startTime.equals(start) || !existing.endTime.equals(end)) {
                throw ApiException.conflict("Shift template " + code + " exists with other times (" + existing.startTime + "-"
                        + existing.endTime + "); rename it to let intraday use the code");
            }
            return existing;
        }
        ShiftTemplate t = new ShiftTemplate();
        t.code = code;
        t.name = name.length() > 255 ? name.substring(0, 255) : name;
        t.kind = kind;
        t.startTime = start;
        t.endTime = end;
        t.paidMinutes = paid;
        t.active = false;
        for (ShiftBreak b : breaks) {
            ShiftBreak copy = new ShiftBreak();
            copy.offsetMinutes = b.offsetMinutes;
            copy.durationMinutes = b.durationMinutes;
            copy.paid = b.paid;
            t.breaks.add(copy);
        }
        t.persistAndFlush();
        return t;
    }

    static int minutesBetween(LocalTime a, LocalTime b) {
        return (int) Duration.between(a, b).toMinutes();
    }
}
