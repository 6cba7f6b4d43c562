package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanInput;
import io.paiban.floor.intraday.engine.PlanInput.FlexAgent;
import io.paiban.floor.intraday.engine.PlanInput.QueueDay;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.planning.forecast.ForecastRun;
import io.paiban.planning.roster.publication.PublishedDuties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the floor of a site at an instant for the intraday planner, from small readers: the day's queues
 * ({@link TodaysQueues}: forecast and actuals so far), the published roster around the day ({@link PublishedDuties}),
 * who is there ({@link Presence}), the rostered staff with their overtime allowance ({@link StaffOnTheFloor}) and the
 * flex pool ({@link FlexAvailability}). Call inside a transaction.
 */
@ApplicationScoped
public class FloorReader {

    @Inject
    TodaysQueues queues;

    @Inject
    PublishedDuties duties;

    @Inject
    Presence presence;

    @Inject
    StaffOnTheFloor staffOnTheFloor;

    @Inject
    FlexAvailability flexAvailability;

    @Inject
    IntradayConfig config;

    Floor read(long siteId, Instant at) {
        ZoneId zone = Site.<Site>findById(siteId).zone();
        LocalDate date = LocalDate.ofInstant(at, zone);
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        ForecastRun run = queues.runCovering(siteId, at);

        RosterAroundDay roster = RosterAroundDay.of(duties.forSite(siteId, date.minusDays(1), date.plusDays(1)), date);
        Map<Long, Integer> weekMinutes = duties.weekPaidMinutes(siteId, date);
        List<Agent> flexPool = flexAvailability.pool(siteId);
        Set<Long> agentIds = new HashSet<>(roster.today().keySet());
        agentIds.addAll(roster.yesterday().keySet());
        flexPool.forEach(a -> agentIds.add(a.id));
        Presence.Book present = presence.read(agentIds, dayStart, at);
        Map<Long, Agent> agents = agents(agentIds);

        StaffOnTheFloor.Staff staff = staffOnTheFloor.of(roster, agents, weekMinutes, present, date, at, dayEnd);
        List<FlexAgent> flex = flexAvailability.available(flexPool, date, zone, roster, present, weekMinutes);
        Instant to = staff.latestEnd().isBefore(run.horizonEnd) ? staff.latestEnd() : run.horizonEnd;
        List<QueueDay> days = queues.read(run, siteId, dayStart, to, at);
        PlanInput input = new PlanInput(at, run.intervalMinutes, days, staff.members(), flex, config.settings());
        return new Floor(siteId, zone, date, at, run.id, input, roster.today(), staff.lines());
    }

    private static Map<Long, Agent> agents(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Agent.<Agent>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }
}
