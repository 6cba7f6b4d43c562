package io.paiban.planning.roster;

import io.paiban.planning.roster.SolveJobDtos.SolveJobView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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

    @Schema(name = "PublishRequest")
    public record PublishRequest(@NotNull @Schema(description = "The roster version read") Long version,
                                 @Size(max = 100) @Schema(description = "Ignored: the signed-in user is recorded as the publisher", deprecated = true) String actor) {
    }

    @Schema(name = "PublishResult")
    public record PublishResult(RosterView roster, @Schema(description = "Agent-days changed against the previous publication, logged") int changesLogged) {
    }

    @Schema(name = "ReplanRequest")
    public record ReplanRequest(
            @Schema(description = "AFFECTED_ONLY, FILL_GAPS (default) or FULL; see docs/rostering.md") ReplanMode mode,
            @Schema(description = "FULL only: days before stay pinned (default: the first day)") LocalDate freeFrom,
            @Size(max = 500) @Schema(description = "Why, e.g. 'A1023 sick Tue-Wed'") String reason,
            @Size(max = 40) String solverConfig,
            @Min(1) @Max(3600) Integer timeLimitSeconds,
            @Min(1) @Max(3600) Integer unimprovedSeconds,
            @Min(1) @Max(100_000_000) Integer stepLimit) {
    }

    @Schema(name = "UnpinnedDay", description = "An agent-day the re-plan may move, and the hard rules it broke (if any)")
    public record UnpinnedDay(long agentId, String employeeNo, LocalDate date, List<String> brokenRules) {
    }

    @Schema(name = "ReplanStarted")
    public record ReplanStarted(SolveJobView job, int unpinnedDays, List<UnpinnedDay> affected) {
    }

    @Schema(name = "Break", description = "A break in site-local time")
    public record BreakView(LocalDateTime start, LocalDateTime end, boolean paid) {
    }

    @Schema(name = "Duty", description = "A shift on a queue; null template = day off")
    public record DutyView(String shiftTemplateCode, Long queueId, String queueCode) {
    }

    @Schema(name = "Assignment", description = "One agent on one day: a shift on a queue or a day off. Local times are in the "
            + "site zone; a shift belongs to the day it starts and may end the next day.")
    public record AssignmentView(long agentId, String employeeNo, String agentName, LocalDate date, boolean working,
                                 String shiftTemplateCode, Long queueId, String queueCode,
                                 LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, Integer paidMinutes,
                                 List<BreakView> breaks, boolean pinned, AssignmentSource source,
                                 @Schema(description = "What the published roster says (what agents see); null if never published")
                                 DutyView published,
                                 boolean changedSincePublication) {
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

    @Schema(name = "RosterChange")
    public record ChangeView(Long id, long agentId, String employeeNo, LocalDate date, DutyView before, DutyView after,
                             ChangeReason reason, String note, String actor, Instant changedAt) {
    }
}
