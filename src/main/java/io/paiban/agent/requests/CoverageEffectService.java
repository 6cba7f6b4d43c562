package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.CoverageEffect;
import io.paiban.agent.requests.RequestDtos.EffectTotals;
import io.paiban.agent.requests.RequestDtos.IntervalEffect;
import io.paiban.agent.requests.RequestDtos.RosterEffect;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.IntervalCoverage;
import io.paiban.planning.roster.explanation.RosterExplanationService;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.RosterStore;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.kernel.PlacedShift;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a leave would do to coverage, for the supervisor deciding it: in every published roster covering the dates, the
 * queue intervals the agent is rostered in during shifts that start on a leave day, with the requirement, the agents
 * rostered now (the roster's coverage as GET /api/rosters/{id}/coverage reports it) and without the agent.
 */
@ApplicationScoped
public class CoverageEffectService {

    @Inject
    LeaveRequestService leave;

    @Inject
    RosterExplanationService explanations;

    @Inject
    RosterStore store;

    /** A shift of the agent that starts on a leave day: [start, end). */
    private record Shift(Instant start, Instant end) {
    }

    @Transactional
    public CoverageEffect effect(long leaveRequestId) {
        LeaveRequest request = leave.visible(leaveRequestId);
        Agent agent = Agent.findById(request.agentId);
        ZoneId zone = Site.<Site>findById(request.siteId).zone();
        Set<LocalDate> uncovered = new TreeSet<>();
        for (LocalDate d = request.firstDate; !d.isAfter(request.lastDate); d = d.plusDays(1)) {
            uncovered.add(d);
        }
        List<RosterEffect> effects = new ArrayList<>();
        for (SiteRoster roster : LeaveRequestService.publishedRosters(request.siteId, request.firstDate, request.lastDate)) {
            uncovered.removeIf(roster::covers);
            List<Shift> shifts = shifts(roster, request, zone);
            List<IntervalEffect> intervals = new ArrayList<>();
            if (!shifts.isEmpty()) {
                for (IntervalCoverage i : explanations.coverage(roster.id, null, null, false)) {
                    if (i.present().contains(agent.employeeNo) && shifts.stream().anyMatch(s -> !i.startsAt().isBefore(s.start())
                            && i.startsAt().isBefore(s.end()))) {
                        int without = i.rostered() - 1;
                        intervals.add(new IntervalEffect(i.queueId(), i.queueCode(), i.date(), i.start(), i.startsAt(), i.required(),
                                i.rostered(), without, i.shortfall(), Math.max(0, i.required() - without)));
                    }
                }
            }
            int minutes = RosterProblemBuilder.horizon(roster, zone).intervalMinutes();
            effects.add(new RosterEffect(roster.id, roster.label, roster.firstDate, roster.lastDate(), roster.publicationNo, intervals,
                    totals(intervals, minutes)));
        }
        EffectTotals total = new EffectTotals(0, 0, 0, 0, 0, 0, 0, 0);
        for (RosterEffect e : effects) {
            EffectTotals t = e.totals();
            total = new EffectTotals(total.intervals() + t.intervals(), total.agentHours() + t.agentHours(), total.required() + t.required(),
                    total.rostered() + t.rostered(), total.rosteredWithout() + t.rosteredWithout(),
                    total.shortfallBefore() + t.shortfallBefore(), total.shortfallAfter() + t.shortfallAfter(),
                    total.addedShortfall() + t.addedShortfall());
        }
        return new CoverageEffect(request.id, request.agentId, request.firstDate, request.lastDate, !effects.isEmpty(),
                List.copyOf(uncovered), effects, total);
    }

    /** The agent's working shifts in the roster that start on a leave day, as instants (a night shift ends the next day). */
    private List<Shift> shifts(SiteRoster roster, LeaveRequest request, ZoneId zone) {
        List<Shift> shifts = new ArrayList<>();
        for (RosterStore.Row row : store.load(roster.id, request.agentId, request.firstDate, request.lastDate)) {
            if (row.templateId() == null) {
                continue;
            }
            PlacedShift times = ShiftTemplate.<ShiftTemplate>findById(row.templateId()).placeOn(row.date(), zone);
            shifts.add(new Shift(times.startsAt(), times.endsAt()));
        }
        return shifts;
    }

    static EffectTotals totals(List<IntervalEffect> intervals, int intervalMinutes) {
        int required = 0;
        int rostered = 0;
        int without = 0;
        int before = 0;
        int after = 0;
        for (IntervalEffect i : intervals) {
            required += i.required();
            rostered += i.rostered();
            without += i.rosteredWithout();
            before += i.shortfallBefore();
            after += i.shortfallAfter();
        }
        return new EffectTotals(intervals.size(), intervals.size() * intervalMinutes / 60.0, required, rostered, without, before, after,
                after - before);
    }
}
