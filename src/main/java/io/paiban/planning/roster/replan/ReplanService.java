package io.paiban.planning.roster.replan;

import io.paiban.planning.roster.jobs.SolveJob;
import io.paiban.planning.roster.jobs.SolveJobKind;
import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.jobs.SolveService;
import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.RosterRules;
import io.paiban.planning.roster.store.RosterStatus;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;

import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.replan.ReplanDtos.ReplanRequest;
import io.paiban.planning.roster.replan.ReplanDtos.ReplanStarted;
import io.paiban.planning.roster.replan.ReplanDtos.UnpinnedDay;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveRequest;
import io.paiban.planning.roster.solver.AgentDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-planning a published roster after a change (a sick call, new leave, a new forecast): unpins the agent-days that
 * break a hard rule, and more by mode, and solves with the rest pinned.
 */
@ApplicationScoped
public class ReplanService {

    @Inject
    RosterProblemBuilder builder;

    @Inject
    RosterStore store;

    @Inject
    SolveJobManager jobs;

    @Inject
    SolveService solves;

    @Inject
    RosterRules rules;

    public ReplanStarted replan(long rosterId, ReplanRequest request) {
        ReplanMode mode = request.mode() == null ? ReplanMode.FILL_GAPS : request.mode();
        List<UnpinnedDay> affected = new ArrayList<>();
        int[] unpinned = {0};
        long jobId = jobs.submit(rosterId, () -> {
            SiteRoster roster = SiteRoster.require(rosterId);
            if (roster.publicationNo == 0) {
                throw ApiException.unprocessable("Roster " + rosterId + " was never published; solve it instead of re-planning");
            }
            if (request.freeFrom() != null && !roster.covers(request.freeFrom())) {
                throw ApiException.invalidField("freeFrom", request.freeFrom() + " is not a day of the roster ("
                        + roster.firstDate + " to " + roster.lastDate() + ")");
            }
            RosterProblem problem = builder.build(roster);
            Map<AgentDay, Set<String>> breaking = rules.hardBreakingDays(problem);
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
            List<RosterStore.DutyWrite> dayOff = new ArrayList<>();
            for (AgentDay day : free) {
                if (day.getDutyOptions().isEmpty()) {
                    // nobody may work it (left, trainee, flex day withdrawn): a day off, pinned, written now because
                    // the job (on whichever replica claims it) starts from the roster as stored
                    if (day.getDuty() != null) {
                        dayOff.add(new RosterStore.DutyWrite(RosterProblem.agentId(day.getAgent()), day.getDate(), null, null));
                    }
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
            SolveJob job = solves.newJob(roster, SolveJobKind.REPLAN, options.solverConfig(), options.limits(), null);
            if (!dayOff.isEmpty()) {
                store.saveSolverDuties(rosterId, dayOff);
                store.logReplanChanges(rosterId, dayOff, "replan job " + job.id, Instant.now());
                if (roster.status == RosterStatus.PUBLISHED) {
                    roster.status = RosterStatus.DRAFT;
                }
            }
            return job;
        });
        affected.sort(Comparator.comparing(UnpinnedDay::employeeNo).thenComparing(UnpinnedDay::date));
        return new ReplanStarted(jobs.view(jobId), unpinned[0], affected);
    }
}
