package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanInput.Span;
import io.paiban.floor.intraday.engine.PlanInput.StaffMember;
import io.paiban.floor.intraday.engine.WorkingTimeRules;
import io.paiban.kernel.NightWork;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.masterdata.workforce.Certification;
import io.paiban.planning.roster.publication.PublishedDuty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rostered agents as the intraday planner sees them: today's published shifts with presence and the overtime the
 * rules still allow, and yesterday's shifts still running (a night shift until 01:00), which count but are not
 * changed by today's run.
 */
@ApplicationScoped
public class StaffOnTheFloor {

    @Inject
    IntradayConfig config;

    /** The planner's staff, the snapshot's lines (today's shifts only) and the latest end of today's shifts. */
    record Staff(List<StaffMember> members, List<Floor.StaffLine> lines, Instant latestEnd) {
    }

    Staff of(RosterAroundDay roster, Map<Long, Agent> agents, Map<Long, Integer> weekMinutes, Presence.Book presence, LocalDate date,
             Instant at, Instant dayEnd) {
        List<StaffMember> members = new ArrayList<>();
        List<Floor.StaffLine> lines = new ArrayList<>();
        Instant latestEnd = dayEnd;
        for (PublishedDuty d : roster.todaysShifts()) {
            Agent agent = agents.get(d.agentId());
            latestEnd = d.endsAt().isAfter(latestEnd) ? d.endsAt() : latestEnd;
            int limit = overtimeLimit(d, roster.nextStart(d.agentId()), weekMinutes.getOrDefault(d.agentId(), 0), agent);
            String absent = presence.absence(d.agentId(), date, d.startsAt(), at);
            List<Span> breaks = new ArrayList<>(breaks(d));
            breaks.addAll(presence.partialAbsences(d.agentId()));
            members.add(new StaffMember(agent.id, agent.employeeNo, d.queueId(), d.startsAt(), d.endsAt(), breaks, certified(agent, date),
                    agent.hourlyCost.doubleValue(), limit, absent == null, true));
            lines.add(new Floor.StaffLine(agent.id, agent.employeeNo, d.queueId(), d.templateCode(), d.startsAt(), d.endsAt(), absent == null,
                    absent, limit));
        }
        for (PublishedDuty y : roster.yesterday().values()) {
            if (y.endsAt().isAfter(at) && !roster.worksToday(y.agentId())) {
                Agent agent = agents.get(y.agentId());
                String absent = presence.absence(y.agentId(), y.workDate(), y.startsAt(), at);
                members.add(new StaffMember(agent.id, agent.employeeNo, y.queueId(), y.startsAt(), y.endsAt(), breaks(y), Set.of(),
                        agent.hourlyCost.doubleValue(), 0, absent == null, false));
            }
        }
        return new Staff(members, lines, latestEnd);
    }

    /**
     * Minutes the shift may be extended: rest before tomorrow's shift, the week's contract minutes and the overtime cap
     * allow it, and an agent who is not night-eligible stops where night work begins ({@link NightWork}).
     */
    int overtimeLimit(PublishedDuty shift, Instant nextStart, int weekPaidMinutes, Agent agent) {
        int limit = WorkingTimeRules.overtimeLimit(shift.endsAt(), nextStart, config.minRestMinutes(), weekPaidMinutes,
                contractMinutes(agent), config.maxOvertimeMinutes());
        return agent.nightEligible ? limit : Math.min(limit, NightWork.minutesUntilNight(shift.end()));
    }

    static List<Span> breaks(PublishedDuty d) {
        return d.breaks().stream().map(b -> new Span(b.startsAt(), b.endsAt())).toList();
    }

    static int contractMinutes(Agent agent) {
        return agent.contractHoursPerWeek.multiply(BigDecimal.valueOf(60)).intValue();
    }

    static Set<Long> certified(Agent agent, LocalDate date) {
        return agent.certifications.stream().filter(c -> !c.certifiedOn.isAfter(date)).map((Certification c) -> c.queueId)
                .collect(Collectors.toSet());
    }
}
