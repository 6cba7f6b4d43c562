package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.ActionKind;
import io.paiban.floor.intraday.engine.PlanResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class IntradayDtos {

    private IntradayDtos() {
    }

    /** What a run stores besides its actions. */
    public record Snapshot(List<PlanResult.QueueSummary> queues, List<PlanResult.IntervalLine> intervals, List<Floor.StaffLine> staff) {
    }

    @Schema(name = "IntradayRun", description = "One intraday run: reforecast, requirement, agents present and expected service level "
            + "per queue (and per interval unless left out), and the proposed actions in rank order")
    public record RunView(Long id, Long siteId, LocalDate workDate, Instant asOf, RunTrigger trigger, String actor, Long forecastRunId,
                          @Schema(description = "Expected service level of the rest of the day with the agents present (volume-weighted)")
                          double expectedServiceLevelBefore,
                          @Schema(description = "The same with every proposed action applied") double expectedServiceLevelAfter,
                          @Schema(description = "Rostered agents of the day") int rostered,
                          @Schema(description = "Of them on the floor (or still expected)") int present,
                          List<PlanResult.QueueSummary> queues, List<PlanResult.IntervalLine> intervals, List<Floor.StaffLine> staff,
                          List<ActionView> actions, Instant createdAt) {
    }

    @Schema(name = "IntradayAction", description = "A proposed flex action. cost < 0 is a saving (VTO); contactsGained is the change in "
            + "contacts expected to be answered within target over the rest of the day; costPerContact ranks them")
    public record ActionView(Long id, Long runId, Long siteId, LocalDate workDate, int rank, ActionKind kind, Long agentId, String employeeNo,
                             Long fromQueueId, Long toQueueId, Instant startsAt, Instant endsAt, int minutes, double cost,
                             double contactsGained, Double costPerContact, double serviceLevelBefore, double serviceLevelAfter, String reason,
                             ActionState state, String decidedBy, Instant decidedAt, Long rosterId,
                             @Schema(description = "Shift template published by accepting it") String publishedShiftTemplateCode,
                             OfferState offerState, Instant offerAnsweredAt, long version) {
    }

    @Schema(name = "IntradayAcceptResult", description = "The accepted action and the run made right after it on the changed roster")
    public record AcceptResult(ActionView action, RunView rerun) {
    }

    @Schema(name = "IntradayOffer", description = "An offer to the signed-in agent: overtime, a call-in or voluntary time off")
    public record OfferView(Long id, ActionKind kind, LocalDate workDate, Long queueId, Instant startsAt, Instant endsAt, int minutes,
                            OfferState offerState, Instant offerAnsweredAt,
                            @Schema(description = "What accepting means for the published shift") String description) {
    }

    @Schema(name = "AdherenceException", description = "An agent whose state contradicts the published schedule beyond the tolerance")
    public record AdherenceView(long agentId, String employeeNo, String agentName, Long queueId, String shiftTemplateCode,
                                Instant shiftStartsAt, Instant shiftEndsAt,
                                @Schema(description = "WORK, BREAK or OFF per the published schedule") String scheduled,
                                @Schema(description = "ON, AWAY or OFF per the attendance events") String actual,
                                @Schema(description = "NOT_CLOCKED_IN, CLOCKED_OUT_EARLY, AWAY_DURING_WORK or WORKING_OUTSIDE_SHIFT") String issue,
                                Instant since, long minutes) {
    }

    @Schema(name = "AdherenceReport")
    public record AdherenceReport(long siteId, Instant at, int toleranceMinutes, int scheduledNow, List<AdherenceView> exceptions) {
    }
}
