package io.paiban.planning.roster;

import java.util.List;

import io.paiban.planning.roster.store.RosterStatus;

import io.paiban.planning.roster.store.RosterViews.AssignmentView;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

public final class RosterDtos {

    private RosterDtos() {
    }

    @Schema(name = "RosterRequest")
    public record RosterRequest(
            @NotNull Long siteId,
            @NotNull @Schema(description = "The staffing run whose scheduled agents the roster covers; it must cover the horizon") Long staffingRunId,
            @Schema(description = "First day; default: the first Monday on or after the staffing run's start in the site zone") LocalDate firstDate,
            @Min(1) @Max(4) @Schema(description = "Weeks, 1-4 (default 1)") Integer weeks,
            @Size(max = 40) @Schema(description = "Solver configuration for this roster's jobs; default: picked per job") String solverConfig,
            @Size(max = 200) String label) {
    }

    @Schema(name = "Roster")
    public record RosterView(Long id, Long siteId, LocalDate firstDate, LocalDate lastDate, int weeks, Long staffingRunId,
                             String solverConfig, String label, RosterStatus status,
                             @Schema(description = "Times published; 0 = never") int publicationNo, Instant publishedAt,
                             String publishedBy, Instant lastSolvedAt, Instant lastEditedAt,
                             @Schema(description = "Agent-days stored") int agentDays,
                             @Schema(description = "Working agent-days") int shifts,
                             @Schema(description = "Agent-days that differ from the published roster") int unpublishedChanges,
                             @Schema(description = "The newest solve job, if any") SolveJobView latestJob,
                             long version, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "PublishResult")
    public record PublishResult(RosterView roster, @Schema(description = "Agent-days changed against the previous publication, logged") int changesLogged) {
    }

    @Schema(name = "AssignmentEdit", description = "A supervisor's edit; checked against the hard rules")
    public record EditRequest(
            @Size(max = 40) @Schema(description = "Shift template code; null = day off", example = "NIGHT") String shiftTemplateCode,
            @Schema(description = "Queue; required with a shift") Long queueId,
            @NotNull @Schema(description = "The roster version read") Long version,
            @Size(max = 100) @Schema(description = "Ignored: the signed-in user is recorded", deprecated = true) String actor,
            @Size(max = 500) String note) {
    }

    @Schema(name = "EditResult")
    public record EditResult(AssignmentView assignment, String score, long rosterVersion) {
    }

    @Schema(name = "EditCheckRequest", description = "A proposed agent-day, checked without saving")
    public record EditCheckRequest(
            @Size(max = 40) @Schema(description = "Shift template code; null = day off", example = "NIGHT") String shiftTemplateCode,
            @Schema(description = "Queue; required with a shift") Long queueId) {
    }

    @Schema(name = "EditCheck", description = "What the proposed agent-day would do to the hard rules; nothing was saved")
    public record EditCheck(@Schema(description = "True when no hard rule gets worse, so PUT would save it") boolean allowed,
                            List<BrokenRuleView> broken) {
    }

    @Schema(name = "BrokenRule")
    public record BrokenRuleView(@Schema(description = "Constraint name") String rule,
                                 @Schema(description = "Hard score of this agent's matches before the edit") long hardBefore,
                                 @Schema(description = "... and after") long hardAfter) {
    }
}
