package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.SolverConfigs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class SolveJobDtos {

    private SolveJobDtos() {
    }

    @Schema(name = "SolveRequest", description = "Everything optional: the configuration is picked per job (peak when a promotion "
            + "falls in the horizon, else default) and the limits come from its file")
    public record SolveRequest(
            @Size(max = 40) @Schema(description = "A file of solver-configs/ without .xml: default, peak", example = "default") String solverConfig,
            @Min(1) @Max(3600) @Schema(description = "Stop after this many seconds", example = "30") Integer timeLimitSeconds,
            @Min(1) @Max(3600) @Schema(description = "Stop after this many seconds without a better roster") Integer unimprovedSeconds,
            @Min(1) @Max(100_000_000) @Schema(description = "Stop local search after this many steps (reproducible runs)") Integer stepLimit) {

        public static final SolveRequest DEFAULTS = new SolveRequest(null, null, null, null);

        public SolverConfigs.Limits limits() {
            return new SolverConfigs.Limits(timeLimitSeconds, unimprovedSeconds, stepLimit);
        }
    }

    @Schema(name = "ScorePoint", description = "A new best score: when (seconds after the start) and what")
    public record ScorePoint(@Schema(description = "Improvement number, 1 = first") int seq, double atSeconds, String score,
                             long hard, long medium, long soft) {
    }

    @Schema(name = "SolveJob")
    public record SolveJobView(Long id, Long rosterId, SolveJobKind kind, SolveJobStatus status, String solverConfig,
                               int timeLimitSeconds, Integer unimprovedSeconds, Integer stepLimit, Long restartedFromJobId,
                               String bestScore, Long hardScore, Long mediumScore, Long softScore,
                               @Schema(description = "No hard rule broken") Boolean feasible,
                               int improvements, @Schema(description = "Coalesced writes of the best roster") int saves,
                               Instant queuedAt, Instant startedAt, Instant endedAt, Instant lastImprovementAt, Instant lastSavedAt,
                               double elapsedSeconds,
                               @Schema(description = "Seconds since the last better roster (null before the first)") Double secondsSinceImprovement,
                               @Schema(description = "0-1 for a progress bar: elapsed over the expected end (the time limit, or the "
                                       + "unimproved limit after the last improvement, whichever comes first)") double progress,
                               String errorText,
                               @Schema(description = "Best scores over time while the job is live (the last 1,000); empty afterwards")
                               List<ScorePoint> scoreHistory,
                               @Schema(description = "Lower bound on the medium score and the gap of the best roster to it")
                               RosterBoundService.BoundView bound,
                               @Schema(description = "The replica solving the job, or that finished it (null while queued)") String owner,
                               @Schema(description = "Claims so far: 1, or more after another replica took the job over") int attempts) {
    }

    @Schema(name = "SolveProgressEvent", description = "One server-sent event of GET /api/solve-jobs/{id}/events")
    public record ProgressEvent(long jobId, SolveJobStatus status, String bestScore, Long hard, Long medium, Long soft,
                                double elapsedSeconds, Double secondsSinceImprovement, int timeLimitSeconds, double progress,
                                @Schema(description = "True on the last event of the stream") boolean finished,
                                @Schema(description = "Score points since the previous event") List<ScorePoint> points) {
    }
}
