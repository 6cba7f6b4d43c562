package io.paiban.planning.staffing.model;

import java.time.Duration;
import java.time.LocalTime;

/** When an item of deferred work (email, ticket) must be finished, given when it arrived. */
public sealed interface DeadlineRule permits DeadlineRule.Elapsed, DeadlineRule.OpenHours, DeadlineRule.DailyCutoff {

    /** Due a fixed wall-clock duration after arrival (e.g. 24 h, nights and weekends included). */
    record Elapsed(Duration duration) implements DeadlineRule {
        public Elapsed {
            requirePositive(duration);
        }
    }

    /** Due after a duration counted only in open intervals (business hours of the opening-hours calendar). */
    record OpenHours(Duration duration) implements DeadlineRule {
        public OpenHours {
            requirePositive(duration);
        }
    }

    /**
     * Received before {@code cutoff}: due at {@code dueTime} the same day; received at or after it: due at
     * {@code dueTime} the next day. With {@code openDaysOnly}, "day" means a date with an open interval starting
     * before {@code dueTime}, so items received on Saturday evening are due on Monday when Sunday is closed;
     * otherwise calendar days are used and such items are rejected as impossible.
     */
    record DailyCutoff(LocalTime cutoff, LocalTime dueTime, boolean openDaysOnly) implements DeadlineRule {
        public DailyCutoff(LocalTime cutoff, LocalTime dueTime) {
            this(cutoff, dueTime, false);
        }

        public DailyCutoff {
            if (cutoff == null || dueTime == null) {
                throw new StaffingInputException("deadline", "cutoff and due time must not be null");
            }
            if (cutoff.isAfter(dueTime)) {
                throw new StaffingInputException("deadline", "cutoff " + cutoff + " must not be after due time " + dueTime);
            }
        }
    }

    static DeadlineRule elapsed(Duration duration) {
        return new Elapsed(duration);
    }

    static DeadlineRule openHours(Duration duration) {
        return new OpenHours(duration);
    }

    /** The "JD" rule: received before 16:00, due 18:00 the same day; otherwise 18:00 the next calendar day. */
    static DeadlineRule sameDayBefore16Else18NextDay() {
        return new DailyCutoff(LocalTime.of(16, 0), LocalTime.of(18, 0), false);
    }

    /** The "JD" rule counted in open days: closed days (no open interval before 18:00) are skipped. */
    static DeadlineRule sameDayBefore16Else18NextOpenDay() {
        return new DailyCutoff(LocalTime.of(16, 0), LocalTime.of(18, 0), true);
    }

    private static void requirePositive(Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new StaffingInputException("deadline", "duration must be positive, was " + duration);
        }
    }
}
