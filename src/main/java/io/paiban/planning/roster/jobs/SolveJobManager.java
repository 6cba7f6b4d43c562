package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.RosterStatus;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.planning.roster.store.SolverConfigs;

import io.paiban.platform.cluster.ClusterNode;
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
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs roster solve jobs from the database queue shared by every replica (docs/operations.md).
 *
 * <p>A request stores the job QUEUED and nudges this replica's worker. Each replica's worker claims jobs while it has
 * a free slot ({@code paiban.roster.max-concurrent-solves}), with a row lock that skips rows another replica is
 * claiming ({@code SELECT ... FOR UPDATE SKIP LOCKED}), and becomes the job's owner with a lease of
 * {@code lease-seconds}. While it solves, every {@code save-every} it renews the lease and writes, in one transaction
 * guarded by {@code owner = this replica}, the agent-days that changed since the last save (coalesced: the solver
 * thread only swaps a reference), the best score and the new score points. A job whose lease ran out (its replica
 * died) is claimed like a queued one and solved on from its last saved roster with the rest of its time limit. A
 * replica that shuts down saves and hands its jobs back to the queue.
 */
@ApplicationScoped
public class SolveJobManager {

    private static final Logger LOG = Logger.getLogger(SolveJobManager.class);

    @Inject
    SolverConfigs configs;

    @Inject
    RosterStore store;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    PaibanConfig config;

    @Inject
    RosterBoundService bounds;

    @Inject
    SolveJobRows rows;

    @Inject
    ClusterNode node;

    private final Map<Long, LiveJob> live = new ConcurrentHashMap<>();
    private final AtomicBoolean polling = new AtomicBoolean();
    private ExecutorService solvers;
    private ScheduledExecutorService ticker;
    private ScheduledExecutorService claimer;
    private volatile boolean started;

    @PostConstruct
    void init() {
        AtomicInteger n = new AtomicInteger();
        solvers = Executors.newFixedThreadPool(config.roster().maxConcurrentSolves(), r -> {
            Thread t = new Thread(r, "roster-solver-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ticker = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "roster-progress");
            t.setDaemon(true);
            return t;
        });
        claimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roster-claims");
            t.setDaemon(true);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        started = true;
        long save = millis(config.roster().saveEvery());
        ticker.scheduleWithFixedDelay(this::saveLiveJobs, save, save, TimeUnit.MILLISECONDS);
        long poll = millis(config.roster().pollEvery());
        claimer.scheduleWithFixedDelay(() -> poll(null), 0, poll, TimeUnit.MILLISECONDS);
    }

    private static long millis(String duration) {
        return Math.max(100, DurationConverter.parseDuration(duration).toMillis());
    }

    /**
     * On shutdown (the replica drains; before the datasource closes) no job is claimed any more, and live solvers
     * stop, save their best rosters and hand their jobs back to the queue, where another replica (or this one after
     * its restart) continues them from the saved roster. A kill instead of a shutdown is covered by the lease.
     */
    void onStop(@Observes ShutdownEvent event) {
        node.startDraining();
        claimer.shutdownNow();
        for (LiveJob job : live.values()) {
            job.handBack = true;
            job.stopRequested = true;
            Solver<Roster> solver = job.solver;
            if (solver != null) {
                solver.terminateEarly();
            }
        }
        solvers.shutdown();
        try {
            solvers.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticker.shutdownNow();
    }

    @PreDestroy
    void close() {
        claimer.shutdownNow();
        solvers.shutdownNow();
        ticker.shutdownNow();
    }

    public boolean isLive(long rosterId) {
        return !liveJobs(rosterId).isEmpty();
    }

    private List<Long> liveJobs(long rosterId) {
        Supplier<List<Long>> check = () -> sql(() -> rows.lockRosterLiveJobs(rosterId));
        return QuarkusTransaction.isActive() ? check.get() : QuarkusTransaction.requiringNew().call(check::get);
    }

    /**
     * 409 if the roster has a live (queued or solving) job on any replica. Inside a transaction this also locks the
     * roster row until it ends, so a job cannot start on the roster meanwhile.
     */
    public void requireNoLiveJob(long rosterId) {
        List<Long> jobs = liveJobs(rosterId);
        if (!jobs.isEmpty()) {
            throw ApiException.conflict("Roster " + rosterId + " has a live solve job " + jobs.get(0)
                    + "; stop it or wait for it to finish");
        }
    }

    /**
     * Stores a job QUEUED (built by {@code prepare}, in the same transaction), after locking the roster so that two
     * requests, on any replicas, cannot queue two jobs on one roster; then nudges this replica's worker.
     */
    public long submit(long rosterId, Supplier<SolveJob> prepare) {
        if (node.draining()) {
            throw ApiException.conflict("This replica is shutting down; send the request again (another replica takes it)");
        }
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            requireNoLiveJob(rosterId);
            long queued = sql(rows::queued);
            if (queued >= config.roster().maxQueuedJobs()) {
                throw ApiException.conflict(queued + " solve jobs are queued, the most the service takes; try again later");
            }
            return prepare.get().id;
        });
        nudge(jobId);
        return jobId;
    }

    private void nudge(Long preferred) {
        if (started && !node.draining()) {
            try {
                claimer.execute(() -> poll(preferred));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shutting down: the queue keeps the job for another replica
            }
        }
    }

    /** Claims jobs while this replica has free solve slots; {@code preferred} (a job just queued here) first. */
    void poll(Long preferred) {
        if (!started || node.draining() || !polling.compareAndSet(false, true)) {
            return;
        }
        try {
            Long hint = preferred;
            while (live.size() < config.roster().maxConcurrentSolves() && !node.draining()) {
                Optional<SolveJobRows.Claim> claim = claimOne(hint);
                hint = null;
                if (claim.isEmpty()) {
                    break;
                }
                start(claim.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not claim solve jobs; will retry");
        } finally {
            polling.set(false);
        }
    }

    private Optional<SolveJobRows.Claim> claimOne(Long preferred) {
        return QuarkusTransaction.requiringNew().call(() -> {
            while (true) {
                Optional<SolveJobRows.Claim> claim = sql(() -> rows.claim(node.instanceId(), config.roster().leaseSeconds(), preferred));
                if (claim.isEmpty()) {
                    return claim;
                }
                SolveJobRows.Claim c = claim.get();
                if (c.stopRequested()) {
                    sql(() -> {
                        rows.endUnrun(c.jobId(), SolveJobStatus.STOPPED, null);
                        return null;
                    });
                } else if (c.attempts() > config.roster().maxAttempts()) {
                    sql(() -> {
                        rows.endUnrun(c.jobId(), SolveJobStatus.FAILED, "Claimed " + (c.attempts() - 1) + " times and its replica "
                                + "was lost each time; the roster keeps the last saved assignments. Restart the job to try again.");
                        return null;
                    });
                } else {
                    return claim;
                }
            }
        });
    }

    private void start(SolveJobRows.Claim claim) {
        SolverConfigs.Limits limits = new SolverConfigs.Limits(
                (int) Math.max(1, Math.ceil(claim.timeLimitSeconds() - claim.solvedSeconds())), claim.unimprovedSeconds(), claim.stepLimit());
        LiveJob job = new LiveJob(claim, limits, config.roster().scorePointsKept());
        live.put(job.jobId, job);
        if (claim.takeover()) {
            LOG.infof("Took over solve job %d (attempt %d) after %.1f s solved elsewhere; continuing from its saved roster",
                    job.jobId, job.attempt, claim.solvedSeconds());
        }
        try {
            job.future = solvers.submit(() -> run(job));
        } catch (RuntimeException e) {
            live.remove(job.jobId);
            throw e;
        }
    }

    private void run(LiveJob job) {
        try {
            RosterProblem problem = QuarkusTransaction.requiringNew().call(() -> builder.build(SiteRoster.require(job.rosterId)));
            job.attach(problem);
            if (job.attempt > 1) {
                // earlier owners' saved changes are in the roster already: log every day that differs from the publication
                synchronized (job) {
                    job.touched.putAll(problem.changesAgainst(problem.solution(), Map.of()));
                }
            }
            if (job.stopRequested || job.lost) {
                end(job);
                return;
            }
            Solver<Roster> solver = configs.factory(job.solverConfig, job.limits, config.roster().moveThreadCount()).buildSolver();
            solver.addEventListener(event -> job.onBest(event.getNewBestSolution()));
            job.solver = solver;
            if (job.startedAt == null) {
                job.startedAt = Instant.now();
            }
            job.startedNanos = System.nanoTime();
            if (job.attempt == 1) {
                bounds.start(job.jobId, problem.solution(), job.timeLimitSeconds);
            }
            Roster best = job.stopRequested ? problem.solution() : solver.solve(problem.solution());
            if (best.getScore() == null) {
                best.setScore(configs.solutionManager().update(best));
            }
            if (job.latest.get() != best && !job.lost) {
                job.onBest(best);
            }
            end(job);
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
            live.remove(job.jobId);
            nudge(null);
        }
    }

    /** After the solver returned: save, then hand back (draining), drop (lost) or finish. */
    private void end(LiveJob job) {
        save(job);
        if (job.lost) {
            LOG.infof("Solve job %d is no longer this replica's; left to its new owner", job.jobId);
        } else if (job.handBack) {
            boolean back = QuarkusTransaction.requiringNew().call(() -> sql(() -> rows.handBack(job.jobId, node.instanceId(), job.elapsedSeconds())));
            LOG.infof("Solve job %d %s", job.jobId, back ? "handed back to the queue (this replica drains)" : "was no longer this replica's");
        } else {
            finish(job, job.stopRequested ? SolveJobStatus.STOPPED : SolveJobStatus.DONE, null);
        }
    }

    /** Renews the lease of every live job, writes its latest best roster if it improved, and picks up stop requests. */
    void saveLiveJobs() {
        for (LiveJob job : live.values()) {
            try {
                save(job);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not save solve job %d; will retry", job.jobId);
            }
        }
    }

    /**
     * One transaction: renew the lease (the guarded update also locks the row; if the job is no longer this replica's
     * nothing is written and the solver stops), then, only if the best roster improved since the last save, the
     * agent-days that changed, the score and the new score points.
     */
    void save(LiveJob job) {
        if (job.lost) {
            return;
        }
        synchronized (job) {
            int improvements = job.improvements.get();
            Roster best = job.latest.get();
            boolean improved = job.problem != null && best != null && improvements != job.savedImprovements
                    && (best.getScore() == null || best.getScore().isSolutionInitialized());
            Map<String, RosterStore.DutyWrite> writes = improved ? job.problem.changesAgainst(best, job.saved) : Map.of();
            // the points up to the counted improvements (one found meanwhile waits for the next save)
            List<ScorePoint> points = job.pointsAfter(job.pointsSaved).stream().filter(p -> p.seq() <= improvements).toList();
            Instant now = Instant.now();
            HardMediumSoftLongScore score = best == null ? null : best.getScore();
            double elapsed = job.elapsedSeconds();
            boolean[] stop = {false};
            boolean mine = QuarkusTransaction.requiringNew().call(() -> sql(() -> {
                if (!rows.renew(job.jobId, node.instanceId(), config.roster().leaseSeconds(), elapsed)) {
                    return false;
                }
                stop[0] = rows.stopRequested(job.jobId);
                if (improved) {
                    if (!writes.isEmpty()) {
                        store.saveSolverDuties(job.rosterId, writes.values());
                    }
                    rows.saved(job.jobId, score, improvements, job.lastImprovementAt, now);
                }
                rows.addPoints(job.jobId, points);
                return true;
            }));
            if (!mine) {
                job.lost = true;
                job.stopRequested = true;
                terminate(job);
                return;
            }
            if (stop[0] && !job.stopRequested) {
                job.stopRequested = true;
                terminate(job);
            }
            if (!points.isEmpty()) {
                job.pointsSaved = points.get(points.size() - 1).seq();
            }
            if (improved) {
                writes.forEach((id, w) -> {
                    job.saved.put(id, new RosterProblem.DutyRef(w.templateId(), w.queueId()));
                    job.touched.put(id, w);
                });
                job.savedImprovements = improvements;
                job.saves++;
                job.lastSavedAt = now;
            }
        }
    }

    private static void terminate(LiveJob job) {
        Solver<Roster> solver = job.solver;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /**
     * Lock order: the job's monitor is never taken inside a database transaction that holds the job row (the saver
     * holds the monitor while its transaction waits for that row), so what finishing needs from memory is copied first.
     */
    private void finish(LiveJob job, SolveJobStatus status, String error) {
        job.status = status;
        List<RosterStore.DutyWrite> touched;
        synchronized (job) {
            touched = List.copyOf(job.touched.values());
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> finishRow(job, touched, status, error, true));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not complete solve job %d", job.jobId);
            QuarkusTransaction.requiringNew().run(() -> finishRow(job, touched, SolveJobStatus.FAILED,
                    "could not complete the job: " + e.getMessage(), false));
        }
    }

    private void finishRow(LiveJob job, List<RosterStore.DutyWrite> touched, SolveJobStatus status, String error, boolean updateRoster) {
        Instant ended = Instant.now();
        boolean mine = sql(() -> rows.finish(job.jobId, node.instanceId(), status, error, job.bestScore, job.improvements.get(),
                job.lastImprovementAt, job.elapsedSeconds(), ended));
        if (!mine) {
            job.lost = true;
            return;
        }
        SiteRoster roster = updateRoster ? SiteRoster.findById(job.rosterId) : null;
        if (roster == null) {
            return;
        }
        roster.lastSolvedAt = ended;
        int logged = 0;
        if (roster.publicationNo > 0) {
            logged = store.logReplanChanges(job.rosterId, touched, job.kind.name().toLowerCase() + " job " + job.jobId, ended);
        }
        boolean changed = job.attempt > 1 ? logged > 0 : !touched.isEmpty();
        if (changed && roster.status == RosterStatus.PUBLISHED) {
            roster.status = RosterStatus.DRAFT;
        }
    }

    // ---- control and progress --------------------------------------------------------------------

    /**
     * Asks a job to stop, on whichever replica it runs: a queued job ends STOPPED at once; a solving one stops at its
     * next step here, or at its owner's next renewal elsewhere, saves its best roster and ends STOPPED.
     */
    public SolveJobView stop(long jobId) {
        LiveJob job = live.get(jobId);
        if (job != null) {
            job.stopRequested = true;
            terminate(job);
        }
        QuarkusTransaction.requiringNew().call(() -> sql(() -> rows.requestStop(jobId)));
        return view(jobId);
    }

    public SolveJobView view(long jobId) {
        SolveJob row = QuarkusTransaction.requiringNew().call(() -> SolveJob.<SolveJob>findByIdOptional(jobId)
                .orElseThrow(() -> ApiException.notFound("Solve job", jobId)));
        return view(row, local(row), true);
    }

    public List<SolveJobView> list(Long rosterId, SolveJobStatus status) {
        Filter f = new Filter().eq("rosterId", rosterId).eq("status", status);
        List<SolveJob> list = QuarkusTransaction.requiringNew().call(() ->
                SolveJob.<SolveJob>list(f.query(), Sort.descending("id"), f.params()));
        return list.stream().map(r -> view(r, local(r), false)).toList();
    }

    /** The in-memory job if this replica solves it (and the row still says so). */
    private LiveJob local(SolveJob row) {
        LiveJob job = live.get(row.id);
        return job != null && row.status == SolveJobStatus.SOLVING && node.instanceId().equals(row.owner) ? job : null;
    }

    SolveJobView view(SolveJob row, LiveJob job, boolean withHistory) {
        if (job == null) {
            boolean liveElsewhere = row.status.isLive();
            double elapsed = liveElsewhere ? row.solvedSeconds : row.startedAt == null ? 0
                    : row.solvedSeconds > 0 ? row.solvedSeconds
                    : Duration.between(row.startedAt, row.endedAt == null ? Instant.now() : row.endedAt).toMillis() / 1000.0;
            Double since = row.lastImprovementAt == null ? null
                    : Duration.between(row.lastImprovementAt, row.endedAt == null ? Instant.now() : row.endedAt).toMillis() / 1000.0;
            double progress = liveElsewhere ? Math.min(0.99, row.solvedSeconds / Math.max(1, row.timeLimitSeconds)) : 1;
            List<ScorePoint> history = liveElsewhere && withHistory
                    ? rows.pointsAfter(row.id, 0, config.roster().scorePointsKept()) : List.of();
            return new SolveJobView(row.id, row.rosterId, row.kind, row.status, row.solverConfig, row.timeLimitSeconds,
                    row.unimprovedSeconds, row.stepLimit, row.restartedFromJobId, row.bestScore, row.hardScore, row.mediumScore,
                    row.softScore, row.hardScore == null ? null : row.hardScore == 0, row.improvements, row.saves, row.queuedAt,
                    row.startedAt, row.endedAt, row.lastImprovementAt, row.lastSavedAt, elapsed, since,
                    progress, row.errorText, history, bounds.view(row.id, row.mediumScore), row.owner, row.attempts);
        }
        HardMediumSoftLongScore score = job.bestScore;
        return new SolveJobView(row.id, row.rosterId, row.kind, job.status, row.solverConfig, row.timeLimitSeconds,
                row.unimprovedSeconds, row.stepLimit, row.restartedFromJobId, score == null ? null : score.toString(),
                score == null ? null : score.hardScore(), score == null ? null : score.mediumScore(),
                score == null ? null : score.softScore(), score == null ? null : score.hardScore() == 0,
                job.improvements.get(), row.saves, row.queuedAt, job.startedAt, null, job.lastImprovementAt, row.lastSavedAt,
                job.elapsedSeconds(), job.secondsSinceImprovement(), job.progress(), null,
                withHistory ? job.pointsAfter(0) : List.of(), bounds.view(row.id, score == null ? null : score.mediumScore()),
                row.owner, row.attempts);
    }

    /**
     * Progress since score point {@code afterSeq}: from memory if this replica solves the job, else from the database
     * (the owner's last save: score, solving time, new points), else the stored outcome (finished).
     */
    ProgressEvent progress(long jobId, int afterSeq) {
        LiveJob job = live.get(jobId);
        if (job != null && !job.lost) {
            HardMediumSoftLongScore score = job.bestScore;
            return new ProgressEvent(jobId, job.status, score == null ? null : score.toString(),
                    score == null ? null : score.hardScore(), score == null ? null : score.mediumScore(),
                    score == null ? null : score.softScore(), job.elapsedSeconds(), job.secondsSinceImprovement(),
                    job.timeLimitSeconds, job.progress(), false, job.pointsAfter(afterSeq));
        }
        SolveJob row = QuarkusTransaction.requiringNew().call(() -> SolveJob.<SolveJob>findByIdOptional(jobId)
                .orElseThrow(() -> ApiException.notFound("Solve job", jobId)));
        SolveJobView v = view(row, null, false);
        boolean finished = !row.status.isLive();
        // the final event carries the points not sent yet, so a late client or a very short solve keeps its history
        List<ScorePoint> points = rows.pointsAfter(jobId, afterSeq, config.roster().scorePointsKept());
        return new ProgressEvent(jobId, v.status(), v.bestScore(), v.hardScore(), v.mediumScore(), v.softScore(),
                v.elapsedSeconds(), v.secondsSinceImprovement(), v.timeLimitSeconds(), v.progress(), finished, points);
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
            AtomicBoolean over = new AtomicBoolean();
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

    /** The best roster of a job solving on this replica, if it has one (e.g. for an explanation while solving). */
    Roster liveBest(long rosterId) {
        return live.values().stream().filter(j -> j.rosterId == rosterId && !j.lost).map(j -> j.latest.get())
                .filter(r -> r != null).findFirst().orElse(null);
    }

    /** Jobs this replica solves now. */
    public int localJobs() {
        return live.size();
    }

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
