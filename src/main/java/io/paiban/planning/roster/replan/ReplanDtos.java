package io.paiban.planning.roster.replan;

import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

public final class ReplanDtos {

    private ReplanDtos() {
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
}
