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
 * A queued or running job in memory. The solver thread only swaps the latest best roster in and counts the
 * improvement ({@link #onBest}); saving happens elsewhere (the scheduled saver, the end of the job), under this
 * object's lock, and writes only the agent-days that changed since the last save.
 */
final class LiveJob {

    final long jobId;
    final long rosterId;
    final SolveJobKind kind;
    final String solverConfig;
    final SolverConfigs.Limits limits;
    final int timeLimitSeconds;
    final Integer unimprovedSeconds;
    final RosterProblem problem;
    final Instant queuedAt = Instant.now();
    private final int pointsKept;

    volatile SolveJobStatus status = SolveJobStatus.QUEUED;
    volatile Solver<Roster> solver;
    volatile boolean stopRequested;
    volatile Future<?> future;
    volatile Instant startedAt;
    volatile long startedNanos;
    volatile Instant lastImprovementAt;
    volatile HardMediumSoftLongScore bestScore;

    final AtomicReference<Roster> latest = new AtomicReference<>();
    final AtomicInteger improvements = new AtomicInteger();
    private final Deque<ScorePoint> points = new ArrayDeque<>();

    // guarded by this
    int savedImprovements;
    int saves;
    Instant lastSavedAt;
    final Map<String, DutyRef> saved;
    final Map<String, RosterStore.DutyWrite> touched = new HashMap<>();

    LiveJob(long jobId, long rosterId, SolveJobKind kind, String solverConfig, SolverConfigs.Limits limits, int timeLimitSeconds,
            Integer unimprovedSeconds, RosterProblem problem, int pointsKept) {
        this.jobId = jobId;
        this.rosterId = rosterId;
        this.kind = kind;
        this.solverConfig = solverConfig;
        this.limits = limits;
        this.timeLimitSeconds = timeLimitSeconds;
        this.unimprovedSeconds = unimprovedSeconds;
        this.problem = problem;
        this.pointsKept = pointsKept;
        this.saved = new HashMap<>(problem.stored());
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

    double elapsedSeconds() {
        return startedAt == null ? 0 : (System.nanoTime() - startedNanos) / 1e9;
    }

    Double secondsSinceImprovement() {
        Instant last = lastImprovementAt;
        return last == null ? null : (Instant.now().toEpochMilli() - last.toEpochMilli()) / 1000.0;
    }

    /** Elapsed over the expected end: the time limit, or the unimproved limit after the last improvement. */
    double progress() {
        if (startedAt == null) {
            return 0;
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
