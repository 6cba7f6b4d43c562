package io.paiban.floor.servicelevel.calendar;

import io.paiban.kernel.ServiceTarget;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * When a deferred item (email, ticket) must have its first reply, under a contract standard:
 * <ul>
 *   <li>REPLY_WITHIN without business hours: received + threshold, nights and weekends included (email 24 h);</li>
 *   <li>REPLY_WITHIN with business hours: the threshold counted in the queue's open time only (JD ticket 3 h);</li>
 *   <li>REPLY_BY_CUTOFF (JD after-sale email): received before the cut-off (16:00, site-local), due at the
 *       reply-by time (18:00) that day; at or after it, the next day; a day without open time before the
 *       reply-by time is skipped, as in staffing's deadline rule, so Saturday 17:00 is due Monday 18:00
 *       when the queue is closed on Sunday.</li>
 * </ul>
 */
public final class DueTimes {

    private DueTimes() {
    }

    public static Instant due(ServiceTarget target, Instant received, BusinessCalendar calendar) {
        return switch (target.kind) {
            case REPLY_WITHIN -> {
                Duration within = Duration.ofSeconds(target.thresholdSeconds);
                yield target.businessHours ? calendar.plusOpenTime(received, within) : received.plus(within);
            }
            case REPLY_BY_CUTOFF -> {
                ZonedDateTime local = received.atZone(calendar.zone());
                LocalDate day = local.toLocalTime().isBefore(target.cutoffTime) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
                LocalDate dueDay = calendar.nextOpenDate(day, target.replyByTime);
                yield ZonedDateTime.of(dueDay, target.replyByTime, calendar.zone()).toInstant();
            }
            case ANSWER_WITHIN -> throw new IllegalArgumentException("live contacts have no reply deadline");
        };
    }
}
