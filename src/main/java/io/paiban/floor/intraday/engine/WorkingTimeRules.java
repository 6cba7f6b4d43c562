package io.paiban.floor.intraday.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * The roster's hard working-time rules applied to intraday changes: at least {@code minRestMinutes} between the
 * end of one shift and the start of the next, and no more paid minutes in a roster week than the contract's
 * weekly hours. Overtime here is extra time on the day, never beyond the weekly contract hours, so an accepted
 * action never makes the published roster break a hard rule.
 */
public final class WorkingTimeRules {

    private WorkingTimeRules() {
    }

    /**
     * Minutes a shift ending at {@code shiftEnd} may be extended: the rest before the next shift (null: none
     * published) and the contract minutes left in the week both allow it, capped at {@code maxMinutes}.
     */
    public static int overtimeLimit(Instant shiftEnd, Instant nextShiftStart, int minRestMinutes, int weekPaidMinutes,
                                    int contractMinutesPerWeek, int maxMinutes) {
        long rest = nextShiftStart == null ? Long.MAX_VALUE : Duration.between(shiftEnd, nextShiftStart).toMinutes() - minRestMinutes;
        long week = (long) contractMinutesPerWeek - weekPaidMinutes;
        return (int) Math.max(0, Math.min(maxMinutes, Math.min(rest, week)));
    }

    /** Latest end of a call-in shift so that the next published shift still gets its rest (null: no next shift). */
    public static Instant latestEndBefore(Instant nextShiftStart, int minRestMinutes) {
        return nextShiftStart == null ? null : nextShiftStart.minus(Duration.ofMinutes(minRestMinutes));
    }

    /** Earliest start of a call-in shift after the previous published shift's end (null: none). */
    public static Instant earliestStartAfter(Instant previousShiftEnd, int minRestMinutes) {
        return previousShiftEnd == null ? null : previousShiftEnd.plus(Duration.ofMinutes(minRestMinutes));
    }
}
