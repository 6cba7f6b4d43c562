package io.paiban.floor.servicelevel;

import io.paiban.floor.servicelevel.metrics.AgentTimeCounts;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.AgentInterval;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.Break;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.Shift;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.States;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduledAgentTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Test
    void dayShiftWithLunchAgainstLoggedStates() {
        Shift day = new Shift(7, 1, LocalDate.of(2026, 11, 2), LocalTime.of(8, 30), LocalTime.of(17, 30),
                List.of(new Break(210, 60)), SHANGHAI);
        Map<Long, Map<Instant, States>> states = Map.of(7L, Map.of(
                at("2026-11-02T08:30:00"), new States(30, 600, 900, 120, 0, 180),
                at("2026-11-02T12:00:00"), new States(30, 0, 600, 0, 1200, 0)));
        List<AgentInterval> intervals = ScheduledAgentTime.attribute(List.of(day), states);
        assertEquals(18, intervals.size());
        AgentTimeCounts total = intervals.stream().map(AgentInterval::counts).reduce(AgentTimeCounts.ZERO, AgentTimeCounts::plus);
        assertEquals(8 * 3600.0, total.scheduledWorkSeconds());
        assertEquals(3600.0, total.scheduledBreakSeconds());
        // 1620 worked in the first interval, 1200 of the scheduled lunch on break; nothing else was logged.
        assertEquals(2820.0, total.adherentSeconds());
        assertEquals(1620.0, total.workedInScheduleSeconds());
    }

    @Test
    void nightShiftRunsPastMidnightAndBelongsToItsStartDay() {
        Shift night = new Shift(7, 1, LocalDate.of(2026, 11, 6), LocalTime.of(17, 30), LocalTime.of(1, 0),
                List.of(new Break(210, 30)), SHANGHAI);
        List<AgentInterval> intervals = ScheduledAgentTime.attribute(List.of(night), Map.of());
        assertEquals(15, intervals.size());
        assertEquals(at("2026-11-07T00:30:00"), intervals.get(14).start());
        AgentTimeCounts total = intervals.stream().map(AgentInterval::counts).reduce(AgentTimeCounts.ZERO, AgentTimeCounts::plus);
        assertEquals(7 * 3600.0, total.scheduledWorkSeconds());
        assertEquals(1800.0, total.scheduledBreakSeconds());
        assertEquals(0.0, total.adherentSeconds());
    }
}
