package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterStatus;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.planning.roster.store.SolverConfigs;

import io.paiban.platform.persistence.Filter;
import io.paiban.platform.PaibanConfig;
import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.jobs.SolveJobDtos.ProgressEvent;
import io.paiban.planning.roster.jobs.SolveJobDtos.ScorePoint;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import io.paiban.planning.roster.solver.Roster;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs roster solve jobs. At most {@code paiban.roster.max-concurrent-solves} solve at once on a fixed pool;
 * up to {@code max-queued-jobs} more wait as QUEUED; beyond that a new job is refused. Only live jobs are in
 * memory; a finished job is a solve_job row. The best roster reaches the database coalesced: the solver thread
 * only swaps a reference, and every {@code save-every} (and once at the end) the agent-days that changed since
 * the last save are written as ids, in their own transaction.
 */
@ApplicationScoped
public class SolveJobManager {

    private static final Logger LOG = Logger.getLogger(SolveJobManager.class);
    static final String INTERRUPTED_TEXT = "The service stopped while this job was queued or solving; the roster keeps its "
            + "last saved assignments. Restart the job to continue from them.";

    @Inject
    SolverConfigs configs;

    @Inject
    RosterStore store;

    @Inject
    PaibanConfig config;

    @Inject
    RosterBoundService bounds;

    private final Map<Long, LiveJob> live = new ConcurrentHashMap<>();
    /**
     * The score points of the last finished jobs, so that a progress stream that missed the end of a short
     * solve still gets the points it has not seen in its final event. Bounded: the oldest are dropped.
     */
    private final Map<Long, List<ScorePoint>> finishedPoints = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<ScorePoint>> eldest) {
                    return size() > FINISHED_POINTS_KEPT;
                }
            });
    private static final int FINISHED_POINTS_KEPT = 32;
    private volatile boolean shuttingDown;
    private ExecutorService solvers;
    private ScheduledExecutorService ticker;

    /** A job row just persisted (QUEUED) with its problem, ready to be queued. */
    public record Prepared(SolveJob job, RosterProblem problem) {
    }

    @PostConstruct
    void init() {
        AtomicInteger n = new AtomicInteger();
        solvers = Executors.newFixedThreadPool(config.roster().maxConcurrentSolves(), r -> {
            Thread t = new Thread(r, "roster-solver-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roster-progress");
            t.setDaemon(true);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        int interrupted = recoverInterrupted();
        if (interrupted > 0) {
            LOG.infof("Marked %d roster solve job(s) INTERRUPTED after a restart; their rosters keep the last saved assignments", interrupted);
        }
    }

    /**
     * On shutdown (before the datasource closes) live solvers stop, save their best rosters and end INTERRUPTED,
     * so they can be restarted; a kill instead of a shutdown is caught by {@link #recoverInterrupted()}.
     */
    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
        for (LiveJob job : live.values()) {
            job.stopRequested = true;
            Solver<Roster> solver = job.solver;
            if (solver != null) {
                solver.terminateEarly();
            }
        }
        solvers.shutdown();
        try {
            solvers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker.shutdownNow();
    }

    @PreDestroy
    void close() {
        solvers.shutdownNow();
        ticker.shutdownNow();
    }

    /**
     * Jobs left QUEUED or SOLVING by a previous run of the service (nothing of them is in memory) become
     * INTERRUPTED; their rosters keep what was last saved. Called at start-up.
     */
    public int recoverInterrupted() {
        return QuarkusTransaction.requiringNew().call(() -> {
            int marked = 0;
            for (SolveJob job : SolveJob.<SolveJob>list("status in ?1", List.of(SolveJobStatus.QUEUED, SolveJobStatus.SOLVING))) {
                if (!live.containsKey(job.id)) {
                    job.status = SolveJobStatus.INTERRUPTED;
                    job.endedAt = Instant.now();
                    job.errorText = INTERRUPTED_TEXT;
                    marked++;
                }
            }
            return marked;
        });
    }

    public boolean isLive(long rosterId) {
        return live.values().stream().anyMatch(j -> j.rosterId == rosterId);
    }

    public void requireNoLiveJob(long rosterId) {
        live.values().stream().filter(j -> j.rosterId == rosterId).findFirst().ifPresent(j -> {
            throw ApiException.conflict("Roster " + rosterId + " has a live solve job " + j.jobId + " (" + j.status
                    + "); stop it or wait for it to finish");
        });
    }

    /**
     * Builds and stores a job (in its own transaction, by {@code prepare}), then queues it. Synchronized so that
     * two requests cannot start two jobs on one roster.
     */
    public synchronized long submit(long rosterId, Supplier<Prepared> prepare) {
        requireNoLiveJob(rosterId);
        int capacity = config.roster().maxConcurrentSolves() + config.roster().maxQueuedJobs();
        if (live.size() >= capacity) {
            throw ApiException.conflict(live.size() + " solve jobs are queued or running, the most this service takes; try again later");
        }
        Prepared prepared = QuarkusTransaction.requiringNew().call(prepare::get);
        SolveJob row = prepared.job();
        LiveJob job = new LiveJob(row.id, row.rosterId, row.kind, row.solverConfig,
                new SolverConfigs.Limits(row.timeLimitSeconds, row.unimprovedSeconds, row.stepLimit), row.timeLimitSeconds,
                row.unimprovedSeconds, prepared.problem(), config.roster().scorePointsKept());
        live.put(job.jobId, job);
        job.future = solvers.submit(() -> run(job));
        return job.jobId;
    }

    private void run(LiveJob job) {
        try {
            if (job.stopRequested) {
                finish(job, shuttingDown ? SolveJobStatus.INTERRUPTED : SolveJobStatus.STOPPED, shuttingDown ? INTERRUPTED_TEXT : null);
                return;
            }
            Solver<Roster> solver = configs.factory(job.solverConfig, job.limits).buildSolver();
            solver.addEventListener(event -> job.onBest(event.getNewBestSolution()));
            job.solver = solver;
            job.startedAt = Instant.now();
            job.startedNanos = System.nanoTime();
            job.status = SolveJobStatus.SOLVING;
            bounds.start(job.jobId, job.problem.solution(), job.timeLimitSeconds);
            QuarkusTransaction.requiringNew().run(() -> {
                SolveJob row = SolveJob.findById(job.jobId);
                row.status = SolveJobStatus.SOLVING;
                row.startedAt = job.startedAt;
            });
            Roster best = job.stopRequested ? job.problem.solution() : solver.solve(job.problem.solution());
            if (best.getScore() == null) {
                best.setScore(configs.solutionManager().update(best));
            }
            if (job.latest.get() != best) {
                job.onBest(best);
            }
            save(job);
            if (shuttingDown) {
                finish(job, SolveJobStatus.INTERRUPTED, INTERRUPTED_TEXT);
            } else {
                finish(job, job.stopRequested ? SolveJobStatus.STOPPED : SolveJobStatus.DONE, null);
            }
        } catch (Throwable e) {
            LOG.errorf(e, "Roster solve job %d failed", job.jobId);
            try {
                save(job);
            } catch (RuntimeException saveFailure) {
                // the roster keeps what was saved before
                LOG.errorf(saveFailure, "Could not save the best roster of failed solve job %d; the roster keeps its last save",
                        job.jobId);
            }
            finish(job, SolveJobStatus.FAILED, String.valueOf(e.getMessage()));
        } finally {
            finishedPoints.put(job.jobId, job.pointsAfter(0));
            live.remove(job.jobId);
        }
    }

    /** Writes the latest best roster of every live job that improved since its last save. */
    @Scheduled(every = "${paiban.roster.save-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void saveLiveJobs() {
        for (LiveJob job : live.values()) {
            try {
                save(job);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not save the best roster of solve job %d; will retry", job.jobId);
            }
        }
    }

    /** Coalesced save: only when the best roster improved since the last save, only the agent-days that changed. */
    void save(LiveJob job) {
        synchronized (job) {
            int improvements = job.improvements.get();
            Roster best = job.latest.get();
            if (best == null || improvements == job.savedImprovements
                    || (best.getScore() != null && !best.getScore().isSolutionInitialized())) {
                return;
            }
            Map<String, RosterStore.DutyWrite> writes = job.problem.changesAgainst(best, job.saved);
            Instant now = Instant.now();
            HardMediumSoftLongScore score = best.getScore();
            QuarkusTransaction.requiringNew().run(() -> {
                if (!writes.isEmpty()) {
                    store.saveSolverDuties(job.rosterId, writes.values());
                }
                SolveJob row = SolveJob.findById(job.jobId);
                setScore(row, score);
                row.improvements = improvements;
                row.saves = job.saves + 1;
                row.lastImprovementAt = job.lastImprovementAt;
                row.lastSavedAt = now;
            });
            writes.forEach((id, w) -> {
                job.saved.put(id, new RosterProblem.DutyRef(w.templateId(), w.queueId()));
                job.touched.put(id, w);
            });
            job.savedImprovements = improvements;
            job.saves++;
            job.lastSavedAt = now;
        }
    }

    private void finish(LiveJob job, SolveJobStatus status, String error) {
        job.status = status;
        try {
            QuarkusTransaction.requiringNew().run(() -> finishRow(job, status, error, true));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not complete solve job %d", job.jobId);
            QuarkusTransaction.requiringNew().run(() -> finishRow(job, SolveJobStatus.FAILED,
                    "could not complete the job: " + e.getMessage(), false));
        }
    }

    private void finishRow(LiveJob job, SolveJobStatus status, String error, boolean updateRoster) {
        SolveJob row = SolveJob.findById(job.jobId);
        row.status = status;
        row.endedAt = Instant.now();
        row.errorText = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        row.improvements = job.improvements.get();
        row.lastImprovementAt = job.lastImprovementAt;
        if (job.bestScore != null) {
            setScore(row, job.bestScore);
        }
        SiteRoster roster = updateRoster ? SiteRoster.findById(job.rosterId) : null;
        if (roster == null) {
            return;
        }
        roster.lastSolvedAt = row.endedAt;
        boolean changed;
        synchronized (job) {
            changed = !job.touched.isEmpty();
            if (roster.publicationNo > 0) {
                store.logReplanChanges(job.rosterId, job.touched.values(), job.kind.name().toLowerCase() + " job " + job.jobId, row.endedAt);
            }
        }
        if (changed && roster.status == RosterStatus.PUBLISHED) {
            roster.status = RosterStatus.DRAFT;
        }
    }

    private static void setScore(SolveJob row, HardMediumSoftLongScore score) {
        if (score == null) {
            return;
        }
        row.bestScore = score.toString();
        row.hardScore = score.hardScore();
        row.mediumScore = score.mediumScore();
        row.softScore = score.softScore();
    }

    // ---- control and progress --------------------------------------------------------------------

    /** Asks a live job to stop; it saves its best roster and ends STOPPED. A finished job is left as it is. */
    public SolveJobView stop(long jobId) {
        LiveJob job = live.get(jobId);
        if (job != null) {
            job.stopRequested = true;
            Solver<Roster> solver = job.solver;
            if (solver != null) {
                solver.terminateEarly();
            } else if (job.future != null && job.future.cancel(false)) {
                live.remove(jobId);
                finish(job, SolveJobStatus.STOPPED, null);
            }
        }
        return view(jobId);
    }

    public SolveJobView view(long jobId) {
        SolveJob row = QuarkusTransaction.requiringNew().call(() -> SolveJob.<SolveJob>findByIdOptional(jobId)
                .orElseThrow(() -> ApiException.notFound("Solve job", jobId)));
        return view(row, live.get(jobId), true);
    }

    public List<SolveJobView> list(Long rosterId, SolveJobStatus status) {
        Filter f = new Filter().eq("rosterId", rosterId).eq("status", status);
        List<SolveJob> rows = QuarkusTransaction.requiringNew().call(() ->
                SolveJob.<SolveJob>list(f.query(), Sort.descending("id"), f.params()));
        return rows.stream().map(r -> view(r, live.get(r.id), false)).toList();
    }

    SolveJobView view(SolveJob row, LiveJob job, boolean withHistory) {
        if (job == null) {
            double elapsed = row.startedAt == null ? 0
                    : Duration.between(row.startedAt, row.endedAt == null ? Instant.now() : row.endedAt).toMillis() / 1000.0;
            Double since = row.lastImprovementAt == null ? null
                    : Duration.between(row.lastImprovementAt, row.endedAt == null ? Instant.now() : row.endedAt).toMillis() / 1000.0;
            return new SolveJobView(row.id, row.rosterId, row.kind, row.status, row.solverConfig, row.timeLimitSeconds,
                    row.unimprovedSeconds, row.stepLimit, row.restartedFromJobId, row.bestScore, row.hardScore, row.mediumScore,
                    row.softScore, row.hardScore == null ? null : row.hardScore == 0, row.improvements, row.saves, row.queuedAt,
                    row.startedAt, row.endedAt, row.lastImprovementAt, row.lastSavedAt, elapsed, since,
                    row.status.isLive() ? 0 : 1, row.errorText, List.of(), bounds.view(row.id, row.mediumScore));
        }
        HardMediumSoftLongScore score = job.bestScore;
        int saves;
        Instant lastSaved;
        synchronized (job) {
            saves = job.saves;
            lastSaved = job.lastSavedAt;
        }
        return new SolveJobView(row.id, row.rosterId, row.kind, job.status, row.solverConfig, row.timeLimitSeconds,
                row.unimprovedSeconds, row.stepLimit, row.restartedFromJobId, score == null ? null : score.toString(),
                score == null ? null : score.hardScore(), score == null ? null : score.mediumScore(),
                score == null ? null : score.softScore(), score == null ? null : score.hardScore() == 0,
                job.improvements.get(), saves, row.queuedAt, job.startedAt, null, job.lastImprovementAt, lastSaved,
                job.elapsedSeconds(), job.secondsSinceImprovement(), job.progress(), null,
                withHistory ? job.pointsAfter(0) : List.of(), bounds.view(row.id, score == null ? null : score.mediumScore()));
    }

    /** Progress since score point {@code afterSeq}: live from memory, else the stored outcome (finished). */
    ProgressEvent progress(long jobId, int afterSeq) {
        LiveJob job = live.get(jobId);
        if (job != null) {
            HardMediumSoftLongScore score = job.bestScore;
            return new ProgressEvent(jobId, job.status, score == null ? null : score.toString(),
                    score == null ? null : score.hardScore(), score == null ? null : score.mediumScore(),
                    score == null ? null : score.softScore(), job.elapsedSeconds(), job.secondsSinceImprovement(),
                    job.timeLimitSeconds, job.progress(), false, job.pointsAfter(afterSeq));
        }
        SolveJobView v = view(jobId);
        return new ProgressEvent(jobId, v.status(), v.bestScore(), v.hardScore(), v.mediumScore(), v.softScore(),
                v.elapsedSeconds(), v.secondsSinceImprovement(), v.timeLimitSeconds(), 1, true,
                finishedPoints.getOrDefault(jobId, List.of()).stream().filter(p -> p.seq() > afterSeq).toList());
    }

    /** Server-sent events: one every half second with the score points found since the last, until the job ends. */
    public Multi<ProgressEvent> events(long jobId) {
        view(jobId);
        return Multi.createFrom().<ProgressEvent>emitter(emitter -> {
            int[] cursor = {0};
            ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
            Runnable tick = () -> {
                try {
                    ProgressEvent event = progress(jobId, cursor[0]);
                    for (ScorePoint p : event.points()) {
                        cursor[0] = Math.max(cursor[0], p.seq());
                    }
                    emitter.emit(event);
                    if (event.finished()) {
                        emitter.complete();
                        if (task[0] != null) {
                            task[0].cancel(false);
                        }
                    }
                } catch (RuntimeException e) {
                    emitter.fail(e);
                    if (task[0] != null) {
                        task[0].cancel(false);
                    }
                }
            };
            // registered before the first tick so a job that is already over cannot leave the ticker running
            java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
            emitter.onTermination(() -> {
                over.set(true);
                if (task[0] != null) {
                    task[0].cancel(false);
                }
            });
            task[0] = ticker.scheduleAtFixedRate(tick, 20, 500, TimeUnit.MILLISECONDS);
            if (over.get()) {
                task[0].cancel(false);
            }
        });
    }

    /** The best roster of a live job, if it has one (e.g. for an explanation while solving). */
    Roster liveBest(long rosterId) {
        return live.values().stream().filter(j -> j.rosterId == rosterId).map(j -> j.latest.get())
                .filter(r -> r != null).findFirst().orElse(null);
    }
}
