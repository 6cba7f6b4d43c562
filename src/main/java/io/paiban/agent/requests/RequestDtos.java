package io.paiban.agent.requests;

import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterViews.DutyView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Leave requests, shift swaps and notifications (docs/self-service.md). */
public final class RequestDtos {

    private RequestDtos() {
    }

    // ---- leave -------------------------------------------------------------------------------------

    @Schema(name = "LeaveRequestCreate", description = "Personal leave on whole site-local days; asked for at least one day ahead")
    public record LeaveRequestCreate(
            @NotNull @Schema(description = "First day off; at the earliest the next site-local day") LocalDate firstDate,
            @Schema(description = "Last day off, inclusive; default firstDate") LocalDate lastDate,
            @Size(max = 500) String reason,
            @Size(max = 100) @Schema(description = "Client-chosen key; a retried POST with the same key returns the first request")
            String requestKey) {
    }

    @Schema(name = "ReplanOutcome", description = "What approval did on one published roster covering the leave")
    public record ReplanView(long rosterId, @Schema(description = "The re-plan job started, if any") Long solveJobId, String note) {
    }

    @Schema(name = "LeaveRequest")
    public record LeaveRequestView(Long id, long agentId, String employeeNo, String agentName, long siteId, LocalDate firstDate,
                                   LocalDate lastDate, int days, String reason, String requestKey, LeaveState state,
                                   String decidedBy, Instant decidedAt, String decisionNote,
                                   @Schema(description = "The approved absence created on approval") Long absenceId,
                                   List<ReplanView> replans, long version, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "RequestDecision", description = "A supervisor's approval or refusal")
    public record Decision(@NotNull @Schema(description = "The request version read") Long version,
                           @Size(max = 500) @Schema(description = "Optional on approval; the reason, required on refusal") String note) {
    }

    @Schema(name = "RequestTransition", description = "An agent's accept, decline or cancel; send the version read to guard against a "
            + "change in between")
    public record Transition(Long version) {
    }

    @Schema(name = "IntervalEffect", description = "An interval in which the agent is rostered: the queue's coverage with and without them")
    public record IntervalEffect(long queueId, String queueCode, LocalDate date, LocalDateTime start, Instant startsAt, int required,
                                 @Schema(description = "Rostered now, the agent included") int rostered,
                                 int rosteredWithout, int shortfallBefore, int shortfallAfter) {
    }

    @Schema(name = "EffectTotals")
    public record EffectTotals(@Schema(description = "Intervals the agent is rostered in") int intervals,
                               @Schema(description = "Rostered hours the leave takes away") double agentHours,
                               int required, int rostered, int rosteredWithout,
                               @Schema(description = "Agent-intervals short before, summed") int shortfallBefore,
                               @Schema(description = "Agent-intervals short after, summed") int shortfallAfter,
                               @Schema(description = "shortfallAfter - shortfallBefore: intervals the leave leaves uncovered") int addedShortfall) {
    }

    @Schema(name = "RosterEffect")
    public record RosterEffect(long rosterId, String label, LocalDate firstDate, LocalDate lastDate, int publicationNo,
                               List<IntervalEffect> intervals, EffectTotals totals) {
    }

    @Schema(name = "CoverageEffect", description = "What the leave does to coverage in the published rosters covering its dates")
    public record CoverageEffect(long leaveRequestId, long agentId, LocalDate firstDate, LocalDate lastDate,
                                 @Schema(description = "False when no published roster covers any of the dates") boolean rostered,
                                 @Schema(description = "Leave dates no published roster covers") List<LocalDate> uncoveredDates,
                                 List<RosterEffect> rosters, EffectTotals totals) {
    }

    // ---- swaps -------------------------------------------------------------------------------------

    @Schema(name = "SwapProposal", description = "Exchange published duties with another agent of the site on one or two dates of "
            + "one published roster: on each date each agent takes the other's duty (or day off)")
    public record SwapProposal(
            @NotNull Long counterpartAgentId,
            @NotNull @Size(min = 1, max = 2) @Schema(description = "Site-local dates, after today") List<@NotNull LocalDate> dates,
            @Size(max = 500) String message,
            @Size(max = 100) @Schema(description = "Client-chosen key; a retried POST with the same key returns the first request")
            String requestKey) {
    }

    @Schema(name = "SwapParty")
    public record Party(long agentId, String employeeNo, String name) {
    }

    @Schema(name = "SwapDay", description = "The published duties on a date when the swap was proposed; approval exchanges them")
    public record SwapDayView(LocalDate date, DutyView proposerDuty, DutyView counterpartDuty) {
    }

    @Schema(name = "SwapRequest")
    public record SwapRequestView(Long id, long siteId, long rosterId, Party proposer, Party counterpart, List<SwapDayView> days,
                                  SwapState state, String message, String requestKey, Instant respondedAt, String decidedBy,
                                  Instant decidedAt, String decisionNote,
                                  @Schema(description = "Hard rules the exchange breaks (REJECTED_BY_RULES)") List<String> brokenRules,
                                  long version, Instant createdAt, Instant updatedAt) {
    }

    // ---- notifications -----------------------------------------------------------------------------

    public enum NotificationKind {
        SHIFT_CHANGE, LEAVE_REQUEST, SWAP_REQUEST
    }

    @Schema(name = "ShiftChange", description = "A change of one published day")
    public record ShiftChange(long rosterId, LocalDate date, DutyView before, DutyView after, ChangeReason reason) {
    }

    @Schema(name = "Notification", description = "A change to one of the agent's published shifts, or a state change of one of their requests")
    public record NotificationView(NotificationKind kind, Instant at, String message, Long leaveRequestId, Long swapRequestId,
                                   @Schema(description = "The request's state after the change") String state,
                                   ShiftChange change, String actor) {
    }
}
