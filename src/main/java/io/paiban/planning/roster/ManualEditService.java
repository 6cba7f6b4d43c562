package io.paiban.planning.roster;

import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.store.AssignmentViews;
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
import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.paiban.planning.roster.RosterDtos.EditRequest;
import io.paiban.planning.roster.RosterDtos.EditResult;
import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.masterdata.shift.ShiftTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A supervisor's edit of one agent-day, checked against the hard rules before it is saved. */
@ApplicationScoped
public class ManualEditService {

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

    /**
     * Sets one agent-day by hand. The roster is scored before and after; if a hard rule matched on this agent's
     * days got worse, the edit is refused (422) naming the rules. Otherwise it is saved pinned, source MANUAL.
     */
    @Transactional
    public EditResult edit(long rosterId, long agentId, LocalDate date, EditRequest request) {
        jobs.requireNoLiveJob(rosterId);
        SiteRoster roster = SiteRoster.require(rosterId);
        roster.requireVersion(request.version(), "Roster");
        if (!roster.covers(date)) {
            throw ApiException.invalidField("date", date + " is not a day of roster " + rosterId + " (" + roster.firstDate + " to "
                    + roster.lastDate() + ")");
        }
        RosterProblem problem = builder.build(roster);
        AgentDay day = problem.day(agentId, date);
        if (day == null) {
            throw ApiException.notFound("Agent " + agentId + " on roster", rosterId);
        }
        DutyRef ref = DutyRef.OFF;
        if (request.shiftTemplateCode() != null) {
            ShiftTemplate template = problem.templateByCode(request.shiftTemplateCode());
            if (template == null || !template.active) {
                throw ApiException.invalidField("shiftTemplateCode", "no active shift template '" + request.shiftTemplateCode() + "'");
            }
            if (request.queueId() == null) {
                throw ApiException.invalidField("queueId", "required with a shift");
            }
            if (!problem.queues().containsKey(request.queueId())) {
                throw ApiException.invalidField("queueId", "queue " + request.queueId() + " is not a queue of the roster's site");
            }
            ref = new DutyRef(template.id, request.queueId());
        } else if (request.queueId() != null) {
            throw ApiException.invalidField("queueId", "a day off has no queue; leave it out or name a shiftTemplateCode");
        }
        Duty duty = problem.duty(day, ref);

        List<BrokenRule> broken = rules.applyAndCompare(problem, Map.of(day, Optional.ofNullable(duty)));
        if (!broken.isEmpty()) {
            throw new ApiException(ProblemKind.UNPROCESSABLE, "The edit breaks hard rules: "
                    + broken.stream().map(BrokenRule::rule).collect(Collectors.joining("; ")),
                    broken.stream().map(b -> Problem.InvalidParam.field(b.rule(), "hard score for this agent goes from "
                            + b.hardBefore() + " to " + b.hardAfter())).toList());
        }
        DutyRef previous = problem.stored().get(day.getId());
        store.saveManual(rosterId, agentId, date, ref.templateId(), ref.queueId());
        RosterChange change = RosterChange.log(rosterId, agentId, date, previous == null ? null : previous.templateId(),
                previous == null ? null : previous.queueId(), ref.templateId(), ref.queueId(), ChangeReason.MANUAL_EDIT,
                scope.actor(), request.note(), Instant.now());
        roster.lastEditedAt = change.changedAt;
        if (roster.status == RosterStatus.PUBLISHED) {
            roster.status = RosterStatus.DRAFT;
        }
        roster.persistAndFlush();
        HardMediumSoftLongScore score = configs.solutionManager().update(problem.solution());
        ZoneId zone = problem.zone();
        RosterStore.Row row = store.load(rosterId, agentId, date, date).get(0);
        return new EditResult(AssignmentViews.assignment(row, zone, new AssignmentViews.Lookup()), score.toString(), roster.version);
    }
}
