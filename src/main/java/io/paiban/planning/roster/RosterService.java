package io.paiban.planning.roster;

import io.paiban.security.AccessScope;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.RosterDtos.AssignmentView;
import io.paiban.planning.roster.RosterDtos.BreakView;
import io.paiban.planning.roster.RosterDtos.ChangeView;
import io.paiban.planning.roster.RosterDtos.DutyView;
import io.paiban.planning.roster.RosterDtos.EditRequest;
import io.paiban.planning.roster.RosterDtos.EditResult;
import io.paiban.planning.roster.RosterDtos.PublishRequest;
import io.paiban.planning.roster.RosterDtos.PublishResult;
import io.paiban.planning.roster.RosterDtos.ReplanRequest;
import io.paiban.planning.roster.RosterDtos.ReplanStarted;
import io.paiban.planning.roster.RosterDtos.RosterRequest;
import io.paiban.planning.roster.RosterDtos.RosterView;
import io.paiban.planning.roster.RosterDtos.UnpinnedDay;
import io.paiban.planning.roster.RosterProblem.DutyRef;
import io.paiban.planning.roster.SolveJobDtos.SolveJobView;
import io.paiban.planning.roster.SolveJobDtos.SolveRequest;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.masterdata.shift.ShiftBreak;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.staffing.StaffingRun;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Rosters: create, solve, publish, re-plan, manual edits, assignments and the change log. */
@ApplicationScoped
public class RosterService {

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

    // ---- rosters ---------------------------------------------------------------------------------

    @Transactional
    public RosterView create(RosterRequest request) {
        Site site = Site.<Site>findByIdOptional(request.siteId())
                .filter(s -> scope.canSeeSite(s.id))
                .orElseThrow(() -> ApiException.invalidField("siteId", "site " + request.siteId() + " does not exist"));
        StaffingRun run = StaffingRun.<StaffingRun>findByIdOptional(request.staffingRunId())
                .orElseThrow(() -> ApiException.invalidField("staffingRunId", "staffing run " + request.staffingRunId() + " does not exist"));
        ZoneId zone = site.zone();
        LocalDate first = request.firstDate() != null ? request.firstDate()
                : LocalDate.ofInstant(run.horizonStart, zone).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        SiteRoster roster = new SiteRoster();
        roster.siteId = site.id;
        roster.staffingRunId = run.id;
        roster.firstDate = first;
        roster.weeks = request.weeks() == null ? 1 : request.weeks();
        roster.solverConfig = request.solverConfig() == null ? null : configs.requireKnown(request.solverConfig(), "solverConfig");
        roster.label = request.label();
        RosterProblemBuilder.requireStaffingRun(run.id, RosterProblemBuilder.horizon(roster, zone));
        roster.persistAndFlush();
        return view(roster);
    }

    public List<RosterView> list(Long siteId) {
        List<SiteRoster> rosters = siteId == null ? SiteRoster.listAll(Sort.descending("id"))
                : SiteRoster.list("siteId", Sort.descending("id"), siteId);
        return rosters.stream().filter(r -> scope.canSeeSite(r.siteId)).map(this::view).toList();
    }

    public RosterView get(long id) {
        return view(find(id));
    }

    @Transactional
    public void delete(long id) {
        jobs.requireNoLiveJob(id);
        find(id).delete();
    }

    static SiteRoster find(long id) {
        return SiteRoster.<SiteRoster>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Roster", id));
    }

    RosterView view(SiteRoster r) {
        List<RosterStore.Row> rows = store.load(r.id);
        SolveJob latest = SolveJob.<SolveJob>find("rosterId", Sort.descending("id"), r.id).firstResult();
        SolveJobView job = latest == null ? null : jobs.view(latest.id);
        return new RosterView(r.id, r.siteId, r.firstDate, r.lastDate(), r.weeks, r.staffingRunId, r.solverConfig, r.label, r.status,
                r.publicationNo, r.publishedAt, r.publishedBy, r.lastSolvedAt, r.lastEditedAt, rows.size(),
                (int) rows.stream().filter(x -> x.templateId() != null).count(),
                (int) rows.stream().filter(RosterStore.Row::changedSincePublication).count(), job, r.version, r.createdAt, r.updatedAt);
    }

    // ---- solving ---------------------------------------------------------------------------------

    public SolveJobView solve(long rosterId, SolveRequest request) {
        SolveRequest options = request == null ? SolveRequest.DEFAULTS : request;
        long jobId = jobs.submit(rosterId, () -> {
            SiteRoster roster = find(rosterId);
            RosterProblem problem = builder.build(roster);
            return new SolveJobManager.Prepared(newJob(roster, SolveJobKind.SOLVE, options.solverConfig(), options.limits(), null), problem);
        });
        return jobs.view(jobId);
    }

    /** A new job on the roster of a finished one, starting from the roster's saved assignments. */
    public SolveJobView restart(long jobId, SolveRequest request) {
        SolveJob old = QuarkusTransaction.requiringNew().call(() -> SolveJob.<SolveJob>findByIdOptional(jobId)
                .orElseThrow(() -> ApiException.notFound("Solve job", jobId)));
        if (old.status.isLive() && jobs.isLive(old.rosterId)) {
            throw ApiException.conflict("Solve job " + jobId + " is still " + old.status);
        }
        SolveRequest options = request == null ? SolveRequest.DEFAULTS : request;
        SolverConfigs.Limits limits = new SolverConfigs.Limits(
                options.timeLimitSeconds() != null ? options.timeLimitSeconds() : Integer.valueOf(old.timeLimitSeconds),
                options.unimprovedSeconds() != null ? options.unimprovedSeconds() : old.unimprovedSeconds,
                options.stepLimit() != null ? options.stepLimit() : old.stepLimit);
        String config = options.solverConfig() != null ? options.solverConfig() : old.solverConfig;
        long newId = jobs.submit(old.rosterId, () -> {
            SiteRoster roster = find(old.rosterId);
            RosterProblem problem = builder.build(roster);
            return new SolveJobManager.Prepared(newJob(roster, SolveJobKind.RESTART, config, limits, old.id), problem);
        });
        return jobs.view(newId);
    }

    private SolveJob newJob(SiteRoster roster, SolveJobKind kind, String requestedConfig, SolverConfigs.Limits limits, Long restartedFrom) {
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

    // ---- publish -----------------------------------------------------------------------------------

    @Transactional
    public PublishResult publish(long id, PublishRequest request) {
        jobs.requireNoLiveJob(id);
        SiteRoster roster = find(id);
        roster.requireVersion(request.version(), "Roster");
        RosterProblem problem = builder.build(roster);
        if (problem.stored().isEmpty()) {
            throw ApiException.unprocessable("Roster " + id + " has no assignments yet; solve it first");
        }
        HardMediumSoftLongScore score = configs.solutionManager().update(problem.solution());
        if (score.hardScore() < 0) {
            List<String> broken = hardRules(configs.solutionManager().explain(problem.solution()));
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
        return new PublishResult(view(roster), changes);
    }

    private static List<String> hardRules(ScoreExplanation<Roster, HardMediumSoftLongScore> explanation) {
        return explanation.getConstraintMatchTotalMap().values().stream()
                .filter(t -> t.getScore().hardScore() < 0)
                .sorted(Comparator.comparing(ConstraintMatchTotal::getConstraintName))
                .map(t -> t.getConstraintName() + " (" + t.getConstraintMatchCount() + " matches, " + t.getScore().hardScore() + "hard)")
                .toList();
    }

    // ---- re-plan -----------------------------------------------------------------------------------

    public ReplanStarted replan(long rosterId, ReplanRequest request) {
        ReplanMode mode = request.mode() == null ? ReplanMode.FILL_GAPS : request.mode();
        List<UnpinnedDay> affected = new ArrayList<>();
        int[] unpinned = {0};
        long jobId = jobs.submit(rosterId, () -> {
            SiteRoster roster = find(rosterId);
            if (roster.publicationNo == 0) {
                throw ApiException.unprocessable("Roster " + rosterId + " was never published; solve it instead of re-planning");
            }
            if (request.freeFrom() != null && !roster.covers(request.freeFrom())) {
                throw ApiException.invalidField("freeFrom", request.freeFrom() + " is not a day of the roster ("
                        + roster.firstDate + " to " + roster.lastDate() + ")");
            }
            RosterProblem problem = builder.build(roster);
            Map<AgentDay, Set<String>> breaking = hardBreakingDays(problem);
            Set<AgentDay> free = new LinkedHashSet<>(breaking.keySet());
            Set<LocalDate> dates = free.stream().map(AgentDay::getDate).collect(Collectors.toSet());
            for (AgentDay day : problem.solution().getAgentDays()) {
                boolean open = switch (mode) {
                    case AFFECTED_ONLY -> false;
                    case FILL_GAPS -> dates.contains(day.getDate()) && !day.isWorking();
                    case FULL -> request.freeFrom() == null || !day.getDate().isBefore(request.freeFrom());
                };
                if (open && !day.getDutyOptions().isEmpty()) {
                    free.add(day);
                }
            }
            if (free.isEmpty()) {
                throw ApiException.unprocessable("No agent-day of roster " + rosterId + " breaks a hard rule; re-plan with mode FULL "
                        + "to re-optimise the published roster (e.g. after a new forecast)");
            }
            List<RosterStore.DutyWrite> toUnpin = new ArrayList<>();
            for (AgentDay day : free) {
                if (day.getDutyOptions().isEmpty()) {
                    day.setDuty(null); // nobody may work it (left, trainee, flex day withdrawn): a day off, pinned
                } else {
                    day.setPinned(false);
                    toUnpin.add(new RosterStore.DutyWrite(RosterProblem.agentId(day.getAgent()), day.getDate(), null, null));
                }
            }
            store.setPinned(rosterId, toUnpin, false);
            breaking.forEach((day, rules) -> affected.add(new UnpinnedDay(RosterProblem.agentId(day.getAgent()),
                    problem.agents().get(RosterProblem.agentId(day.getAgent())).employeeNo, day.getDate(), List.copyOf(rules))));
            unpinned[0] = free.size();
            SolveRequest options = new SolveRequest(request.solverConfig(), request.timeLimitSeconds(), request.unimprovedSeconds(),
                    request.stepLimit());
            return new SolveJobManager.Prepared(newJob(roster, SolveJobKind.REPLAN, options.solverConfig(), options.limits(), null), problem);
        });
        affected.sort(Comparator.comparing(UnpinnedDay::employeeNo).thenComparing(UnpinnedDay::date));
        return new ReplanStarted(jobs.view(jobId), unpinned[0], affected);
    }

    /**
     * Agent-days in a hard-rule match, with the rules: a match on one agent-day (leave, certification, rest)
     * names that day; a match on a whole agent (consecutive days, weekly rules) names all of the agent's days.
     */
    Map<AgentDay, Set<String>> hardBreakingDays(RosterProblem problem) {
        ScoreExplanation<Roster, HardMediumSoftLongScore> explanation = configs.solutionManager().explain(problem.solution());
        Map<RosterAgent, List<AgentDay>> byAgent = problem.solution().getAgentDays().stream()
                .collect(Collectors.groupingBy(AgentDay::getAgent));
        Map<AgentDay, Set<String>> result = new TreeMap<>(Comparator.comparing(AgentDay::getId));
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() >= 0) {
                    continue;
                }
                for (Object indicted : match.getIndictedObjectList()) {
                    if (indicted instanceof AgentDay day) {
                        result.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(total.getConstraintName());
                    } else if (indicted instanceof RosterAgent agent) {
                        for (AgentDay day : byAgent.getOrDefault(agent, List.of())) {
                            if (day.isWorking()) {
                                result.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(total.getConstraintName());
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    // ---- assignments -------------------------------------------------------------------------------

    public List<AssignmentView> assignments(long rosterId, Long agentId, LocalDate from, LocalDate to) {
        SiteRoster roster = find(rosterId);
        ZoneId zone = Site.<Site>findById(roster.siteId).zone();
        Lookup lookup = new Lookup();
        return store.load(rosterId, agentId, from, to).stream().map(row -> assignment(row, zone, lookup)).toList();
    }

    /** Caches of names for views. */
    static final class Lookup {
        final Map<Long, Agent> agents = new HashMap<>();
        final Map<Long, ServiceQueue> queues = new HashMap<>();
        final Map<Long, ShiftTemplate> templates = new HashMap<>();

        Agent agent(long id) {
            return agents.computeIfAbsent(id, k -> Agent.findById(k));
        }

        ServiceQueue queue(Long id) {
            return id == null ? null : queues.computeIfAbsent(id, k -> ServiceQueue.findById(k));
        }

        ShiftTemplate template(Long id) {
            return id == null ? null : templates.computeIfAbsent(id, k -> ShiftTemplate.findById(k));
        }

        DutyView duty(Long templateId, Long queueId) {
            ShiftTemplate t = template(templateId);
            if (t == null) {
                return null;
            }
            ServiceQueue q = queue(queueId);
            return new DutyView(t.code, queueId, q == null ? null : q.code);
        }
    }

    static AssignmentView assignment(RosterStore.Row row, ZoneId zone, Lookup lookup) {
        Agent agent = lookup.agent(row.agentId());
        ShiftTemplate t = lookup.template(row.templateId());
        ServiceQueue q = lookup.queue(row.queueId());
        DutyView published = !row.hasPublished() ? null
                : row.publishedTemplateId() == null ? new DutyView(null, null, null)
                : lookup.duty(row.publishedTemplateId(), row.publishedQueueId());
        if (t == null) {
            return new AssignmentView(row.agentId(), agent.employeeNo, agent.fullName, row.date(), false, null, null, null, null, null,
                    null, null, null, List.of(), row.pinned(), row.source(), published, row.changedSincePublication());
        }
        ZonedDateTime start = row.date().atTime(t.startTime).atZone(zone);
        ZonedDateTime end = (t.crossesMidnight() ? row.date().plusDays(1) : row.date()).atTime(t.endTime).atZone(zone);
        List<BreakView> breaks = new ArrayList<>();
        for (ShiftBreak b : t.breaks) {
            ZonedDateTime bs = start.plusMinutes(b.offsetMinutes);
            breaks.add(new BreakView(bs.toLocalDateTime(), bs.plusMinutes(b.durationMinutes).toLocalDateTime(), b.paid));
        }
        return new AssignmentView(row.agentId(), agent.employeeNo, agent.fullName, row.date(), true, t.code, row.queueId(),
                q == null ? null : q.code, start.toLocalDateTime(), end.toLocalDateTime(), start.toInstant(), end.toInstant(),
                t.paidMinutes, breaks, row.pinned(), row.source(), published, row.changedSincePublication());
    }

    public List<ChangeView> changes(long rosterId, Long agentId) {
        find(rosterId);
        List<RosterChange> changes = agentId == null
                ? RosterChange.list("rosterId", Sort.by("changedAt").and("id"), rosterId)
                : RosterChange.list("rosterId = ?1 and agentId = ?2", Sort.by("changedAt").and("id"), rosterId, agentId);
        Lookup lookup = new Lookup();
        return changes.stream().map(c -> new ChangeView(c.id, c.agentId, lookup.agent(c.agentId).employeeNo, c.workDate,
                dutyOrOff(lookup, c.beforeTemplateId, c.beforeQueueId), dutyOrOff(lookup, c.afterTemplateId, c.afterQueueId),
                c.reason, c.note, c.actor, c.changedAt)).toList();
    }

    private static DutyView dutyOrOff(Lookup lookup, Long templateId, Long queueId) {
        return templateId == null ? new DutyView(null, null, null) : lookup.duty(templateId, queueId);
    }

    // ---- manual edits ------------------------------------------------------------------------------

    /**
     * Sets one agent-day by hand. The roster is scored before and after; if a hard rule matched on this agent's
     * days got worse, the edit is refused (422) naming the rules. Otherwise it is saved pinned, source MANUAL.
     */
    @Transactional
    public EditResult edit(long rosterId, long agentId, LocalDate date, EditRequest request) {
        jobs.requireNoLiveJob(rosterId);
        SiteRoster roster = find(rosterId);
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

        List<BrokenRule> broken = applyAndCompare(problem, Map.of(day, Optional.ofNullable(duty)));
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
        return new EditResult(assignment(row, zone, new Lookup()), score.toString(), roster.version);
    }

    // ---- checking and applying changes of agent-days -----------------------------------------------

    /** A duty for one agent-day: template and queue ids, both null for a day off. */
    public record DutyChange(long agentId, LocalDate date, Long templateId, Long queueId) {
    }

    /** A hard rule whose score, over the matches involving the agent, gets worse with the changes. */
    public record BrokenRule(long agentId, String rule, long hardBefore, long hardAfter) {
    }

    /**
     * The hard rules that a set of agent-day changes would break, for each agent changed, scored like a manual edit
     * (before and after, per rule, over the matches involving the agent); nothing is saved.
     */
    @Transactional
    public List<BrokenRule> check(long rosterId, List<DutyChange> changes) {
        RosterProblem problem = builder.build(find(rosterId));
        return applyAndCompare(problem, duties(problem, rosterId, changes));
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
        SiteRoster roster = find(rosterId);
        if (roster.publicationNo == 0) {
            throw ApiException.unprocessable("Roster " + rosterId + " was never published");
        }
        RosterProblem problem = builder.build(roster);
        List<BrokenRule> broken = applyAndCompare(problem, duties(problem, rosterId, changes));
        if (!broken.isEmpty()) {
            throw brokenRules("The change breaks hard rules", broken);
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

    /** A 422 naming each broken rule, with the agent and the hard score before and after. */
    public static ApiException brokenRules(String what, List<BrokenRule> broken) {
        return new ApiException(ProblemKind.UNPROCESSABLE, what + ": " + broken.stream().map(b -> b.rule() + " (agent " + b.agentId() + ")")
                .distinct().collect(Collectors.joining("; ")),
                broken.stream().map(b -> Problem.InvalidParam.field(b.rule(), "agent " + b.agentId() + ": hard score goes from "
                        + b.hardBefore() + " to " + b.hardAfter())).toList());
    }

    private static Map<AgentDay, Optional<Duty>> duties(RosterProblem problem, long rosterId, List<DutyChange> changes) {
        Map<AgentDay, Optional<Duty>> result = new LinkedHashMap<>();
        for (DutyChange c : changes) {
            AgentDay day = problem.day(c.agentId(), c.date());
            if (day == null) {
                throw ApiException.unprocessable("Agent " + c.agentId() + " has no day " + c.date() + " on roster " + rosterId);
            }
            Duty duty = problem.duty(day, new DutyRef(c.templateId(), c.queueId()));
            if (duty == null && c.templateId() != null) {
                throw ApiException.unprocessable("Shift template " + c.templateId() + " on queue " + c.queueId()
                        + " is not a duty of roster " + rosterId);
            }
            result.put(day, Optional.ofNullable(duty));
        }
        return result;
    }

    /** Sets the duties on the problem's agent-days and compares each changed agent's hard score per rule. */
    private List<BrokenRule> applyAndCompare(RosterProblem problem, Map<AgentDay, Optional<Duty>> changes) {
        Set<Long> agentIds = new TreeSet<>();
        changes.keySet().forEach(day -> agentIds.add(RosterProblem.agentId(day.getAgent())));
        Map<Long, Map<String, Long>> before = hardByRule(problem, agentIds);
        changes.forEach((day, duty) -> day.setDuty(duty.orElse(null)));
        Map<Long, Map<String, Long>> after = hardByRule(problem, agentIds);
        List<BrokenRule> broken = new ArrayList<>();
        for (long agentId : agentIds) {
            Map<String, Long> was = before.getOrDefault(agentId, Map.of());
            after.getOrDefault(agentId, Map.of()).forEach((rule, hard) -> {
                long old = was.getOrDefault(rule, 0L);
                if (hard < old) {
                    broken.add(new BrokenRule(agentId, rule, old, hard));
                }
            });
        }
        return broken;
    }

    /** Hard score per agent and rule of the matches that involve the agent (one of its days, or the agent itself). */
    private Map<Long, Map<String, Long>> hardByRule(RosterProblem problem, Set<Long> agentIds) {
        ScoreExplanation<Roster, HardMediumSoftLongScore> explanation = configs.solutionManager().explain(problem.solution());
        Map<Long, Map<String, Long>> result = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() == 0) {
                    continue;
                }
                for (long agentId : agentIds) {
                    if (involves(match, agentId)) {
                        result.computeIfAbsent(agentId, k -> new LinkedHashMap<>())
                                .merge(total.getConstraintName(), match.getScore().hardScore(), Long::sum);
                    }
                }
            }
        }
        return result;
    }

    static boolean involves(ConstraintMatch<?> match, long agentId) {
        for (Object o : match.getIndictedObjectList()) {
            if (o instanceof AgentDay day && RosterProblem.agentId(day.getAgent()) == agentId) {
                return true;
            }
            if (o instanceof RosterAgent agent && RosterProblem.agentId(agent) == agentId) {
                return true;
            }
        }
        return false;
    }
}
