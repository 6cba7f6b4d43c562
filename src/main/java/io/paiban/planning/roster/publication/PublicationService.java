package io.paiban.planning.roster.publication;

import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.store.ChangeReason;
import io.paiban.planning.roster.store.RosterChange;
import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.RosterRules;
import io.paiban.planning.roster.store.RosterStatus;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.planning.roster.store.SolverConfigs;

import io.paiban.planning.roster.store.RosterRules.BrokenRule;
import io.paiban.planning.roster.store.RosterRules.DutyChange;
import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.paiban.planning.roster.publication.PublicationDtos.PublishRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication: a solved roster becomes what agents see (every agent-day pinned, the published baseline written and
 * changes against the previous publication logged), and agreed changes (swaps, intraday actions) are written to
 * both the working roster and its published baseline after the rule check.
 */
@ApplicationScoped
public class PublicationService {

    @Inject
    AccessScope scope;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    RosterStore store;

    @Inject
    SolveJobManager jobs;

    @Inject
    SolverConfigs configs;

    @Inject
    RosterRules rules;

    /** A publication: the roster as published, and the agent-days logged as changed against the previous publication. */
    public record Published(SiteRoster roster, int changesLogged) {
    }

    /**
     * Publishes the roster. The roster returned is the one this transaction wrote: a caller outside it must build its
     * view from it, since a roster it loaded before (the access check) is stale.
     */
    @Transactional
    public Published publish(long id, PublishRequest request) {
        jobs.requireNoLiveJob(id);
        SiteRoster roster = SiteRoster.require(id);
        roster.requireVersion(request.version(), "Roster");
        RosterProblem problem = builder.build(roster);
        if (problem.stored().isEmpty()) {
            throw ApiException.unprocessable("Roster " + id + " has no assignments yet; solve it first");
        }
        HardMediumSoftLongScore score = configs.solutionManager().update(problem.solution());
        if (score.hardScore() < 0) {
            List<String> broken = RosterRules.hardRules(configs.solutionManager().explain(problem.solution()));
            throw new ApiException(ProblemKind.UNPROCESSABLE, "Roster " + id + " breaks hard rules (" + score + "): "
                    + String.join("; ", broken) + ". Re-plan or edit it before publishing",
                    broken.stream().map(rule -> Problem.InvalidParam.field("rules", rule)).toList());
        }
        Instant now = Instant.now();
        int changes = store.publish(id, scope.actor(), now);
        roster.status = RosterStatus.PUBLISHED;
        roster.publicationNo++;
        roster.publishedAt = now;
        roster.publishedBy = scope.actor();
        roster.persistAndFlush();
        return new Published(roster, changes);
    }

    /**
     * Writes agent-day changes to both the working roster and its published baseline (what agents see), pinned, after
     * checking them against the hard rules (422 naming each broken rule). Logs each changed published day with the
     * reason and bumps the roster's version. For changes agreed outside the solver, such as an approved shift swap.
     * Returns the roster's new version.
     */
    @Transactional
    public long applyPublished(long rosterId, List<DutyChange> changes, ChangeReason reason, String actor, String note) {
        jobs.requireNoLiveJob(rosterId);
        SiteRoster roster = SiteRoster.require(rosterId);
        if (roster.publicationNo == 0) {
            throw ApiException.unprocessable("Roster " + rosterId + " was never published");
        }
        RosterProblem problem = builder.build(roster);
        List<BrokenRule> broken = rules.applyAndCompare(problem, RosterRules.duties(problem, rosterId, changes));
        if (!broken.isEmpty()) {
            throw RosterRules.brokenRules("The change breaks hard rules", broken);
        }
        Instant now = Instant.now();
        Map<String, RosterStore.Row> rows = new HashMap<>();
        for (DutyChange c : changes) {
            store.load(rosterId, c.agentId(), c.date(), c.date()).forEach(r -> rows.put(RosterProblem.dayId(r.agentId(), r.date()), r));
        }
        for (DutyChange c : changes) {
            RosterStore.Row row = rows.get(RosterProblem.dayId(c.agentId(), c.date()));
            store.savePublished(rosterId, c.agentId(), c.date(), c.templateId(), c.queueId());
            RosterChange.log(rosterId, c.agentId(), c.date(), row.hasPublished() ? row.publishedTemplateId() : row.templateId(),
                    row.hasPublished() ? row.publishedQueueId() : row.queueId(), c.templateId(), c.queueId(), reason, actor, note, now);
        }
        roster.lastEditedAt = now;
        roster.persistAndFlush();
        return roster.version;
    }
}
