package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SolverConfigs;

import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.planning.roster.jobs.SolveJobDtos.ScorePoint;
import io.paiban.planning.roster.solver.Roster;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A job this replica claimed, in memory. The solver thread only swaps the latest best roster in and counts the
 * improvement ({@link #onBest}); saving happens elsewhere (the saver on the ticker, the end of the job), under this
 * object's lock, and writes only the agent-days that changed since the last save. A job taken over from another
 * replica goes on counting from its stored improvements and solving time.
 */
final class LiveJob {

    final long jobId;
    final long rosterId;
    final SolveJobKind kind;
    final String solverConfig;
    /** The limits of this run: a takeover gets what is left of the time limit. */
    final SolverConfigs.Limits limits;
    final int timeLimitSeconds;
    final Integer unimprovedSeconds;
    final int attempt;
    /** Solving seconds spent by earlier owners. */
    final double offsetSeconds;
    final Instant queuedAt = Instant.now();
    private final int pointsKept;

    volatile RosterProblem problem;
    volatile SolveJobStatus status = SolveJobStatus.SOLVING;
    volatile Solver<Roster> solver;
    volatile boolean stopRequested;
    /** This replica drains: save, then give the job back to the queue instead of ending it. */
    volatile boolean handBack;
    /** Another replica owns the job now (the lease ran out) or it was deleted: write nothing more. */
    volatile boolean lost;
    volatile Future<?> future;
    volatile Instant startedAt;
    volatile long startedNanos;
    volatile Instant lastImprovementAt;
    volatile HardMediumSoftLongScore bestScore;

    final AtomicReference<Roster> latest = new AtomicReference<>();
    final AtomicInteger improvements;
    private final Deque<ScorePoint> points = new ArrayDeque<>();

    // guarded by this
    int savedImprovements;
    int pointsSaved;
    int saves;
    Instant lastSavedAt;
    Map<String, DutyRef> saved = Map.of();
    final Map<String, RosterStore.DutyWrite> touched = new HashMap<>();

    LiveJob(SolveJobRows.Claim claim, SolverConfigs.Limits limits, int pointsKept) {
        this.jobId = claim.jobId();
        this.rosterId = claim.rosterId();
        this.kind = claim.kind();
        this.solverConfig = claim.solverConfig();
        this.limits = limits;
        this.timeLimitSeconds = claim.timeLimitSeconds();
        this.unimprovedSeconds = claim.unimprovedSeconds();
        this.attempt = claim.attempts();
        this.offsetSeconds = claim.solvedSeconds();
        this.pointsKept = pointsKept;
        this.improvements = new AtomicInteger(claim.improvements());
        this.savedImprovements = claim.improvements();
        this.pointsSaved = claim.improvements();
        this.bestScore = claim.bestScore();
        this.startedAt = claim.startedAt();
    }

    /** The problem built from the roster as stored (a takeover: its last saved best roster). */
    void attach(RosterProblem problem) {
        synchronized (this) {
            this.saved = new HashMap<>(problem.stored());
        }
        this.problem = problem;
    }

    /** Called on the solver thread for every new best roster: no I/O, no copying. */
    void onBest(Roster best) {
        HardMediumSoftLongScore score = best.getScore();
        latest.set(best);
        int seq = improvements.incrementAndGet();
        lastImprovementAt = Instant.now();
        bestScore = score;
        ScorePoint point = new ScorePoint(seq, elapsedSeconds(), String.valueOf(score),
                score == null ? 0 : score.hardScore(), score == null ? 0 : score.mediumScore(), score == null ? 0 : score.softScore());
        synchronized (points) {
            points.addLast(point);
            while (points.size() > pointsKept) {
                points.removeFirst();
            }
        }
        if (stopRequested && solver != null) {
            solver.terminateEarly();
        }
    }

    List<ScorePoint> pointsAfter(int seq) {
        synchronized (points) {
            List<ScorePoint> result = new ArrayList<>();
            for (ScorePoint p : points) {
                if (p.seq() > seq) {
                    result.add(p);
                }
            }
            return result;
        }
    }

    /** Solving seconds in all, earlier owners included. */
    double elapsedSeconds() {
        return startedNanos == 0 ? offsetSeconds : offsetSeconds + (System.nanoTime() - startedNanos) / 1e9;
    }

    Double secondsSinceImprovement() {
        Instant last = lastImprovementAt;
        return last == null ? null : (Instant.now().toEpochMilli() - last.toEpochMilli()) / 1000.0;
    }

    /** Elapsed over the expected end: the time limit, or the unimproved limit after the last improvement. */
    double progress() {
        if (startedNanos == 0) {
            return Math.min(0.99, offsetSeconds / Math.max(1, timeLimitSeconds));
        }
        double elapsed = elapsedSeconds();
        double end = timeLimitSeconds;
        Double since = secondsSinceImprovement();
        if (unimprovedSeconds != null && since != null) {
            end = Math.min(end, elapsed - since + unimprovedSeconds);
        }
        return end <= 0 ? 1 : Math.min(0.99, elapsed / end);
    }
}
