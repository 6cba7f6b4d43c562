package io.paiban.floor.servicelevel;

import io.paiban.masterdata.queue.OpeningHours;
import io.paiban.kernel.ServiceTarget;
import io.paiban.floor.servicelevel.calendar.BusinessCalendar;
import io.paiban.floor.servicelevel.calendar.DueTimes;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deadlines on a queue's opening-hours calendar, in the site's zone (2026-11-06 is a Friday). */
class DueTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static BusinessCalendar weekdays9to18() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return new BusinessCalendar(hours, SHANGHAI);
    }

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    private static final ServiceTarget TICKET_3H = ServiceTarget.replyWithin(3 * 3600, "0.90", true);
    private static final ServiceTarget JD_EMAIL = ServiceTarget.replyByCutoff(LocalTime.of(16, 0), LocalTime.of(18, 0), "0.90");

    @Test
    void businessHoursDeadlineSkipsTheWeekend() {
        // One open hour left on Friday, the other two on Monday morning.
        assertEquals(at("2026-11-09T11:00:00"), DueTimes.due(TICKET_3H, at("2026-11-06T17:00:00"), weekdays9to18()));
        // Received while closed: the clock starts when the queue opens.
        assertEquals(at("2026-11-09T12:00:00"), DueTimes.due(TICKET_3H, at("2026-11-07T10:00:00"), weekdays9to18()));
        assertEquals(at("2026-11-04T12:00:00"), DueTimes.due(TICKET_3H, at("2026-11-04T07:30:00"), weekdays9to18()));
        // Exactly at closing time the deadline is reached, not pushed to the next day.
        assertEquals(at("2026-11-04T18:00:00"), DueTimes.due(TICKET_3H, at("2026-11-04T15:00:00"), weekdays9to18()));
    }

    @Test
    void jdEmailRuleAcross16And18AndTheWeekend() {
        assertEquals(at("2026-11-06T18:00:00"), DueTimes.due(JD_EMAIL, at("2026-11-06T15:59:59"), weekdays9to18()));
        // At 16:00 it is "after 16:00": next day, and Saturday and Sunday are closed.
        assertEquals(at("2026-11-09T18:00:00"), DueTimes.due(JD_EMAIL, at("2026-11-06T16:00:00"), weekdays9to18()));
        assertEquals(at("2026-11-05T18:00:00"), DueTimes.due(JD_EMAIL, at("2026-11-04T16:30:00"), weekdays9to18()));
        // Sunday morning, before 16:00 but the day is closed: Monday 18:00.
        assertEquals(at("2026-11-09T18:00:00"), DueTimes.due(JD_EMAIL, at("2026-11-08T09:00:00"), weekdays9to18()));
        // Always open (no hours): calendar days, Friday 16:30 is due Saturday 18:00.
        assertEquals(at("2026-11-07T18:00:00"), DueTimes.due(JD_EMAIL, at("2026-11-06T16:30:00"), new BusinessCalendar(List.of(), SHANGHAI)));
    }

    @Test
    void elapsedDeadlineIgnoresOpeningHours() {
        ServiceTarget email24h = ServiceTarget.replyWithin(24 * 3600, "0.90", false);
        assertEquals(at("2026-11-07T17:00:00"), DueTimes.due(email24h, at("2026-11-06T17:00:00"), weekdays9to18()));
    }

    @Test
    void openingPeriodsPastMidnightCount() {
        List<OpeningHours> daily = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            daily.add(new OpeningHours(d, LocalTime.of(8, 30), LocalTime.of(1, 0)));
        }
        BusinessCalendar calendar = new BusinessCalendar(daily, SHANGHAI);
        // 23:30-01:00 is 1.5 h, then 1.5 h from 08:30.
        assertEquals(at("2026-11-07T10:00:00"), DueTimes.due(TICKET_3H, at("2026-11-06T23:30:00"), calendar));
        // Received 00:30 inside Friday's period: 0.5 h before 01:00, 2.5 h from 08:30.
        assertEquals(at("2026-11-07T11:00:00"), DueTimes.due(TICKET_3H, at("2026-11-07T00:30:00"), calendar));
    }
}
