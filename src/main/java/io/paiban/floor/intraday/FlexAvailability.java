package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanInput.FlexAgent;
import io.paiban.floor.intraday.engine.WorkingTimeRules;
import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;
import io.paiban.kernel.NightWork;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.planning.roster.inputs.FlexOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who of the flex pool can be called in today, and when: active flex-pool agents of the site who offered the day,
 * are not rostered and not on whole-day leave; a call-in keeps the rest after yesterday's shift and before
 * tomorrow's, stays out of night work unless the agent is night-eligible ({@link NightWork}), and within the
 * week's remaining contract minutes.
 */
@ApplicationScoped
public class FlexAvailability {

    @Inject
    IntradayConfig config;

    /** The site's active flex-pool agents. */
    List<Agent> pool(long siteId) {
        return Agent.list("site.id = ?1 and employmentType = ?2 and status = ?3", siteId, EmploymentType.FLEX_POOL, AgentStatus.ACTIVE);
    }

    List<FlexAgent> available(List<Agent> pool, LocalDate date, ZoneId zone, RosterAroundDay roster, Presence.Book presence,
                              Map<Long, Integer> weekMinutes) {
        if (pool.isEmpty()) {
            return List.of();
        }
        Set<Long> offered = FlexOffer.<FlexOffer>list("offerDate = ?1 and agentId in ?2", date, pool.stream().map(a -> a.id).toList())
                .stream().map(o -> o.agentId).collect(Collectors.toSet());
        List<FlexAgent> flex = new ArrayList<>();
        for (Agent a : pool) {
            if (!offered.contains(a.id) || roster.worksToday(a.id) || presence.wholeDayAbsent(a.id, date)) {
                continue;
            }
            Instant earliest = date.atStartOfDay(zone).toInstant();
            Instant latest = date.plusDays(1).atStartOfDay(zone).toInstant();
            Instant afterRest = WorkingTimeRules.earliestStartAfter(roster.previousEnd(a.id), config.minRestMinutes());
            earliest = later(earliest, afterRest);
            Instant beforeRest = WorkingTimeRules.latestEndBefore(roster.nextStart(a.id), config.minRestMinutes());
            latest = earlier(latest, beforeRest);
            if (!a.nightEligible) {
                earliest = later(earliest, NightWork.endAfter(date.minusDays(1), zone).toInstant());
                latest = earlier(latest, NightWork.startOn(date, zone).toInstant());
            }
            int weekLeft = StaffOnTheFloor.contractMinutes(a) - weekMinutes.getOrDefault(a.id, 0);
            if (weekLeft > 0 && latest.isAfter(earliest)) {
                flex.add(new FlexAgent(a.id, a.employeeNo, StaffOnTheFloor.certified(a, date), a.hourlyCost.doubleValue(), earliest, latest,
                        weekLeft));
            }
        }
        return flex;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return b != null && b.isBefore(a) ? b : a;
    }
}
