package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.SiteRoster;

import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Solve jobs are visible to whoever may see their roster's site. */
@ApplicationScoped
public class SolveJobAccess {

    @Inject
    AccessScope scope;

    public void requireJob(long jobId) {
        SolveJob job = SolveJob.findById(jobId);
        if (job == null || !scope.canSeeSite(SiteRoster.<SiteRoster>findByIdOptional(job.rosterId).map(r -> r.siteId).orElse(-1L))) {
            throw ApiException.notFound("Solve job", jobId);
        }
    }
}
