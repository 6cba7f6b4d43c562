package io.paiban.floor.servicelevel.report;

import io.paiban.floor.servicelevel.actuals.ActualsStore;
import io.paiban.floor.servicelevel.ServiceLevelConfig;
import io.paiban.floor.servicelevel.actuals.ActualsStore.ComplaintRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.StateRow;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.AgentInterval;
import io.paiban.planning.roster.publication.PublishedDuties;
import io.paiban.planning.roster.publication.PublishedDuty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the actuals of a set of queues for site-local dates [from, to]. Agent time is attributed to a
 * queue through the agents' published shifts on it: what an agent logged outside a published shift
 * belongs to no queue (docs/metrics.md).
 */
@ApplicationScoped
public class ActualsLoader {

    @Inject
    ActualsStore store;

    @Inject
    PublishedDuties duties;

    @Inject
    ServiceLevelConfig config;

    /** A queue's actuals (complaints handled by these queues). */
    public ScopeActuals load(List<QueueInfo> queues, LocalDate from, LocalDate toInclusive) {
        return load(queues, null, from, toInclusive);
    }

    /** With {@code clientId}, the client's queues and every complaint of the client, with or without a queue. */
    public ScopeActuals load(List<QueueInfo> queues, Long clientId, LocalDate from, LocalDate toInclusive) {
        Map<Long, QueueInfo> byId = queues.stream().collect(Collectors.toMap(QueueInfo::id, Function.identity()));
        List<ScopeActuals.Complaint> complaints = complaints(byId, clientId, from, toInclusive);
        if (queues.isEmpty()) {
            return new ScopeActuals(byId, List.of(), List.of(), List.of(), List.of(), complaints);
        }
        Instant utcFrom = queues.stream().map(q -> from.atStartOfDay(q.zone()).toInstant()).min(Instant::compareTo).orElseThrow();
        Instant utcTo = queues.stream().map(q -> toInclusive.plusDays(1).atStartOfDay(q.zone()).toInstant()).max(Instant::compareTo).orElseThrow();
        // Email and ticket queues are measured by their items; their interval actuals are forecasting's arrivals.
        List<Long> liveQueues = queues.stream().filter(q -> !q.channel().isDeferred()).map(QueueInfo::id).toList();
        var live = store.liveRows(liveQueues, utcFrom, utcTo).stream()
                .filter(r -> inRange(r.start(), byId.get(r.queueId()).zone(), from, toInclusive)).toList();
        var items = store.items(byId.keySet(), utcFrom, utcTo).stream()
                .filter(r -> inRange(r.received(), byId.get(r.queueId()).zone(), from, toInclusive)).toList();
        var quality = store.quality(byId.keySet(), from, toInclusive);
        return new ScopeActuals(byId, live, items, quality, agentTime(byId, from, toInclusive), complaints);
    }

    /**
     * Complaints received on the site-local dates, each due {@code paiban.service-level.complaint-handling-hours} after
     * receipt (elapsed time). A complaint is dated in its queue's zone, else in the zone of the scope's first queue, else the
     * default site zone.
     */
    private List<ScopeActuals.Complaint> complaints(Map<Long, QueueInfo> queues, Long clientId, LocalDate from, LocalDate toInclusive) {
        ZoneId fallback = queues.values().stream().map(QueueInfo::zone).findFirst()
                .orElse(ZoneId.of(io.paiban.masterdata.site.Site.DEFAULT_TIME_ZONE));
        // Every zone is within a day of UTC: read a day either side and keep the rows on the dates in their zone.
        Instant utcFrom = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant utcTo = toInclusive.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration deadline = Duration.ofHours(config.complaintHandlingHours());
        List<ScopeActuals.Complaint> out = new ArrayList<>();
        for (ComplaintRow r : store.complaints(clientId, queues.keySet(), utcFrom, utcTo)) {
            QueueInfo q = r.queueId() == null ? null : queues.get(r.queueId());
            ZoneId zone = q == null ? fallback : q.zone();
            if (inRange(r.received(), zone, from, toInclusive)) {
                out.add(new ScopeActuals.Complaint(r.received(), r.closed(), r.received().plus(deadline), zone));
            }
        }
        return out;
    }

    private List<AgentInterval> agentTime(Map<Long, QueueInfo> queues, LocalDate from, LocalDate toInclusive) {
        // A night shift of the day before the range starts runs into its first day.
        List<PublishedDuty> published = duties.shiftsOnQueues(queues.keySet(), from.minusDays(1), toInclusive);
        if (published.isEmpty()) {
            return List.of();
        }
        List<ScheduledAgentTime.Shift> shifts = published.stream()
                .map(p -> new ScheduledAgentTime.Shift(p.agentId(), p.queueId(), p.times())).toList();
        Instant utcFrom = shifts.stream().map(s -> s.workDate().atStartOfDay(s.zone()).toInstant()).min(Instant::compareTo).orElseThrow();
        Instant utcTo = shifts.stream().map(s -> s.workDate().plusDays(2).atStartOfDay(s.zone()).toInstant()).max(Instant::compareTo).orElseThrow();
        Map<Long, Map<Instant, ScheduledAgentTime.States>> states = new HashMap<>();
        for (StateRow r : store.states(shifts.stream().map(ScheduledAgentTime.Shift::agentId).distinct().toList(), utcFrom, utcTo)) {
            states.computeIfAbsent(r.agentId(), a -> new HashMap<>()).put(r.start(), new ScheduledAgentTime.States(r.minutes(),
                    r.available(), r.handling(), r.afterCall(), r.onBreak(), r.away()));
        }
        return ScheduledAgentTime.attribute(shifts, states).stream()
                .filter(i -> inRange(i.start(), i.zone(), from, toInclusive)).toList();
    }

    static boolean inRange(Instant t, ZoneId zone, LocalDate from, LocalDate toInclusive) {
        LocalDate d = LocalDate.ofInstant(t, zone);
        return !d.isBefore(from) && !d.isAfter(toInclusive);
    }
}
