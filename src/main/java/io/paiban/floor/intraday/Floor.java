package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanInput;
import io.paiban.planning.roster.publication.PublishedDuty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** What the floor looks like at an instant: the planner's input plus what the service needs to act on it (today's published days by agent). */
record Floor(long siteId, ZoneId zone, LocalDate date, Instant asOf, Long forecastRunId, PlanInput input,
             Map<Long, PublishedDuty> rostered, List<StaffLine> staffLines) {

    /** Presence of one rostered agent at the run's instant, for the snapshot. */
    public record StaffLine(long agentId, String employeeNo, Long queueId, String shiftTemplateCode, Instant startsAt, Instant endsAt,
                            boolean present, String absentBecause, int overtimeLimitMinutes) {
    }
}
