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
import io.paiban.planning.roster.RosterDtos.BrokenRuleView;
import io.paiban.planning.roster.RosterDtos.EditCheck;
import io.paiban.planning.roster.RosterDtos.EditCheckRequest;
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
     * The hard rules one agent-day edit would break, scored exactly as {@link #edit} scores it; nothing is saved.
     * Lets a supervisor see the consequences before saving (the console shows them inline).
     */
    @Transactional
    public List<BrokenRule> check(long rosterId, long agentId, LocalDate date, String shiftTemplateCode, Long queueId) {
        SiteRoster roster = SiteRoster.require(rosterId);
        return new Proposal(roster, agentId, date, shiftTemplateCode, queueId).broken;
    }

    @Transactional
    public EditCheck checkView(long rosterId, long agentId, LocalDate date, EditCheckRequest request) {
        List<BrokenRule> broken = check(rosterId, agentId, date, request.shiftTemplateCode(), request.queueId());
        return new EditCheck(broken.isEmpty(), broken.stream().map(b -> new BrokenRuleView(b.rule(), b.hardBefore(), b.hardAfter())).toList());
    }

    /**
     * Sets one agent-day by hand. The roster is scored before and after; if a hard rule matched on this agent's
     * days got worse, the edit is refused (422) naming the rules. Otherwise it is saved pinned, source MANUAL.
     */
    @Transactional
    public EditResult edit(long rosterId, long agentId, LocalDate date, EditRequest request) {
        jobs.requireNoLiveJob(rosterId);
        SiteRoster roster = SiteRoster.require(rosterId);
        roster.requireVersion(request.version(), "Roster");
        Proposal proposal = new Proposal(roster, agentId, date, request.shiftTemplateCode(), request.queueId());
        List<BrokenRule> broken = proposal.broken;
        if (!broken.isEmpty()) {
            throw new ApiException(ProblemKind.UNPROCESSABLE, "The edit breaks hard rules: "
                    + broken.stream().map(BrokenRule::rule).collect(Collectors.joining("; ")),
                    broken.stream().map(b -> Problem.InvalidParam.field(b.rule(), "hard score for this agent goes from "
                            + b.hardBefore() + " to " + b.hardAfter())).toList());
        }
        RosterProblem problem = proposal.problem;
        AgentDay day = proposal.day;
        DutyRef ref = proposal.ref;
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

    /** One agent-day edit resolved against the roster's problem and scored; invalid input is a 400 naming the field. */
    private final class Proposal {
        final RosterProblem problem;
        final AgentDay day;
        final DutyRef ref;
        final List<BrokenRule> broken;

        Proposal(SiteRoster roster, long agentId, LocalDate date, String shiftTemplateCode, Long queueId) {
            if (!roster.covers(date)) {
                throw ApiException.invalidField("date", date + " is not a day of roster " + roster.id + " (" + roster.firstDate + " to "
                        + roster.lastDate() + ")");
            }
            problem = builder.build(roster);
            day = problem.day(agentId, date);
            if (day == null) {
                throw ApiException.notFound("Agent " + agentId + " on roster", roster.id);
            }
            if (shiftTemplateCode != null) {
                ShiftTemplate template = problem.templateByCode(shiftTemplateCode);
                if (template == null || !template.active) {
                    throw ApiException.invalidField("shiftTemplateCode", "no active shift template '" + shiftTemplateCode + "'");
                }
                if (queueId == null) {
                    throw ApiException.invalidField("queueId", "required with a shift");
                }
                if (!problem.queues().containsKey(queueId)) {
                    throw ApiException.invalidField("queueId", "queue " + queueId + " is not a queue of the roster's site");
                }
                ref = new DutyRef(template.id, queueId);
            } else if (queueId != null) {
                throw ApiException.invalidField("queueId", "a day off has no queue; leave it out or name a shiftTemplateCode");
            } else {
                ref = DutyRef.OFF;
            }
            Duty duty = problem.duty(day, ref);
            broken = rules.applyAndCompare(problem, Map.of(day, Optional.ofNullable(duty)));
        }
    }
}
