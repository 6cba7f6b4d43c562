package io.paiban.planning.roster.explanation;

import io.paiban.planning.roster.jobs.RosterBoundService;
import io.paiban.planning.roster.jobs.SolveJobBound;
import io.paiban.planning.roster.inputs.RosterWeights;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public final class RosterExplanationDtos {

    private RosterExplanationDtos() {
    }

    @Schema(name = "ConstraintScore", description = "One constraint's part of the score")
    public record ConstraintScore(String name, RosterWeights.Level level,
                                  @Schema(description = "Weight in force on its level (per site or client)") long weight,
                                  @Schema(description = "Score impact on its level (negative: a penalty)") long impact,
                                  String score, int matchCount) {
    }

    @Schema(name = "CoverageTotals", description = "Agent-intervals required, met (up to the requirement), short and surplus")
    public record CoverageTotals(long required, long met, long shortfall, long surplus, double metShare) {
    }

    @Schema(name = "RosterExplanation")
    public record RosterExplanation(long rosterId, String score, boolean feasible, List<ConstraintScore> constraints,
                                    CoverageTotals coverage,
                                    @Schema(description = "Lower bound of the roster's newest solve job with one, and the gap of this roster to it")
                                    RosterBoundService.BoundView bound,
                                    @Schema(description = "Per queue and day with a shortfall: how much of it is unavoidable (the bound's share) and how much is search")
                                    List<ShortfallShare> shortfall) {
    }

    @Schema(name = "ShortfallShare", description = "Squared shortfall of one queue on one day: the roster's, the relaxation's (unavoidable: "
            + "even the bound's fractional roster leaves it short, scaled so that the shares add up to the bound) and the difference (search)")
    public record ShortfallShare(long queueId, String queueCode, LocalDate date, long medium, double unavoidable, double search) {
    }

    @Schema(name = "IntervalCoverage", description = "One queue in one interval: why it is short (or over)")
    public record IntervalCoverage(long queueId, String queueCode, LocalDate date, LocalDateTime start, Instant startsAt,
                                   int required, int rostered, int shortfall, int surplus,
                                   @Schema(description = "Constraints matched on this interval with their impact") List<String> constraints,
                                   @Schema(description = "Employee numbers on the queue in this interval") List<String> present,
                                   @Schema(description = "Active agents certified for the queue") int certified,
                                   @Schema(description = "Certified agents serving another queue in this interval") int onOtherQueues,
                                   @Schema(description = "Certified agents working this day but not in this interval (other hours, break)") int workingOtherHours,
                                   @Schema(description = "Certified agents on leave or unavailable") int onLeave,
                                   @Schema(description = "Certified agents with the day off") int dayOff) {
    }

    @Schema(name = "ConstraintMatchView", description = "One match of a constraint on the agent")
    public record MatchView(List<LocalDate> dates, String score, String detail) {
    }

    @Schema(name = "AgentConstraint")
    public record AgentConstraint(String name, RosterWeights.Level level, long impact, int matchCount, List<MatchView> matches) {
    }

    @Schema(name = "AgentExplanation")
    public record AgentExplanation(long agentId, String employeeNo, String name, String status, String employmentType,
                                   boolean nightEligible, List<String> certifiedQueues, int workedDays, int nightShifts,
                                   int weekendDays, List<Integer> paidMinutesPerWeek, int contractMinutesPerWeek,
                                   List<LocalDate> unavailableDates, String score, List<AgentConstraint> constraints) {
    }
}
