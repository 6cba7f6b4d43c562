package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.planning.roster.store.SolverConfigs;

import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** Starts solve jobs on a roster: a first solve, or a restart of a finished job from the roster's saved assignments. */
@ApplicationScoped
public class SolveService {

    @Inject
    SolveJobManager jobs;

    @Inject
    SolverConfigs configs;

    public SolveJobView solve(long rosterId, SolveRequest request) {
        SolveRequest options = request == null ? SolveRequest.DEFAULTS : request;
        long jobId = jobs.submit(rosterId, () ->
                newJob(SiteRoster.require(rosterId), SolveJobKind.SOLVE, options.solverConfig(), options.limits(), null));
        return jobs.view(jobId);
    }

    /** A new job on the roster of a finished one, starting from the roster's saved assignments. */
    public SolveJobView restart(long jobId, SolveRequest request) {
        SolveJob old = QuarkusTransaction.requiringNew().call(() -> SolveJob.<SolveJob>findByIdOptional(jobId)
                .orElseThrow(() -> ApiException.notFound("Solve job", jobId)));
        if (old.status.isLive()) {
            throw ApiException.conflict("Solve job " + jobId + " is still " + old.status);
        }
        SolveRequest options = request == null ? SolveRequest.DEFAULTS : request;
        SolverConfigs.Limits limits = new SolverConfigs.Limits(
                options.timeLimitSeconds() != null ? options.timeLimitSeconds() : Integer.valueOf(old.timeLimitSeconds),
                options.unimprovedSeconds() != null ? options.unimprovedSeconds() : old.unimprovedSeconds,
                options.stepLimit() != null ? options.stepLimit() : old.stepLimit);
        String config = options.solverConfig() != null ? options.solverConfig() : old.solverConfig;
        long newId = jobs.submit(old.rosterId, () ->
                newJob(SiteRoster.require(old.rosterId), SolveJobKind.RESTART, config, limits, old.id));
        return jobs.view(newId);
    }

    /** A QUEUED job row for a roster with its configuration and limits resolved; called inside the job manager's submit transaction. */
    public SolveJob newJob(SiteRoster roster, SolveJobKind kind, String requestedConfig, SolverConfigs.Limits limits, Long restartedFrom) {
        String config = requestedConfig != null ? configs.requireKnown(requestedConfig, "solverConfig")
                : roster.solverConfig != null ? roster.solverConfig : configs.pick(roster.firstDate, roster.lastDate());
        SolveJob job = new SolveJob();
        job.rosterId = roster.id;
        job.kind = kind;
        job.status = SolveJobStatus.QUEUED;
        job.solverConfig = config;
        job.timeLimitSeconds = configs.timeLimitSeconds(config, limits);
        job.unimprovedSeconds = configs.unimprovedSeconds(config, limits);
        job.stepLimit = limits.stepLimit();
        job.restartedFromJobId = restartedFrom;
        job.queuedAt = Instant.now();
        job.persistAndFlush();
        return job;
    }
}
