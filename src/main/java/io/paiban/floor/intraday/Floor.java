package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanInput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the floor looks like at an instant: the planner's input plus what the service needs to act on it. */
record Floor(long siteId, ZoneId zone, LocalDate date, Instant asOf, Long forecastRunId, PlanInput input,
             Map<Long, Rostered> rostered, List<StaffLine> staffLines) {

    /** An agent's published duty today and where it is stored. */
    record Rostered(long agentId, long rosterId, LocalDate workDate, Long templateId, Long queueId) {
    }

    /** Presence of one rostered agent at the run's instant, for the snapshot. */
    public record StaffLine(long agentId, String employeeNo, Long queueId, String shiftTemplateCode, Instant startsAt, Instant endsAt,
                            boolean present, String absentBecause, int overtimeLimitMinutes) {
    }
}
